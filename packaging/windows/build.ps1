# Builds the Windows installer (.msi) and the portable ZIP of the program (docs/packaging.md, "Windows"):
#   1. the version (pom.xml; with -ReleaseTag it must match the tag) and the shaded jar (mvnw package when missing),
#   2. JavaFX for Windows as jmods (from Maven Central), and a trimmed Java runtime with them (jdeps, jlink),
#   3. a jpackage app image in an ASCII folder: the window launcher, named in Vietnamese for the Start menu, and
#      the console launcher cchc-workbook.exe; both get a manifest that makes their ANSI code page UTF-8,
#   4. the JDK's ahead-of-time cache, trained by one window start of the image (the sample, to the first frame),
#   5. the .msi (per-user install into %LOCALAPPDATA%\Programs\CCHC Workbook, no administrator rights, Start menu
#      and desktop shortcut for the window launcher only, the .cchc file type) and the portable ZIP of the image.
# This file is ASCII on purpose: Windows PowerShell 5.1 reads a script without a byte-order mark in the ANSI code
# page and PowerShell 7 in UTF-8. Every Vietnamese text reaches jpackage through UTF-8 argument files written by
# packaging/common/Packaging.java, never through this script or a command line.
# Needs: a JDK 25 or newer (JAVA_HOME, or -Jdk; Maven comes with mvnw.cmd), WiX Toolset (v3 candle/light or v4/v5 wix on PATH), and
# mt.exe from the Windows SDK (found under "Windows Kits\10\bin", or -MtExe).
# Output: target\packaging\windows\{image\cchc-workbook\, cchc-workbook-<version>.msi, cchc-workbook-<version>-portable.zip}
# Usage (repository root):  powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1 [-ReleaseTag v1.2.3]
#   -NoAotCache   no start-up cache (the training run needs a desktop session)
#   -SigningCertificate FILE.pfx   sign both launchers and the .msi (password in $env:SIGNING_CERTIFICATE_PASSWORD;
#                  signtool.exe from the Windows SDK); without it nothing is signed and the script says so
[CmdletBinding()]
param(
    [string]$Jdk = $env:JAVA_HOME,
    [string]$ReleaseTag = "",
    [string]$MtExe = "",
    [string]$SigningCertificate = "",
    [switch]$NoAotCache,
    [string]$JlinkCompress = "zip-0"
)
$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest

$root = Resolve-Path (Join-Path $PSScriptRoot "..\..")
Set-Location $root

$name = "cchc-workbook"
$mainClass = "vn.cchc.workbook.Main"
$jar = "target\$name.jar"
$out = "target\packaging\windows"
# Never change: Windows Installer recognises a newer version of the program by this id and replaces the old one.
$upgradeUuid = "7756b5fd-7d4a-49d5-831f-40ca7f148c5a"
# Per-user programs go under %LOCALAPPDATA%\Programs (Windows' own folder for them); the data stay apart in
# %LOCALAPPDATA%\CCHC Workbook (store.DataDirectory), so an uninstall or upgrade never touches them.
$installDir = "Programs\CCHC Workbook"

function Log([string]$text) { Write-Host "== $text" }

# Runs a program and stops the script when it fails (PowerShell does not stop on a native program's exit code).
function Invoke-Checked([string]$program, [string[]]$arguments) {
    & $program @arguments
    if ($LASTEXITCODE -ne 0) { throw "$program failed with exit code $LASTEXITCODE" }
}

# One command line from words, quoted by the C runtime's rules (for Start-Process, which takes a single string).
function ConvertTo-CommandLine([string[]]$words) {
    ($words | ForEach-Object {
        if ($_ -ne "" -and $_ -notmatch '[\s"]') { $_ }
        else { '"' + (($_ -replace '(\\*)"', '$1$1\"') -replace '(\\+)$', '$1$1') + '"' }
    }) -join " "
}

# --- 1. JDK, version, jar ------------------------------------------------------------------------------------------
if (-not $Jdk -or -not (Test-Path (Join-Path $Jdk "bin\jpackage.exe"))) {
    throw "A JDK 25 or newer with jpackage is needed: set JAVA_HOME or pass -Jdk."
}
$bin = Join-Path $Jdk "bin"
$java = Join-Path $bin "java.exe"
$feature = [int](((Get-Content (Join-Path $Jdk "release") | Select-String '^JAVA_VERSION="(\d+)').Matches[0].Groups[1].Value))
if ($feature -lt 25) { throw "The build needs a JDK 25 or newer (the start-up cache); $Jdk is $feature." }

$version = & $java packaging\common\Packaging.java version $ReleaseTag
if ($LASTEXITCODE -ne 0) { throw "version check failed (see above)" }
$version = "$version".Trim()
Log "version $version"

if (-not (Test-Path $jar)) {
    Log "building $jar"
    Invoke-Checked ".\mvnw.cmd" @("-B", "-q", "-DskipTests", "package")
}

if (Test-Path $out) { Remove-Item -Recurse -Force $out }
New-Item -ItemType Directory -Force "$out\input" | Out-Null

