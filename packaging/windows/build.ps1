# Builds the Windows installer (.msi) of "Sổ chấm điểm CCHC": the same steps as packaging/linux/build.sh
# (packaging/common/build-lib.sh), in PowerShell:
#   1. the shaded jar (mvn package; skipped when it exists; built on Windows, so it holds JavaFX for Windows),
#   2. a trimmed Java runtime (jdeps, jlink),
#   3. a jpackage app image: the window launcher "Sổ chấm điểm CCHC.exe" and the console launcher
#      cchc-workbook.exe for the command line,
#   4. a static AppCDS archive made by training runs of that image,
#   5. the .msi made from the image: per-user install without administrator rights, folder choice, Start menu
#      group and desktop shortcut, the .cchc file type.
# Needs: a JDK 21 or newer (JAVA_HOME, or -Jdk), Maven, WiX Toolset 3 (candle.exe and light.exe on PATH).
# Output: target\packaging\windows\{image\, *.msi}.
# Usage (repository root):  powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
#   -AsciiName   name the program "CCHC Workbook" in the installer (fallback if WiX rejects the Vietnamese name)
#   -NoAppCds    no AppCDS archive
[CmdletBinding()]
param(
    [string]$Jdk = $env:JAVA_HOME,
    [switch]$AsciiName,
    [switch]$NoAppCds,
    [string]$JlinkCompress = "zip-0"
)
$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest

$root = Resolve-Path (Join-Path $PSScriptRoot "..\..")
Set-Location $root

if (-not $Jdk -or -not (Test-Path (Join-Path $Jdk "bin\jpackage.exe"))) {
    throw "A JDK 21 or newer with jpackage is needed: set JAVA_HOME or pass -Jdk."
}
$bin = Join-Path $Jdk "bin"

$name = "cchc-workbook"
# The program's name as users see it: Start menu, window launcher, Apps & features.
$title = if ($AsciiName) { "CCHC Workbook" } else { "Sổ chấm điểm CCHC" }
$description = "Sổ chấm điểm CCHC: chấm điểm Chỉ số cải cách hành chính (PAR Index) cho xã, huyện; không cần mạng."
$mainClass = "vn.cchc.workbook.Main"
$jar = "target\$name.jar"
$out = "target\packaging\windows"
# Never change: Windows Installer recognises a newer version of the program by this id and replaces the old one.
$upgradeUuid = "7756b5fd-7d4a-49d5-831f-40ca7f148c5a"
$javaOptions = @("-Xmx512m", "-Dfile.encoding=UTF-8", "--enable-native-access=ALL-UNNAMED")
# The start-up options of scripts/launcher-options.sh (C1 only, Serial GC, small initial heap; docs/performance.md).
$javaOptions += @("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xms32m")

function Log([string]$text) { Write-Host "== $text" }

# Runs a program and stops the script when it fails (PowerShell does not stop on a native program's exit code).
function Invoke-Checked([string]$program, [string[]]$arguments) {
    & $program @arguments
    if ($LASTEXITCODE -ne 0) { throw "$program failed with exit code $LASTEXITCODE" }
}

[xml]$pom = Get-Content -Encoding UTF8 pom.xml
$version = $pom.project.version

if (-not (Test-Path $jar)) {
    Log "building $jar"
    Invoke-Checked "mvn" @("-B", "-q", "-DskipTests", "package")
}

if (Test-Path $out) { Remove-Item -Recurse -Force $out }
New-Item -ItemType Directory -Force "$out\input" | Out-Null
Copy-Item $jar "$out\input\"

# --- 2. Trimmed runtime (modules: see packaging/common/build-lib.sh) ------------------------------------------------
Log "computing the JDK modules (jdeps)"
$found = & "$bin\jdeps.exe" -q --print-module-deps --ignore-missing-deps --multi-release 21 $jar
if ($LASTEXITCODE -ne 0) { throw "jdeps failed" }
$modules = "$($found.Trim()),jdk.localedata,jdk.charsets,jdk.zipfs"
Log "modules: $modules"
Log "jlink: trimmed runtime"
Invoke-Checked "$bin\jlink.exe" @("--add-modules", $modules, "--include-locales=en,vi",
    "--strip-debug", "--no-header-files", "--no-man-pages", "--compress=$JlinkCompress",
    "--output", "$out\runtime")

