<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>bjgov</name>
    <message>
      <source>Cannot open the database</source>
      <translation>无法打开数据库</translation>
    </message>
    <message>
      <source>Open the bundled database instead?</source>
      <translation>改为打开随附的数据库?</translation>
    </message>
    <message>
      <source>Press Enter to show this figure in the table and its source sentence.</source>
      <translation>按回车键在表格中显示此数字及其原文句子。</translation>
    </message>
    <message>
      <source>Copy</source>
      <translation>复制</translation>
    </message>
    <message>
      <source>Copy the chart as an image, with its title, unit and source</source>
      <translation>将图表复制为图片(含标题、单位和来源)</translation>
    </message>
    <message>
      <source>Save image…</source>
      <translation>保存图片…</translation>
    </message>
    <message>
      <source>Save the chart as PNG or SVG</source>
      <translation>将图表保存为 PNG 或 SVG</translation>
    </message>
    <message>
      <source>Export data…</source>
      <translation>导出数据…</translation>
    </message>
    <message>
      <source>Save the chart's figures as CSV (UTF-8, opens in Excel and WPS)</source>
      <translation>将图表数据保存为 CSV(UTF-8,可用 Excel 和 WPS 打开)</translation>
    </message>
    <message>
      <source>Save chart image</source>
      <translation>保存图表图片</translation>
    </message>
    <message>
      <source>PNG image (*.png);;SVG vector image (*.svg)</source>
      <translation>PNG 图片 (*.png);;SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
      <source>Export chart data</source>
      <translation>导出图表数据</translation>
    </message>
    <message>
      <source>CSV (*.csv)</source>
      <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
      <source>Could not save</source>
      <translation>无法保存</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>来源</translation>
    </message>
    <message>
      <source>Data edition</source>
      <translation>数据版本</translation>
    </message>
    <message>
      <source>All figures of this domain</source>
      <translation>本领域全部数据</translation>
    </message>
    <message>
      <source>Filter this table…</source>
      <translation>筛选本表…</translation>
    </message>
    <message>
      <source>Filter the table</source>
      <translation>筛选表格</translation>
    </message>
    <message>
      <source>Domains</source>
      <translation>领域</translation>
    </message>
    <message>
      <source>The article the figures come from</source>
      <translation>数据出处的原文</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>文件(&amp;F)</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>视图(&amp;V)</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>帮助(&amp;H)</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>语言(&amp;L)</translation>
    </message>
    <message>
      <source>&amp;Go to tab</source>
      <translation>转到标签页(&amp;G)</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>退出(&amp;Q)</translation>
    </message>
    <message>
      <source>&amp;Next tab</source>
      <translation>下一个标签页(&amp;N)</translation>
    </message>
    <message>
      <source>&amp;Previous tab</source>
      <translation>上一个标签页(&amp;P)</translation>
    </message>
    <message>
      <source>&amp;About</source>
      <translation>关于(&amp;A)</translation>
    </message>
    <message>
      <source>Everything is read from the bundled database; nothing is fetched from the network.</source>
      <translation>全部内容读自随附的数据库,不从网络获取任何数据。</translation>
    </message>
    <message>
      <source>Help</source>
      <translation>帮助</translation>
    </message>
    <message>
      <source>Report</source>
      <translation>报告</translation>
    </message>
    <message>
      <source>Article the figures are read from</source>
      <translation>数据所据原文</translation>
    </message>
    <message>
      <source>Licences</source>
      <translation>许可证</translation>
    </message>
    <message>
      <source>Noto Sans CJK SC: SIL Open Font License 1.1 (bundled, subset)</source>
      <translation>思源黑体(Noto Sans CJK SC):SIL 开源字体许可证 1.1(随附子集)</translation>
    </message>
    <message>
      <source>Works offline: nothing is fetched from the network.</source>
      <translation>离线可用:不从网络获取任何数据。</translation>
    </message>
    <message>
      <source>About</source>
      <translation>关于</translation>
    </message>
    <message>
      <source>Each tab is one domain of the report. Cards show the headline figures as the report gives them; the table lists every figure of the domain. Select a row to read the sentence it comes from; Show in article opens it in the Source tab.</source>
      <translation>每个标签页对应报告的一个领域。卡片按报告原文显示主要数字;表格列出该领域的全部数字。选中一行即可查看其出处句子;“在原文中查看”会在“来源”标签页中打开该句。</translation>
    </message>
    <message>
      <source>Keyboard</source>
      <translation>键盘操作</translation>
    </message>
    <message>
      <source>Offline</source>
      <translation>离线</translation>
    </message>
    <message>
      <source>next tab</source>
      <translation>下一个标签页</translation>
    </message>
    <message>
      <source>previous tab</source>
      <translation>上一个标签页</translation>
    </message>
    <message>
      <source>go to a tab</source>
      <translation>转到某个标签页</translation>
    </message>
    <message>
      <source>copy the chart under the focus as an image</source>
      <translation>将当前图表复制为图片</translation>
    </message>
    <message>
      <source>quit</source>
      <translation>退出</translation>
    </message>
    <message>
      <source>Version</source>
      <translation>版本</translation>
    </message>
    <message>
      <source>Source of the selected figure</source>
      <translation>所选数字的出处</translation>
    </message>
    <message>
      <source>Show in article</source>
      <translation>在原文中查看</translation>
    </message>
    <message>
      <source>Open the Source tab at this sentence</source>
      <translation>在“来源”标签页中打开此句</translation>
    </message>
    <message>
      <source>Select a figure to see the sentence it comes from.</source>
      <translation>选中一个数字,查看其出处句子。</translation>
    </message>
    <message>
      <source>Source sentence</source>
      <translation>原文句子</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>时期</translation>
    </message>
    <message>
      <source>The article, with every figure marked. Click a figure to open it.</source>
      <translation>原文全文,所有数字均已标出。点击数字即可打开。</translation>
    </message>
    <message>
      <source>Article text</source>
      <translation>原文</translation>
    </message>
    <message>
      <source>Indicator</source>
      <translation>指标</translation>
    </message>
    <message>
      <source>Figure</source>
      <translation>数值</translation>
    </message>
    <message>
      <source>Comparison</source>
      <translation>比较</translation>
    </message>
  </context>
</TS>