# --- 2. JavaFX jmods and the trimmed runtime (see packaging/common/build-lib.sh) ----------------------------------
Log "JavaFX for Windows as jmods"
Invoke-Checked ".\mvnw.cmd" @("-B", "-q", "dependency:copy-dependencies", "-DincludeGroupIds=org.openjfx",
    "-Dclassifier=win", "-DoutputDirectory=$out\javafx-jars")
$fxOutput = & $java packaging\common\Packaging.java javafx-jmods "$out\javafx-jars" "$out\jmods"
if ($LASTEXITCODE -ne 0) { throw "making the JavaFX jmods failed" }
$fxModules = "$($fxOutput | Select-Object -Last 1)".Trim()
Invoke-Checked $java @("packaging\common\Packaging.java", "strip-javafx", $jar, "$out\javafx-jars", "$out\input\$name.jar")

Log "computing the JDK modules (jdeps)"
$found = & "$bin\jdeps.exe" -q --print-module-deps --ignore-missing-deps --multi-release 21 $jar
if ($LASTEXITCODE -ne 0) { throw "jdeps failed" }
$modules = "$("$found".Trim()),jdk.localedata,jdk.charsets,jdk.zipfs,$fxModules"
Log "modules: $modules"
Invoke-Checked "$bin\jlink.exe" @("--module-path", "$out\jmods", "--add-modules", $modules,
    "--include-locales=en,vi", "--strip-debug", "--no-header-files", "--no-man-pages",
    "--compress=$JlinkCompress", "--output", "$out\runtime")

# --- 3. App image --------------------------------------------------------------------------------------------------
Log "names (UTF-8 argument files)"
Invoke-Checked $java @("packaging\common\Packaging.java", "windows-names", "$out\names")

# The Java options of every start, from scripts/launcher-options.sh (the one place they are kept), as
# packaging/common/build-lib.sh gets them for Linux and macOS; on Windows they include the console's UTF-8 output.
$javaOptions = @(& $java packaging\common\Packaging.java java-options windows)
if ($LASTEXITCODE -ne 0 -or $javaOptions.Count -eq 0) { throw "no Java options from scripts\launcher-options.sh" }
$javaOptions = @($javaOptions | ForEach-Object { "$_".Trim() } | Where-Object { $_ -ne "" })
# The jar's time (seconds since 1970) that the cache is made with; the launcher passes it on so that an installed
# copy whose time the .msi shifted puts it back (vn.cchc.workbook.platform.StartupCacheJar).
$jarTime = [DateTimeOffset]::UtcNow.ToUnixTimeSeconds()
$launcherOptions = $javaOptions
if (-not $NoAotCache) {
    $launcherOptions += @('-XX:AOTCache=$APPDIR\cchc-workbook.aot', "-Xlog:aot=off", "-Xlog:cds=off",
        "-Dcchc.jarTime=$jarTime")
}
$javaOptionArgs = @()
foreach ($option in $launcherOptions) { $javaOptionArgs += @("--java-options", $option) }

Log "jpackage: app image"
Invoke-Checked "$bin\jpackage.exe" (@("--type", "app-image", "@$out\names\app-image.args",
    "--app-version", $version,
    "--input", "$out\input", "--main-jar", "$name.jar", "--main-class", $mainClass,
    "--runtime-image", "$out\runtime",
    "--icon", "packaging\icon\$name.ico",
    "--add-launcher", "$name=packaging\windows\cli-launcher.properties",
    "--dest", "$out\image-build") + $javaOptionArgs)
# jpackage names the folder after the program; it is renamed to ASCII so that no tool below (java.exe of the
# training run, mt.exe, the ZIP) ever sees a Vietnamese path. The launcher inside keeps its name.
$built = @(Get-ChildItem -Directory "$out\image-build")
if ($built.Count -ne 1) { throw "expected one app image in $out\image-build" }
New-Item -ItemType Directory -Force "$out\image" | Out-Null
Move-Item -LiteralPath $built[0].FullName -Destination "$out\image\$name"
$image = Resolve-Path "$out\image\$name"

# Both launchers get a manifest with <activeCodePage>UTF-8</activeCodePage> (Windows 10 1903 and newer): the ANSI
# code page of the process is then UTF-8, so the JVM gets the install path (C:\Users\Nguyen...) and the arguments
# without loss. Older Windows ignore it; vn.cchc.workbook.platform.ProgramArguments still recovers file arguments.
$sdkBin = Get-ChildItem "${env:ProgramFiles(x86)}\Windows Kits\10\bin\*\x64\mt.exe" -ErrorAction SilentlyContinue |
    Sort-Object FullName | Select-Object -Last 1
if (-not $MtExe) {
    if (-not $sdkBin) { throw "mt.exe (Windows SDK) not found: install the Windows SDK or pass -MtExe." }
    $MtExe = $sdkBin.FullName
}
# Signs FILE (an ASCII path) with the certificate, when there is one; SHA-256, with an RFC 3161 time stamp so that
# the signature outlives the certificate.
function Invoke-Signing([string]$file) {
    if (-not $SigningCertificate) { return }
    $signtool = Join-Path (Split-Path $MtExe) "signtool.exe"
    Invoke-Checked $signtool @("sign", "/fd", "SHA256", "/f", $SigningCertificate,
        "/p", "$env:SIGNING_CERTIFICATE_PASSWORD", "/tr", "http://timestamp.digicert.com", "/td", "SHA256",
        "/d", "CCHC Workbook", $file)
}
if ($SigningCertificate) { Log "signing with $SigningCertificate" } else { Log "no certificate: nothing is signed" }

