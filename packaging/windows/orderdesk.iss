; Inno Setup script for OrderDesk's Windows installer.
; Build the bundle first (packaging/build), then: iscc /DAppVersion=0.1.0 packaging\windows\orderdesk.iss
; (packaging/windows/get-iscc installs the pinned compiler). /DDistDir=... and /DIconFile=... build from another bundle
; folder and icon: tests/packaging/test_windows_installer.py compiles this script around a stand-in bundle under wine.
; Per-user install without admin rights; the fixed AppId makes a newer installer upgrade in place.
; Profiles, the journal and secrets live outside the install folder (%APPDATA%\OrderDesk, %LOCALAPPDATA%\OrderDesk,
; Windows Credential Locker), so upgrades and uninstalls never touch them.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
; The folder holding PyInstaller's orderdesk\ (orderdesk.exe and _internal\), and the icon packaging/make_icons.py made.
#ifndef DistDir
  #define DistDir "..\..\dist"
#endif
#ifndef IconFile
  #define IconFile "..\..\build\icons\orderdesk.ico"
#endif

[Setup]
AppId={{6F1C2B9A-4E0D-4C61-9B8E-0D5A7E3C2F10}
AppName=OrderDesk
AppVersion={#AppVersion}
AppPublisher=OrderDesk
DefaultDirName={localappdata}\Programs\OrderDesk
DefaultGroupName=OrderDesk
DisableProgramGroupPage=yes
; Always per-user: no all-users mode to offer, since profiles, journal and secrets are per-user anyway.
; (/ALLUSERS is ignored; {autopf} would serve both modes but Wine 8, which the tests run Setup under, cannot expand it.)
PrivilegesRequired=lowest
OutputDir=..\..\dist
OutputBaseFilename=OrderDesk-{#AppVersion}-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\orderdesk.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesInstallIn64BitMode=x64compatible
CloseApplications=yes
; Setup speaks the Windows display language when it is one of these, English otherwise.
ShowLanguageDialog=auto

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"

[Files]
Source: "{#DistDir}\orderdesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; Before an upgrade copies the new files, the old version's _internal\ goes whole, so no file that the new version
; dropped is left behind to be imported. PyInstaller's one-folder build keeps everything but orderdesk.exe in
; _internal\, and nothing else lives there. Never {app}\* itself: a user may have picked a folder that holds other files.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{userprograms}\OrderDesk"; Filename: "{app}\orderdesk.exe"
Name: "{userdesktop}\OrderDesk"; Filename: "{app}\orderdesk.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Run]
Filename: "{app}\orderdesk.exe"; Description: "{cm:LaunchProgram,OrderDesk}"; Flags: nowait postinstall skipifsilent