# --- 3. App image --------------------------------------------------------------------------------------------------
$launcherOptions = $javaOptions
if (-not $NoAppCds) { $launcherOptions += @("-XX:SharedArchiveFile=`$APPDIR\$name.jsa", "-Xlog:cds=off") }
$javaOptionArgs = @()
foreach ($option in $launcherOptions) { $javaOptionArgs += @("--java-options", $option) }
$common = @("--name", $title, "--app-version", $version, "--vendor", "CCHC Workbook",
    "--copyright", "CCHC Workbook", "--description", $description)

Log "jpackage: app image"
Invoke-Checked "$bin\jpackage.exe" (@("--type", "app-image") + $common + @(
    "--input", "$out\input", "--main-jar", "$name.jar", "--main-class", $mainClass,
    "--runtime-image", "$out\runtime",
    "--icon", "packaging\icon\$name.ico",
    "--add-launcher", "$name=packaging\windows\cli-launcher.properties",
    "--dest", "$out\image") + $javaOptionArgs)
$image = Join-Path $out "image\$title"

# --- 4. AppCDS archive (see make_appcds in packaging/common/build-lib.sh) ----------------------------------------
if (-not $NoAppCds) {
    $java = Join-Path $image "runtime\bin\java.exe"
    $appJar = Join-Path $image "app\$name.jar"
    $archive = Join-Path $image "app\$name.jsa"
    $scratch = Join-Path ([System.IO.Path]::GetTempPath()) ("cchc-appcds-" + [guid]::NewGuid())
    New-Item -ItemType Directory $scratch | Out-Null
    try {
        Log "AppCDS: training run (command line)"
        Invoke-Checked $java ($javaOptions + @("-Xshare:off", "-XX:DumpLoadedClassList=$scratch\cli.classlist",
            "-Dcchc.dataDir=$scratch\data", "-cp", $appJar, $mainClass, "summary"))
        $lists = @("$scratch\cli.classlist")

        # A window start that ends after its first frame; bounded, in case a build machine has no usable desktop.
        Log "AppCDS: training run (window, ends after the first frame)"
        $windowArgs = $javaOptions + @("-Xshare:off", "-XX:DumpLoadedClassList=`"$scratch\window.classlist`"",
            "-Dcchc.dataDir=`"$scratch\data-window`"", "-Dcchc.startupBenchmark=true", "-cp", "`"$appJar`"", $mainClass)
        $window = Start-Process -FilePath $java -ArgumentList $windowArgs -PassThru -NoNewWindow `
            -RedirectStandardOutput "$scratch\window.txt" -RedirectStandardError "$scratch\window-err.txt"
        if ($window.WaitForExit(120000) -and (Select-String -Quiet -Path "$scratch\window.txt" -Pattern "^first-frame-ms=")) {
            $lists += "$scratch\window.classlist"
        } else {
            if (-not $window.HasExited) { $window.Kill() }
            Log "AppCDS: no window training (no window in this jar, or no desktop); command line only"
        }

        Get-Content $lists | Set-Content -Encoding ASCII "$scratch\app.classlist"
        Log "AppCDS: dumping"
        Invoke-Checked $java ($javaOptions + @("-Xshare:dump", "-XX:SharedClassListFile=$scratch\app.classlist",
            "-XX:SharedArchiveFile=$archive", "-cp", $appJar)) | Out-Null
        Log ("AppCDS archive: {0:N1} MB" -f ((Get-Item $archive).Length / 1MB))
    } finally {
        Remove-Item -Recurse -Force $scratch -ErrorAction SilentlyContinue
    }
}

# --- 5. Installer --------------------------------------------------------------------------------------------------
# --win-per-user-install: installs into %LOCALAPPDATA%\CCHC Workbook and registers the shortcuts and the .cchc
# type for the current user only, so no administrator rights are needed. The install folder keeps an ASCII name.
Log "jpackage: .msi"
$menuGroup = if ($AsciiName) { "CCHC Workbook" } else { "Sổ chấm điểm CCHC" }
$msiArgs = @("--type", "msi") + $common + @(
    "--app-image", $image,
    "--file-associations", "packaging\common\cchc-file.properties",
    "--install-dir", "CCHC Workbook",
    "--win-per-user-install",
    "--win-dir-chooser",
    "--win-menu", "--win-menu-group", $menuGroup,
    "--win-shortcut", "--win-shortcut-prompt",
    "--win-upgrade-uuid", $upgradeUuid,
    "--dest", $out)
if (-not $AsciiName) { $msiArgs += @("--resource-dir", "packaging\windows\resources") }
Invoke-Checked "$bin\jpackage.exe" $msiArgs

Log "done"
Get-ChildItem "$out\*.msi" | ForEach-Object { Log ("{0}: {1:N1} MB" -f $_.Name, ($_.Length / 1MB)) }