$manifest = Resolve-Path "packaging\windows\launcher.manifest"
foreach ($exe in @(Get-ChildItem -LiteralPath "$image" -Filter *.exe)) {
    $ascii = Join-Path ([System.IO.Path]::GetTempPath()) ("cchc-launcher-" + [guid]::NewGuid() + ".exe")
    Copy-Item -LiteralPath $exe.FullName -Destination $ascii
    & $MtExe @("-nologo", "-inputresource:$ascii;#1", "-manifest", "$manifest", "-outputresource:$ascii;#1")
    if ($LASTEXITCODE -ne 0) {
        Log "no manifest to merge in $($exe.Name); setting ours"
        Invoke-Checked $MtExe @("-nologo", "-manifest", "$manifest", "-outputresource:$ascii;#1")
    }
    Invoke-Signing $ascii
    Copy-Item -LiteralPath $ascii -Destination $exe.FullName -Force
    Remove-Item -LiteralPath $ascii
}

# --- 4. Start-up cache (see make_aot_cache in packaging/common/build-lib.sh) ---------------------------------------
if (-not $NoAotCache) {
    $runtimeJava = Join-Path $image "runtime\bin\java.exe"
    $appJar = Join-Path $image "app\$name.jar"
    $cache = Join-Path $image "app\$name.aot"
    (Get-Item -LiteralPath $appJar).LastWriteTimeUtc = [DateTimeOffset]::FromUnixTimeSeconds($jarTime).UtcDateTime
    $scratch = Join-Path ([System.IO.Path]::GetTempPath()) ("cchc-aot-" + [guid]::NewGuid())
    New-Item -ItemType Directory "$scratch" | Out-Null
    try {
        Log "AOT cache: training run (the window's start to its first frame)"
        $words = $javaOptions + @("-XX:AOTCacheOutput=$cache", "-Dcchc.dataDir=$scratch\data",
            "-Dcchc.aotTraining=true", "-cp", $appJar, $mainClass)
        $training = Start-Process -FilePath $runtimeJava -ArgumentList (ConvertTo-CommandLine $words) -PassThru `
            -NoNewWindow -RedirectStandardOutput "$scratch\training.txt" -RedirectStandardError "$scratch\training-err.txt"
        $null = $training.Handle  # keeps the exit code readable after the process ends
        if (-not $training.WaitForExit(600000)) {
            $training.Kill()
            throw "the training run did not end within 10 minutes"
        }
        $done = Select-String -Quiet -Path "$scratch\training.txt" -Pattern "^aot-training-done"
        if ($training.ExitCode -ne 0 -or -not $done -or -not (Test-Path $cache)) {
            Get-Content "$scratch\training.txt", "$scratch\training-err.txt" | Select-Object -Last 30
            throw "the training run failed (exit code $($training.ExitCode)); build with -NoAotCache to do without"
        }
        Log ("AOT cache: {0:N1} MB" -f ((Get-Item $cache).Length / 1MB))
    } finally {
        Remove-Item -Recurse -Force $scratch -ErrorAction SilentlyContinue
    }
}

# --- 5. Installer and portable ZIP ----------------------------------------------------------------------------------
# No folder choice and no shortcut question: an upgrade then installs over the old version without a prompt.
Log "jpackage: .msi"
Invoke-Checked "$bin\jpackage.exe" @("--type", "msi", "@$out\names\msi.args",
    "--app-version", $version,
    "--app-image", "$image",
    "--file-associations", "$out\names\cchc-file.properties",
    "--install-dir", $installDir,
    "--win-per-user-install",
    "--win-menu", "--win-shortcut",
    "--win-upgrade-uuid", $upgradeUuid,
    "--resource-dir", "packaging\windows\resources",
    "--dest", "$out\msi")
$msi = @(Get-ChildItem "$out\msi\*.msi")
if ($msi.Count -ne 1) { throw "expected one .msi in $out\msi" }
Move-Item -LiteralPath $msi[0].FullName -Destination "$out\$name-$version.msi"
Invoke-Signing "$out\$name-$version.msi"

# The portable ZIP: the same image, to unpack anywhere and start with the launcher (offices where an .msi is blocked).
Log "portable ZIP"
Add-Type -AssemblyName System.IO.Compression.FileSystem
[System.IO.Compression.ZipFile]::CreateFromDirectory("$image", (Join-Path (Resolve-Path $out) "$name-$version-portable.zip"),
    [System.IO.Compression.CompressionLevel]::Optimal, $true)

Log "done"
Get-ChildItem "$out\*.msi", "$out\*.zip" | ForEach-Object { Log ("{0}: {1:N1} MB" -f $_.Name, ($_.Length / 1MB)) }
