<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Qt's own dialogs, for strings its Chinese catalogue (qtbase_zh_CN) lacks in this Qt: the
     source texts changed in Qt 6 and the catalogue kept the old ones. Installed after Qt's, by
     gui/qtcommon/i18n.py. tests/test_i18n.py opens the dialogs and fails on English left in. -->
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>QFileDialog</name>
    <message>
      <source>&amp;Look in:</source>
      <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
      <source>Files of &amp;type:</source>
      <translation>文件类型(&amp;T)：</translation>
    </message>
  </context>
  <context>
    <name>QPageSetupWidget</name>
    <message>
      <source>Page &amp;order:</source>
      <translation>页面顺序(&amp;O)：</translation>
    </message>
    <message>
      <source>Pages &amp;per sheet:</source>
      <translation>每张纸的页数(&amp;P)：</translation>
    </message>
  </context>
  <context>
    <name>QPrintSettingsOutput</name>
    <message>
      <source>Page &amp;Set:</source>
      <translation>页面集(&amp;S)：</translation>
    </message>
  </context>
</TS>
