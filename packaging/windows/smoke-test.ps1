# Smoke test of the Windows installer on a Windows machine (the workflow's smoke-test job; docs/packaging.md):
#   - a silent per-user install without administrator rights,
#   - the command line (import-json, summary, validate, export) through the installed console launcher on a .cchc
#     whose name and folder have Vietnamese letters,
#   - the start-up cache used by the installed copy (-Xlog:class+load),
#   - the window started once in benchmark mode (it prints its first frame and ends),
#   - the .cchc file type in the registry and the Start-menu entry (none for the console launcher),
#   - uninstall, with the data folder still there.
# Every check prints "ok" or "FAIL"; the exit code is the number of failures.
# With -AsNewUser (needs administrator rights, e.g. on the CI runner) it first creates a standard user whose name,
# and so profile folder, has Vietnamese letters, and runs the whole test as that user.
# ASCII on purpose (Windows PowerShell 5.1 reads a file without a byte-order mark in the ANSI code page): Vietnamese
# texts are written as \u escapes and decoded with [regex]::Unescape.
[CmdletBinding()]
param(
    [Parameter(Mandatory = $true)][string]$Msi,
    [switch]$AsNewUser,
    [string]$Log = ""
)
$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest

function V([string]$escaped) { [regex]::Unescape($escaped).Normalize([Text.NormalizationForm]::FormC) }

