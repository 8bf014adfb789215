<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Bokmål for the Qt texts musdesk shows, where Qt's Nynorsk catalogue (used for nb, since Qt
     ships no bokmål one) has other words. Written by hand; compiled by musdesk.ui.i18n_build. -->
<TS version="2.1" language="nb_NO">
<context>
    <name>QPlatformTheme</name>
    <message><source>Save</source><translation>Lagre</translation></message>
    <message><source>Save All</source><translation>Lagre alle</translation></message>
    <message><source>Open</source><translation>Åpne</translation></message>
    <message><source>Retry</source><translation>Prøv igjen</translation></message>
    <message><source>Reset</source><translation>Tilbakestill</translation></message>
    <message><source>Restore Defaults</source><translation>Gjenopprett standardverdier</translation></message>
    <message><source>Yes to &amp;All</source><translation>Ja til &amp;alle</translation></message>
    <message><source>N&amp;o to All</source><translation>Nei til a&amp;lle</translation></message>
</context>
<context>
    <name>QMessageBox</name>
    <message><source>Show Details...</source><translation>Vis detaljer …</translation></message>
    <message><source>Hide Details...</source><translation>Skjul detaljer …</translation></message>
</context>
<context>
    <name>QFileDialog</name>
    <message><source>Open</source><translation>Åpne</translation></message>
    <message><source>&amp;Open</source><translation>&amp;Åpne</translation></message>
    <message><source>&amp;Save</source><translation>&amp;Lagre</translation></message>
    <message><source>Look in:</source><translation>Søk i:</translation></message>
    <message><source>File &amp;name:</source><translation>Fil&amp;navn:</translation></message>
    <message><source>&amp;Choose</source><translation>&amp;Velg</translation></message>
</context>
</TS>
