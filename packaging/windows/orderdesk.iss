; Inno Setup script for OrderDesk's Windows installer.
; Build the bundle first (packaging/build), then: iscc /DAppVersion=0.1.0 packaging\windows\orderdesk.iss
; Per-user install without admin rights; the fixed AppId makes a newer installer upgrade in place.
; Profiles, the journal and secrets live outside the install folder (%APPDATA%\OrderDesk, %LOCALAPPDATA%\OrderDesk,
; Windows Credential Locker), so upgrades and uninstalls never touch them.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
AppId={{6F1C2B9A-4E0D-4C61-9B8E-0D5A7E3C2F10}
AppName=OrderDesk
AppVersion={#AppVersion}
AppPublisher=OrderDesk
DefaultDirName={localappdata}\Programs\OrderDesk
DefaultGroupName=OrderDesk
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\dist
OutputBaseFilename=OrderDesk-{#AppVersion}-setup
SetupIconFile=..\..\build\icons\orderdesk.ico
UninstallDisplayIcon={app}\orderdesk.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesInstallIn64BitMode=x64compatible
CloseApplications=yes

[Files]
Source: "..\..\dist\orderdesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the program's own files only; stale ones from an older version go first.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{userprograms}\OrderDesk"; Filename: "{app}\orderdesk.exe"
Name: "{userdesktop}\OrderDesk"; Filename: "{app}\orderdesk.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "Create a desktop shortcut"; Flags: unchecked

[Run]
Filename: "{app}\orderdesk.exe"; Description: "Start OrderDesk"; Flags: nowait postinstall skipifsilent