if ($AsNewUser) {
    $user = V "Nguy\u1ec5nTh\u1eed"
    $password = "Cc-" + [guid]::NewGuid().ToString("N").Substring(0, 20) + "!9"
    $secure = ConvertTo-SecureString $password -AsPlainText -Force
    New-LocalUser -Name $user -Password $secure -PasswordNeverExpires -AccountNeverExpires | Out-Null
    # A new local account is usually in "Users" already; it must not be in "Administrators".
    Add-LocalGroupMember -Group "Users" -Member $user -ErrorAction SilentlyContinue
    $shared = "C:\cchc-smoke"
    New-Item -ItemType Directory -Force $shared | Out-Null
    $acl = Get-Acl $shared
    $acl.AddAccessRule((New-Object System.Security.AccessControl.FileSystemAccessRule($user, "Modify",
        "ContainerInherit,ObjectInherit", "None", "Allow")))
    Set-Acl $shared $acl
    Copy-Item -LiteralPath $Msi "$shared\cchc-workbook.msi"
    Copy-Item -LiteralPath $PSCommandPath "$shared\smoke-test.ps1"
    $credential = New-Object System.Management.Automation.PSCredential ("$env:COMPUTERNAME\$user", $secure)
    $inner = Start-Process powershell.exe -Credential $credential -LoadUserProfile -Wait -PassThru `
        -WorkingDirectory $shared -ArgumentList ("-NoProfile -ExecutionPolicy Bypass -File $shared\smoke-test.ps1 " +
        "-Msi $shared\cchc-workbook.msi -Log $shared\smoke.log")
    if (Test-Path "$shared\smoke.log") { Get-Content -Encoding UTF8 "$shared\smoke.log" | Write-Host }
    else { Write-Host "FAIL the test as $user wrote no log" }
    Get-ChildItem "$shared\*.txt", "$shared\*.log" -ErrorAction SilentlyContinue | ForEach-Object {
        Write-Host "---- $($_.Name)"; Get-Content -Encoding UTF8 $_.FullName | Select-Object -Last 40 | Write-Host }
    exit $(if ($inner.ExitCode -eq 0 -and (Test-Path "$shared\smoke.log")) { 0 } else { 1 })
}

[Console]::OutputEncoding = [Text.Encoding]::UTF8
if (-not $Log) { $Log = Join-Path (Get-Location) "smoke.log" }
$logDir = Split-Path $Log
$script:failures = 0
function Write-Log([string]$line) { Add-Content -Encoding UTF8 -Path $Log -Value $line; Write-Host $line }
function Check([string]$what, [scriptblock]$test) {
    try { $ok = [bool](& $test) } catch { $ok = $false; $what += " ($($_.Exception.Message))" }
    if ($ok) { Write-Log "ok   $what" } else { Write-Log "FAIL $what"; $script:failures++ }
}
# The default value of a registry key, or $null when the key is missing.
function Get-DefaultValue([string]$key) {
    try { (Get-Item -LiteralPath $key -ErrorAction Stop).GetValue("") } catch { $null }
}
# Runs the installed console launcher; its output is UTF-8 (-Dstdout.encoding in the launcher's options).
function Invoke-Cli([string[]]$words, [string]$record) {
    # Windows PowerShell 5.1 turns a native program's error output into errors; they must not stop the test.
    $ErrorActionPreference = "Continue"
    $text = & $script:cli @words 2>&1 | ForEach-Object { "$_" } | Out-String
    $code = $LASTEXITCODE
    Set-Content -Encoding UTF8 -Path (Join-Path $logDir "$record.txt") -Value $text
    return @{ Code = $code; Text = $text }
}

Write-Log "user $env:USERNAME, profile $env:USERPROFILE"
Check "the profile folder has Vietnamese letters" { $env:USERPROFILE -match '[^\x00-\x7F]' }
$principal = New-Object Security.Principal.WindowsPrincipal([Security.Principal.WindowsIdentity]::GetCurrent())
Check "not an administrator" { -not $principal.IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator) }

# --- install ------------------------------------------------------------------------------------------------------
$install = Start-Process msiexec.exe -Wait -PassThru -ArgumentList "/i `"$Msi`" /qn /norestart /l*v `"$logDir\install.log`""
Check "silent per-user install (msiexec exit code $($install.ExitCode))" { $install.ExitCode -eq 0 }
$programDir = Join-Path $env:LOCALAPPDATA "Programs\CCHC Workbook"
$dataDir = Join-Path $env:LOCALAPPDATA "CCHC Workbook"
$script:cli = Join-Path $programDir "cchc-workbook.exe"
Check "console launcher in %LOCALAPPDATA%\Programs\CCHC Workbook" { Test-Path -LiteralPath $script:cli }
$window = Get-ChildItem -LiteralPath $programDir -Filter *.exe | Where-Object { $_.Name -ne "cchc-workbook.exe" } |
    Select-Object -First 1
$title = V "S\u1ed5 ch\u1ea5m \u0111i\u1ec3m CCHC"
Check "window launcher named '$title'" { $window -and $window.BaseName.Normalize([Text.NormalizationForm]::FormC) -eq $title }

# --- file type and Start menu -------------------------------------------------------------------------------------
Check ".cchc registered for the user" { Test-Path "HKCU:\Software\Classes\.cchc" }
$progId = Get-DefaultValue "HKCU:\Software\Classes\.cchc"
$openCommand = Get-DefaultValue "HKCU:\Software\Classes\$progId\shell\open\command"
Write-Log "open command: $openCommand"
Check ".cchc opens with the window launcher" { $window -and "$openCommand".Contains($window.FullName) }
$shell = New-Object -ComObject WScript.Shell
$startMenu = Join-Path $env:APPDATA "Microsoft\Windows\Start Menu\Programs"
$links = @(Get-ChildItem -LiteralPath $startMenu -Recurse -Filter *.lnk |
    ForEach-Object { @{ Name = $_.BaseName; Target = $shell.CreateShortcut($_.FullName).TargetPath } })
Check "Start-menu entry '$title' for the window program" {
    @($links | Where-Object { $_.Target -eq $window.FullName -and $_.Name.Normalize([Text.NormalizationForm]::FormC) -eq $title }).Count -eq 1 }
Check "no shortcut for the console launcher" { @($links | Where-Object { $_.Target -eq $script:cli }).Count -eq 0 }

# --- the command line on a Vietnamese folder and file name ---------------------------------------------------------
$folder = Join-Path ([Environment]::GetFolderPath("MyDocuments")) (V "H\u1ed3 s\u01a1 CCHC")
New-Item -ItemType Directory -Force -Path $folder | Out-Null
$file = Join-Path $folder (V "S\u1ed5 ch\u1ea5m \u0111i\u1ec3m T\u00e2n L\u1eadp.cchc")
Add-Type -AssemblyName System.IO.Compression.FileSystem
$jar = [IO.Compression.ZipFile]::OpenRead((Join-Path $programDir "app\cchc-workbook.jar"))
try {
    $entry = $jar.GetEntry("vn/cchc/workbook/bundled/samples/hien-thanh-6t-2023.json")
    [IO.Compression.ZipFileExtensions]::ExtractToFile($entry, (Join-Path $folder "sample.json"), $true)
} finally { $jar.Dispose() }

$run = Invoke-Cli @("import-json", (Join-Path $folder "sample.json"), "-o", $file) "import-json"
Check "import-json writes '$file'" { $run.Code -eq 0 -and (Test-Path -LiteralPath $file) }
$run = Invoke-Cli @("summary", $file) "summary"
Check "summary of it names the unit (Vietnamese output)" { $run.Code -eq 0 -and $run.Text.Contains((V "Hi\u1ec1n Th\u00e0nh")) }
$run = Invoke-Cli @("validate", $file) "validate"
Check "validate: the file is valid" { $run.Code -eq 0 }
$report = Join-Path $folder (V "B\u00e1o c\u00e1o T\u00e2n L\u1eadp.xlsx")
$run = Invoke-Cli @("export", $file, "-o", $report) "export"
Check "export writes '$report'" { $run.Code -eq 0 -and (Get-Item -LiteralPath $report).Length -gt 10000 }

$run = Invoke-Cli @("list") "list"
Check "list: the store in the data folder opens" { $run.Code -eq 0 -and (Test-Path -LiteralPath (Join-Path $dataDir "workbook.mv.db")) }

# --- start-up cache: the first start may put the jar's time back (StartupCacheJar); the second uses the cache ------
$env:JAVA_TOOL_OPTIONS = "-Xlog:class+load=info"
$null = Invoke-Cli @("summary") "classload-1"
$run = Invoke-Cli @("summary") "classload-2"
$env:JAVA_TOOL_OPTIONS = $null
$shared = ([regex]::Matches($run.Text, "source: shared objects file")).Count
Check "start-up cache used by the installed launcher ($shared classes from it)" { $shared -gt 1000 }

# --- the window once -----------------------------------------------------------------------------------------------
$env:JAVA_TOOL_OPTIONS = "-Dcchc.startupBenchmark=true"
$windowRun = Start-Process -FilePath $window.FullName -PassThru -RedirectStandardOutput "$logDir\window.txt" `
    -RedirectStandardError "$logDir\window-err.txt"
$finished = $windowRun.WaitForExit(180000)
$env:JAVA_TOOL_OPTIONS = $null
if (-not $finished) { $windowRun.Kill() }
$frame = Select-String -Path "$logDir\window.txt" -Pattern "^first-frame-ms=(\d+)" -ErrorAction SilentlyContinue
Check "the window showed its first frame ($(if ($frame) { $frame.Matches[0].Groups[1].Value } else { '-' }) ms)" { $finished -and $frame }

# --- uninstall -----------------------------------------------------------------------------------------------------
$uninstall = Start-Process msiexec.exe -Wait -PassThru -ArgumentList "/x `"$Msi`" /qn /norestart /l*v `"$logDir\uninstall.log`""
Check "silent uninstall (msiexec exit code $($uninstall.ExitCode))" { $uninstall.ExitCode -eq 0 }
Check "program files removed" { -not (Test-Path -LiteralPath $script:cli) }
Check ".cchc registration removed" { -not (Test-Path "HKCU:\Software\Classes\$progId\shell\open\command") }
Check "data folder kept ($dataDir)" { Test-Path -LiteralPath (Join-Path $dataDir "workbook.mv.db") }
Check "the .cchc file kept" { Test-Path -LiteralPath $file }

Write-Log "$script:failures check(s) failed"
exit $script:failures
