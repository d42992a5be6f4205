<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en_US">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="mainwindow.cpp" line="42"/>
        <source>Copying %1 of %2 files</source>
        <translation>Kopiere %1 Dateien</translation>
    </message>
    <message>
        <location filename="mainwindow.cpp" line="57"/>
        <source>The file was not saved.</source>
        <translation>Die Datei wurde gespeichert.</translation>
    </message>
    <message>
        <location filename="mainwindow.cpp" line="63"/>
        <source>Open a recent file</source>
        <translation>Zuletzt verwendete Datei öffnen</translation>
    </message>
    <message>
        <location filename="mainwindow.cpp" line="70"/>
        <source>Print the document</source>
        <translation type="unfinished">Dokument drucken</translation>
    </message>
</context>
</TS>
