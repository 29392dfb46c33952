<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
  <context>
    <name>bjgov</name>
    <message numerus="yes">
      <source>%n figures pinned for the meeting, in the order chosen, with notes.</source>
      <translation>
        <numerusform>%n figure pinned for the meeting, in the order chosen, with notes.</numerusform>
        <numerusform>%n figures pinned for the meeting, in the order chosen, with notes.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Summary sheets of %n parts of the report, each with its key figures, charts and the sentences they come from, then the policy timeline.</source>
      <translation type="vanished">
        <numerusform>The summary sheet of %n part of the report, with its key figures, charts and the sentences they come from, then the policy timeline.</numerusform>
        <numerusform>Summary sheets of %n parts of the report, each with its key figures, charts and the sentences they come from, then the policy timeline.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Sent %n pages to %1.</source>
      <translation>
        <numerusform>Sent %n page to %1.</numerusform>
        <numerusform>Sent %n pages to %1.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Exported %n figures to %1</source>
      <translation>
        <numerusform>Exported %n figure to %1</numerusform>
        <numerusform>Exported %n figures to %1</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Saved %1 (%n pages).</source>
      <translation>
        <numerusform>Saved %1 (%n page).</numerusform>
        <numerusform>Saved %1 (%n pages).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Copied %n figures as a table.</source>
      <translation>
        <numerusform>Copied %n figure as a table.</numerusform>
        <numerusform>Copied %n figures as a table.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source> %n pinned figures are not in this data edition and are left out.</source>
      <translation>
        <numerusform> %n pinned figure is not in this data edition and is left out.</numerusform>
        <numerusform> %n pinned figures are not in this data edition and are left out.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n summary sheets following the article's sections, each with its key figures, charts and the sentences they come from, then the policy timeline.</source>
      <translation>
        <numerusform>%n summary sheet following the article's sections, with its key figures, charts and the sentences they come from, then the policy timeline.</numerusform>
        <numerusform>%n summary sheets following the article's sections, each with its key figures, charts and the sentences they come from, then the policy timeline.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n listed figures are not in this edition and were left out.</source>
      <translation>
        <numerusform>%n listed figure is not in this edition and was left out.</numerusform>
        <numerusform>%n listed figures are not in this edition and were left out.</numerusform>
      </translation>
    </message>
  </context>
</TS>
