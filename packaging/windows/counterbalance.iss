; Inno Setup 6 script for Counterbalance: a per-user installer (no administrator rights).
;
; Build on Windows after `python packaging\build.py` made packaging\dist\counterbalance\:
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 packaging\windows\counterbalance.iss
; The installer lands in packaging\dist\ as Counterbalance-<version>-setup.exe.
; Not built or run on the Linux CI machine: see packaging\README.md.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Counterbalance"
#define AppExe "Counterbalance.exe"
#define AppId "io.github.counterbalance.Counterbalance"

[Setup]
; A fixed AppId lets upgrades replace the old version; the doubled brace escapes it.
AppId={{6F3C2B1E-4A57-4C1B-9E8D-2B7F0C5A9D41}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Counterbalance developers
; Per-user install into %LOCALAPPDATA%\Programs, no UAC prompt.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
SetupIconFile=..\..\resources\icons\counterbalance.ico
OutputDir=..\dist
OutputBaseFilename={#AppName}-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; The app may be running in the tray: ask it to close instead of failing on locked files.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "autostart"; Description: "Start {#AppName} when I sign in"; GroupDescription: "Start-up:"
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder bundle: Counterbalance.exe (no console), counterbalance-cli.exe
; (prints stats/export output in a terminal) and _internal\.
Source: "..\dist\counterbalance\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; AppUserModelID: "{#AppId}"
Name: "{group}\Start a session now"; Filename: "{app}\{#AppExe}"; Parameters: "break-now"
Name: "{group}\Uninstall {#AppName}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; Same value the app's own "Start at login" setting writes (desktop_app/platform/autostart_windows.py),
; so the setting and the installer agree; removed on uninstall.
Root: HKCU; Subkey: "Software\Microsoft\Windows\CurrentVersion\Run"; ValueType: string; ValueName: "{#AppName}"; ValueData: """{app}\{#AppExe}"""; Flags: uninsdeletevalue; Tasks: autostart

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallRun]
; Ask a running instance to quit so its files can be removed.
Filename: "{app}\counterbalance-cli.exe"; Parameters: "quit"; Flags: runhidden skipifdoesntexist; RunOnceId: "QuitCounterbalance"

[UninstallDelete]
; Only the program folder; the user's data (%LOCALAPPDATA%\Counterbalance) is kept.
Type: filesandordirs; Name: "{app}\_internal"
