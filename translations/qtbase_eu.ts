<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="eu">
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Hautatu dena</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Igo urrats bat</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>&amp;Jaitsi urrats bat</translation>
    </message>
</context>
<context>
    <name>QComboBox</name>
    <message>
        <source>Open the combo box selection popup</source>
        <translation>Ireki konbinazio-koadroaren hautapen-zerrenda</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Egia</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Gezurra</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Komando-lerroko aukeren laguntza erakusten du.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Laguntza erakusten du, Qt-ren aukera bereziak barne.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Bertsioaren informazioa erakusten du.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Erabilera: %1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Aukerak:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argumentuak:</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[aukerak]</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>&apos;%1&apos; aukera ezezaguna.</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>Aukera ezezagunak: %1.</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Balioa falta da &apos;%1&apos;(r)en ondoren.</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Ustekabeko balioa &apos;%1&apos;(r)en ondoren.</translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <source>What&apos;s This?</source>
        <translation>Zer da hau?</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>OK</source>
        <translation>Ados</translation>
    </message>
</context>
<context>
    <name>QErrorMessage</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;Ados</translation>
    </message>
    <message>
        <source>&amp;Show this message again</source>
        <translation>&amp;Erakutsi mezu hau berriro</translation>
    </message>
    <message>
        <source>Debug Message:</source>
        <translation>Arazketa-mezua:</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Abisua:</translation>
    </message>
    <message>
        <source>Fatal Error:</source>
        <translation>Errore larria:</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Begiratu hemen:</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atzera</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Joan atzera</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Aurrera</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Joan aurrera</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Direktorio gurasoa</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Joan direktorio gurasora</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Sortu karpeta berria</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Sortu karpeta berri bat</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Zerrenda-ikuspegia</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Aldatu zerrenda-ikuspegira</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Xehetasun-ikuspegia</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Aldatu xehetasun-ikuspegira</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Alboko barra</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Lekuen eta laster-marken zerrenda</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fitxategiak</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Fitxategi-&amp;izena:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Fitxategi mota:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ireki</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Gorde honela</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ireki</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Gorde</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Aukeratu</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Berrizendatu</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;zabatu</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Erakutsi fitxategi &amp;ezkutuak</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>Karpeta &amp;berria</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Karpeta berria</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Direktorioa:</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Direktorioak</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Fitxategi guztiak (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Fitxategi guztiak (*)</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Bilatu direktorioa</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Azken lekuak</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Kendu</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Unitatea</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fitxategia</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Karpeta</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Aliasa</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Lasterbidea</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Ezezaguna</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Erakutsi </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ezabatu</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Ziur zaude &apos;%1&apos; ezabatu nahi duzula?</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>&apos;%1&apos; idazketaren aurka babestuta dago.
Ezabatu nahi duzu hala ere?</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Ezin izan da direktorioa ezabatu.</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 badago lehendik ere.
Ordeztu nahi duzu?</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Ez da fitxategia aurkitu.
Egiaztatu fitxategi-izena zuzena dela.</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Ez da direktorioa aurkitu.
Egiaztatu direktorio-izena zuzena dela.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Izena</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaina</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Mota</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Mota</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Aldatze-data</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Ordenagailua</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;Ados</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Gorde</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Utzi</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Itxi</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Itxi gorde gabe</translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <source>Enter a value:</source>
        <translation>Idatzi balio bat:</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desegin</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Berregin</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ebaki</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiatu</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Itsatsi</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ezabatu</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Hautatu dena</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>OK</source>
        <translation>Ados</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Laguntza</translation>
    </message>
    <message>
        <source>Show Details...</source>
        <translation>Erakutsi xehetasunak...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Ezkutatu xehetasunak...</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>Qt-ri buruz</translation>
    </message>
    <message>
        <source>&lt;h3&gt;About Qt&lt;/h3&gt;&lt;p&gt;This program uses Qt version %1.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Qt-ri buruz&lt;/h3&gt;&lt;p&gt;Programa honek Qt %1 bertsioa erabiltzen du.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Qt is a C++ toolkit for cross-platform application development.&lt;/p&gt;&lt;p&gt;Qt provides single-source portability across all major desktop operating systems. It is also available for embedded Linux and other embedded and mobile operating systems.&lt;/p&gt;&lt;p&gt;Qt is available under multiple licensing options designed to accommodate the needs of our various users.&lt;/p&gt;&lt;p&gt;Qt licensed under our commercial license agreement is appropriate for development of proprietary/commercial software where you do not want to share any source code with third parties or otherwise cannot comply with the terms of GNU (L)GPL.&lt;/p&gt;&lt;p&gt;Qt licensed under GNU (L)GPL is appropriate for the development of Qt&amp;nbsp;applications provided you can comply with the terms and conditions of the respective licenses.&lt;/p&gt;&lt;p&gt;Please see &lt;a href=&quot;http://%2/&quot;&gt;%2&lt;/a&gt; for an overview of Qt licensing.&lt;/p&gt;&lt;p&gt;Copyright (C) %1 The Qt Company Ltd and other contributors.&lt;/p&gt;&lt;p&gt;Qt and the Qt logo are trademarks of The Qt Company Ltd.&lt;/p&gt;&lt;p&gt;Qt is The Qt Company Ltd product developed as an open source project. See &lt;a href=&quot;http://%3/&quot;&gt;%3&lt;/a&gt; for more information.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Qt plataforma anitzeko aplikazioak garatzeko C++ tresna-multzo bat da.&lt;/p&gt;&lt;p&gt;Qt-k iturburu bakarreko eramangarritasuna eskaintzen du mahaigaineko sistema eragile nagusi guztietan. Linux txertatuan eta beste sistema txertatu eta mugikor batzuetan ere erabil daiteke.&lt;/p&gt;&lt;p&gt;Qt hainbat lizentzia-aukerarekin eskaintzen da, erabiltzaile ezberdinen beharretara egokitzeko.&lt;/p&gt;&lt;p&gt;Gure lizentzia komertzialaren pean lizentziatutako Qt egokia da software jabedun edo komertziala garatzeko, iturburu-kodea hirugarrenekin partekatu nahi ez denean edo GNU (L)GPL lizentziaren baldintzak bete ezin direnean.&lt;/p&gt;&lt;p&gt;GNU (L)GPL pean lizentziatutako Qt egokia da Qt&amp;nbsp;aplikazioak garatzeko, lizentzia horien baldintzak bete ahal badituzu.&lt;/p&gt;&lt;p&gt;Ikusi &lt;a href=&quot;http://%2/&quot;&gt;%2&lt;/a&gt; Qt-ren lizentzien ikuspegi orokorra izateko.&lt;/p&gt;&lt;p&gt;Copyright (C) %1 The Qt Company Ltd eta beste laguntzaile batzuk.&lt;/p&gt;&lt;p&gt;Qt eta Qt logotipoa The Qt Company Ltd-ren marka erregistratuak dira.&lt;/p&gt;&lt;p&gt;Qt The Qt Company Ltd-ren produktu bat da, kode irekiko proiektu gisa garatua. Ikusi &lt;a href=&quot;http://%3/&quot;&gt;%3&lt;/a&gt; informazio gehiagorako.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Ados</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Gorde</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Gorde denak</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ireki</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Bai</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Bai &amp;denei</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Ez</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>E&amp;z denei</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abortatu</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Saiatu berriro</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ez ikusi</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Itxi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Utzi</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Baztertu</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Laguntza</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplikatu</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Berrezarri</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Berrezarri lehenetsiak</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Utzi</translation>
    </message>
</context>
<context>
    <name>QScrollBar</name>
    <message>
        <source>Scroll here</source>
        <translation>Korritu hona</translation>
    </message>
    <message>
        <source>Left edge</source>
        <translation>Ezkerreko ertza</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Goia</translation>
    </message>
    <message>
        <source>Right edge</source>
        <translation>Eskuineko ertza</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>Behea</translation>
    </message>
    <message>
        <source>Page left</source>
        <translation>Orria ezkerrera</translation>
    </message>
    <message>
        <source>Page up</source>
        <translation>Orria gora</translation>
    </message>
    <message>
        <source>Page right</source>
        <translation>Orria eskuinera</translation>
    </message>
    <message>
        <source>Page down</source>
        <translation>Orria behera</translation>
    </message>
    <message>
        <source>Scroll left</source>
        <translation>Korritu ezkerrera</translation>
    </message>
    <message>
        <source>Scroll up</source>
        <translation>Korritu gora</translation>
    </message>
    <message>
        <source>Scroll right</source>
        <translation>Korritu eskuinera</translation>
    </message>
    <message>
        <source>Scroll down</source>
        <translation>Korritu behera</translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <source>Ctrl</source>
        <translation>Ktrl</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Maius</translation>
    </message>
    <message>
        <source>Alt</source>
        <translation>Alt</translation>
    </message>
    <message>
        <source>Meta</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>F%1</source>
        <translation>F%1</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Ihes</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Ihes</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Backtab</source>
        <translation>Atzera-tab</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>Atzera-tekla</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Itzuli</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Sartu</translation>
    </message>
    <message>
        <source>Ins</source>
        <translation>Txert</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Txertatu</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Ezab</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ezabatu</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausatu</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Inprimatu</translation>
    </message>
    <message>
        <source>SysReq</source>
        <translation>SisEsk</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Hasiera</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Amaiera</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Ezkerra</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Gora</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Eskuina</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Behera</translation>
    </message>
    <message>
        <source>PgUp</source>
        <translation>OrrGora</translation>
    </message>
    <message>
        <source>PgDown</source>
        <translation>OrrBehera</translation>
    </message>
    <message>
        <source>Page Up</source>
        <translation>Orria gora</translation>
    </message>
    <message>
        <source>Page Down</source>
        <translation>Orria behera</translation>
    </message>
    <message>
        <source>CapsLock</source>
        <translation>BlokMaius</translation>
    </message>
    <message>
        <source>Caps Lock</source>
        <translation>Blok Maius</translation>
    </message>
    <message>
        <source>NumLock</source>
        <translation>BlokZenb</translation>
    </message>
    <message>
        <source>Num Lock</source>
        <translation>Blok Zenb</translation>
    </message>
    <message>
        <source>Number Lock</source>
        <translation>Zenbakien blokeoa</translation>
    </message>
    <message>
        <source>ScrollLock</source>
        <translation>BlokKorr</translation>
    </message>
    <message>
        <source>Scroll Lock</source>
        <translation>Blok Korr</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menua</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Laguntza</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atzera</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Aurrera</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Gelditu</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Freskatu</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Zuriunea</translation>
    </message>
    <message>
        <source>Print Screen</source>
        <translation>Pantaila-argazkia</translation>
    </message>
    <message>
        <source>Num</source>
        <translation>Zenb</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiatu</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Ebaki</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Itsatsi</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Desegin</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Berregin</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Bilatu</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ireki</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Gorde</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Itxi</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Berria</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Garbitu</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Birkargatu</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Handiagotu</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Txikiagotu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Utzi</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>Hautatu</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ezarpenak</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Bilatu</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Bai</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ez</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Irten</translation>
    </message>
</context>
<context>
    <name>QTabBar</name>
    <message>
        <source>Scroll Left</source>
        <translation>Korritu ezkerrera</translation>
    </message>
    <message>
        <source>Scroll Right</source>
        <translation>Korritu eskuinera</translation>
    </message>
</context>
<context>
    <name>QUnicodeControlCharacterMenu</name>
    <message>
        <source>Insert Unicode control character</source>
        <translation>Txertatu Unicode kontrol-karakterea</translation>
    </message>
    <message>
        <source>LRM Left-to-right mark</source>
        <translation>LRM Ezkerretik eskuinerako marka</translation>
    </message>
    <message>
        <source>RLM Right-to-left mark</source>
        <translation>RLM Eskuinetik ezkerrerako marka</translation>
    </message>
    <message>
        <source>ZWJ Zero width joiner</source>
        <translation>ZWJ Zabalera nuluko lotzailea</translation>
    </message>
    <message>
        <source>ZWNJ Zero width non-joiner</source>
        <translation>ZWNJ Zabalera nuluko ez-lotzailea</translation>
    </message>
    <message>
        <source>ZWSP Zero width space</source>
        <translation>ZWSP Zabalera nuluko zuriunea</translation>
    </message>
    <message>
        <source>LRE Start of left-to-right embedding</source>
        <translation>LRE Ezkerretik eskuinerako txertaketaren hasiera</translation>
    </message>
    <message>
        <source>RLE Start of right-to-left embedding</source>
        <translation>RLE Eskuinetik ezkerrerako txertaketaren hasiera</translation>
    </message>
    <message>
        <source>LRO Start of left-to-right override</source>
        <translation>LRO Ezkerretik eskuinerako gainidazketaren hasiera</translation>
    </message>
    <message>
        <source>RLO Start of right-to-left override</source>
        <translation>RLO Eskuinetik ezkerrerako gainidazketaren hasiera</translation>
    </message>
    <message>
        <source>PDF Pop directional formatting</source>
        <translation>PDF Norabide-formatuaren amaiera</translation>
    </message>
    <message>
        <source>LRI Left-to-right isolate</source>
        <translation>LRI Ezkerretik eskuinerako isolatzea</translation>
    </message>
    <message>
        <source>RLI Right-to-left isolate</source>
        <translation>RLI Eskuinetik ezkerrerako isolatzea</translation>
    </message>
    <message>
        <source>FSI First strong isolate</source>
        <translation>FSI Lehen isolatze sendoa</translation>
    </message>
    <message>
        <source>PDI Pop directional isolate</source>
        <translation>PDI Norabide-isolatzearen amaiera</translation>
    </message>
</context>
<context>
    <name>QWhatsThisAction</name>
    <message>
        <source>What&apos;s This?</source>
        <translation>Zer da hau?</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desegin</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Berregin</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ebaki</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiatu</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Kopiatu &amp;estekaren helbidea</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Itsatsi</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ezabatu</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Hautatu dena</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>Go Back</source>
        <translation>Itzuli atzera</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Atzera</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Jarraitu</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Berretsi</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Hurrengoa</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Hurrengoa &gt;</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Eginda</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>A&amp;maitu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Utzi</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Laguntza</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Laguntza</translation>
    </message>
</context>
</TS>
