<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>bjgov</name>
    <message numerus="yes">
      <source>%n figures pinned for the meeting, in the order chosen, with notes.</source>
      <translation>
        <numerusform>为会议选入简报的 %n 个数字，按所选顺序排列，附备注。</numerusform>
      </translation>
    </message>
    <message>
      <source>Briefing list</source>
      <translation>简报清单</translation>
    </message>
    <message>
      <source>latest</source>
      <translation>最新</translation>
    </message>
    <message>
      <source>logarithmic scale</source>
      <translation>对数刻度</translation>
    </message>
    <message>
      <source>before</source>
      <translation>此前</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <source>Briefing pack</source>
      <translation>简报汇编</translation>
    </message>
    <message>
      <source>Policy timeline</source>
      <translation>政策与法规时间线</translation>
    </message>
    <message>
      <source>Every figure is printed as the article reports it; each sheet quotes the sentences its figures come from.</source>
      <translation>所有数字均按原文报道印出；每页摘要表均引用数字所在的原文句子。</translation>
    </message>
    <message>
      <source>Beijing Governance Reference</source>
      <translation>北京社会治理参考</translation>
    </message>
    <message>
      <source>Contents</source>
      <translation>目录</translation>
    </message>
    <message numerus="yes">
      <source>Summary sheets of %n parts of the report, each with its key figures, charts and the sentences they come from, then the policy timeline.</source>
      <translation type="vanished">
        <numerusform>按原文章节编排的摘要表 %n 张，各含主要数据、图表及数据所在的原文句子，最后附政策与法规时间线。</numerusform>
      </translation>
    </message>
    <message>
      <source>Printed</source>
      <translation>打印日期</translation>
    </message>
    <message>
      <source>Data edition</source>
      <translation>数据版本</translation>
    </message>
    <message>
      <source>Milestones, with the article's sentences</source>
      <translation>大事记及原文句子</translation>
    </message>
    <message>
      <source>Database</source>
      <translation type="vanished">数据库</translation>
    </message>
    <message>
      <source>schema</source>
      <translation type="vanished">结构版本</translation>
    </message>
    <message>
      <source>Report</source>
      <translation>报告</translation>
    </message>
    <message>
      <source>Figures as reported in</source>
      <translation>数据引自</translation>
    </message>
    <message>
      <source>Summary sheet</source>
      <translation>摘要表</translation>
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
      <source>Period</source>
      <translation>时期</translation>
    </message>
    <message>
      <source>Comparison</source>
      <translation>比较</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>注</translation>
    </message>
    <message>
      <source>Domain</source>
      <translation>领域</translation>
    </message>
    <message>
      <source>Key figures</source>
      <translation>主要数据</translation>
    </message>
    <message>
      <source>Key points</source>
      <translation>要点</translation>
    </message>
    <message>
      <source>Charts</source>
      <translation>图表</translation>
    </message>
    <message>
      <source>Sources: notes %1</source>
      <translation>来源：注 %1</translation>
    </message>
    <message>
      <source>Sources (verbatim from the article)</source>
      <translation>资料来源（原文摘录）</translation>
    </message>
    <message>
      <source>(continued)</source>
      <translation>（续）</translation>
    </message>
    <message>
      <source>Page %1 of %2</source>
      <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>文件(&amp;F)</translation>
    </message>
    <message>
      <source>&amp;Print…</source>
      <translation>打印(&amp;P)…</translation>
    </message>
    <message>
      <source>Print the current tab's summary sheet, or the briefing pack</source>
      <translation>打印当前标签页的摘要表，或整份简报汇编</translation>
    </message>
    <message>
      <source>Print Pre&amp;view…</source>
      <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
      <source>Save as P&amp;DF…</source>
      <translation>另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
      <source>&amp;Export</source>
      <translation>导出(&amp;E)</translation>
    </message>
    <message>
      <source>All figures as &amp;CSV…</source>
      <translation>全部数据导出为 CSV(&amp;C)…</translation>
    </message>
    <message>
      <source>All figures as E&amp;xcel workbook (XLSX)…</source>
      <translation>全部数据导出为 Excel 工作簿（XLSX）(&amp;X)…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>退出(&amp;Q)</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>编辑(&amp;E)</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>撤销(&amp;U)</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>重做(&amp;R)</translation>
    </message>
    <message>
      <source>&amp;Find…</source>
      <translation>查找(&amp;F)…</translation>
    </message>
    <message>
      <source>&amp;Add to briefing list</source>
      <translation>加入简报清单(&amp;A)</translation>
    </message>
    <message>
      <source>Add the selected figure to the briefing list</source>
      <translation>将选中的数字加入简报清单</translation>
    </message>
    <message>
      <source>Copy &amp;citation</source>
      <translation>复制引用(&amp;C)</translation>
    </message>
    <message>
      <source>Copy the selected figure as reported, its sentence and the reference</source>
      <translation>复制选中数字的原文写法、所在句子及出处</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>视图(&amp;V)</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>语言(&amp;L)</translation>
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
      <source>&amp;Go to tab</source>
      <translation>转到标签页(&amp;G)</translation>
    </message>
    <message>
      <source>&amp;Briefing list</source>
      <translation>简报清单(&amp;B)</translation>
    </message>
    <message>
      <source>P&amp;resentation mode</source>
      <translation>演示模式(&amp;R)</translation>
    </message>
    <message>
      <source>Show the pinned figures, or each domain, full screen</source>
      <translation>全屏显示简报清单中的数字，或逐个显示各领域</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>帮助(&amp;H)</translation>
    </message>
    <message>
      <source>&amp;About</source>
      <translation>关于(&amp;A)</translation>
    </message>
    <message>
      <source>See the pages before printing them</source>
      <translation>打印前查看页面</translation>
    </message>
    <message>
      <source>Save the current tab's summary sheet, or the briefing pack, as a PDF file</source>
      <translation>将当前标签页的摘要表或简报汇编保存为 PDF 文件</translation>
    </message>
    <message>
      <source>Every figure in a table for Excel and WPS</source>
      <translation>全部数据，表格格式，可用 Excel 和 WPS 打开</translation>
    </message>
    <message>
      <source>Every figure, with a second sheet of sources</source>
      <translation>全部数据，另附一张来源工作表</translation>
    </message>
    <message>
      <source>Cannot open the database</source>
      <translation>无法打开数据库</translation>
    </message>
    <message>
      <source>Open the bundled database instead?</source>
      <translation>改为打开随附的数据库？</translation>
    </message>
    <message>
      <source>Note for this figure…</source>
      <translation>为此数字添加备注…</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>移除</translation>
    </message>
    <message>
      <source>Print…</source>
      <translation>打印…</translation>
    </message>
    <message>
      <source>Present</source>
      <translation>演示</translation>
    </message>
    <message>
      <source>Remove figure</source>
      <translation>移除数字</translation>
    </message>
    <message>
      <source>Move figure</source>
      <translation>移动数字</translation>
    </message>
    <message>
      <source>Edit note</source>
      <translation>编辑备注</translation>
    </message>
    <message>
      <source>not in this edition</source>
      <translation>不在本版数据中</translation>
    </message>
    <message>
      <source>Adding to the briefing list is off: no folder for user data.</source>
      <translation>无法加入简报清单：没有可存放用户数据的文件夹。</translation>
    </message>
    <message>
      <source>Added to the briefing list.</source>
      <translation>已加入简报清单。</translation>
    </message>
    <message>
      <source>Already in the briefing list.</source>
      <translation>已在简报清单中。</translation>
    </message>
    <message>
      <source>Select a figure first.</source>
      <translation>请先选中一个数字。</translation>
    </message>
    <message>
      <source>Adding to the briefing list is off: the list cannot be saved.</source>
      <translation>无法加入简报清单：清单无法保存。</translation>
    </message>
    <message>
      <source>The briefing list could not be read and was moved aside to:</source>
      <translation>简报清单无法读取，已移至：</translation>
    </message>
    <message>
      <source>Press Enter to show this figure in the table and its source sentence.</source>
      <translation>按回车键在表格中显示此数字及其原文句子。</translation>
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
      <source>Copy</source>
      <translation>复制</translation>
    </message>
    <message>
      <source>Copy the chart as an image, with its title, unit and source</source>
      <translation>将图表复制为图片（含标题、单位和来源）</translation>
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
      <translation>将图表数据保存为 CSV（UTF-8，可用 Excel 和 WPS 打开）</translation>
    </message>
    <message>
      <source>Unexpected error</source>
      <translation>意外错误</translation>
    </message>
    <message>
      <source>Something went wrong, but your work is saved.</source>
      <translation>程序出现了问题，但您的工作已保存。</translation>
    </message>
    <message>
      <source>The details were written to:</source>
      <translation>详细信息已写入：</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>来源</translation>
    </message>
    <message>
      <source>CSV, for Excel and WPS (*.csv)</source>
      <translation>CSV 文件，可用 Excel 和 WPS 打开 (*.csv)</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
      <source>Export all figures</source>
      <translation>导出全部数字</translation>
    </message>
    <message>
      <source>Citation copied.</source>
      <translation>已复制引用。</translation>
    </message>
    <message>
      <source>Nothing was saved.</source>
      <translation>未保存任何文件。</translation>
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
      <source>Copy citation</source>
      <translation>复制引用</translation>
    </message>
    <message>
      <source>Show in article</source>
      <translation>在原文中查看</translation>
    </message>
    <message>
      <source>Domains</source>
      <translation>领域</translation>
    </message>
    <message>
      <source>Everything is read from the bundled database; nothing is fetched from the network.</source>
      <translation>全部内容读自随附的数据库，不从网络获取任何数据。</translation>
    </message>
    <message>
      <source>Each tab is one domain of the report. Cards show the headline figures as the report gives them; the table lists every figure of the domain. Select a row to read the sentence it comes from; Show in article opens it in the Source tab.</source>
      <translation>每个标签页对应报告的一个领域。卡片按报告原文显示主要数字；表格列出该领域的全部数字。选中一行即可查看其出处句子；“在原文中查看”会在“来源”标签页中打开该句。</translation>
    </message>
    <message>
      <source>Keyboard</source>
      <translation>键盘操作</translation>
    </message>
    <message>
      <source>Help</source>
      <translation>帮助</translation>
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
      <translation>思源黑体（Noto Sans CJK SC）：SIL 开源字体许可证 1.1（随附子集）</translation>
    </message>
    <message>
      <source>Works offline: nothing is fetched from the network.</source>
      <translation>离线可用：不从网络获取任何数据。</translation>
    </message>
    <message>
      <source>About</source>
      <translation>关于</translation>
    </message>
    <message>
      <source>The briefing list is empty: add figures first.</source>
      <translation>简报清单为空：请先加入数字。</translation>
    </message>
    <message>
      <source>The article the figures come from</source>
      <translation>数据出处的原文</translation>
    </message>
    <message>
      <source>Offline</source>
      <translation>离线</translation>
    </message>
    <message>
      <source>Version</source>
      <translation>版本</translation>
    </message>
    <message>
      <source>Presentation</source>
      <translation>演示</translation>
    </message>
    <message>
      <source>No printer is installed on this computer; use Save as PDF… to save the sheet as a PDF file and print it elsewhere.</source>
      <translation>本机未安装打印机；请用“另存为 PDF…”将摘要表保存为 PDF 文件，再到别处打印。</translation>
    </message>
    <message>
      <source>Summary sheet of this tab (*.pdf)</source>
      <translation>本标签页的摘要表 (*.pdf)</translation>
    </message>
    <message>
      <source>Briefing pack, every domain (*.pdf)</source>
      <translation>简报汇编，含全部领域 (*.pdf)</translation>
    </message>
    <message>
      <source>Briefing list (*.pdf)</source>
      <translation>简报清单 (*.pdf)</translation>
    </message>
    <message>
      <source>Print</source>
      <translation>打印</translation>
    </message>
    <message>
      <source>No printer</source>
      <translation>没有打印机</translation>
    </message>
    <message>
      <source>Save as &amp;PDF…</source>
      <translation>另存为 PDF(&amp;P)…</translation>
    </message>
    <message>
      <source>Print Preview</source>
      <translation>打印预览</translation>
    </message>
    <message>
      <source>Save as PDF</source>
      <translation>另存为 PDF</translation>
    </message>
    <message>
      <source>Printing cancelled; nothing was printed.</source>
      <translation>已取消打印，未打印任何内容。</translation>
    </message>
    <message>
      <source>Whole briefing pack</source>
      <translation>整份简报汇编</translation>
    </message>
    <message>
      <source>Preview every domain's sheet, not only this tab's</source>
      <translation>预览全部领域的摘要表，而不只是本标签页的</translation>
    </message>
    <message>
      <source>Cannot print</source>
      <translation>无法打印</translation>
    </message>
    <message>
      <source>Cannot save the PDF</source>
      <translation>无法保存 PDF</translation>
    </message>
    <message>
      <source>Search figures, e.g. 垃圾分类 or hotline (Ctrl+F)</source>
      <translation>搜索数字，例如“垃圾分类”或 hotline（Ctrl+F）</translation>
    </message>
    <message>
      <source>Search</source>
      <translation>搜索</translation>
    </message>
    <message>
      <source>No figure matches</source>
      <translation>没有匹配的数字</translation>
    </message>
    <message>
      <source>Source of the selected figure</source>
      <translation>所选数字的出处</translation>
    </message>
    <message>
      <source>Open the Source tab at this sentence</source>
      <translation>在“来源”标签页中打开此句</translation>
    </message>
    <message>
      <source>Select a figure to see the sentence it comes from.</source>
      <translation>选中一个数字，查看其出处句子。</translation>
    </message>
    <message>
      <source>Source sentence</source>
      <translation>原文句子</translation>
    </message>
    <message>
      <source>The article, with every figure marked. Click a figure to open it.</source>
      <translation>原文全文，所有数字均已标出。点击数字即可打开。</translation>
    </message>
    <message>
      <source>Article text</source>
      <translation>原文</translation>
    </message>
    <message>
      <source>indicators</source>
      <translation>指标</translation>
    </message>
    <message>
      <source>id</source>
      <translation>编号</translation>
    </message>
    <message>
      <source>domain</source>
      <translation>领域</translation>
    </message>
    <message>
      <source>indicator</source>
      <translation>指标</translation>
    </message>
    <message>
      <source>figure as reported</source>
      <translation>原文数值</translation>
    </message>
    <message>
      <source>value (base units)</source>
      <translation>数值（基本单位）</translation>
    </message>
    <message>
      <source>unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <source>approximate</source>
      <translation type="vanished">约数</translation>
    </message>
    <message>
      <source>period</source>
      <translation>时期</translation>
    </message>
    <message>
      <source>as of</source>
      <translation>截至</translation>
    </message>
    <message>
      <source>comparison</source>
      <translation>比较</translation>
    </message>
    <message>
      <source>source sentence</source>
      <translation>来源句</translation>
    </message>
    <message>
      <source>citation</source>
      <translation>引用</translation>
    </message>
    <message>
      <source>sources</source>
      <translation>来源</translation>
    </message>
    <message>
      <source>approx.</source>
      <translation type="vanished">约数</translation>
    </message>
    <message>
      <source>%1 on %2</source>
      <translation type="vanished">%1（较%2）</translation>
    </message>
    <message>
      <source>from %1</source>
      <translation type="vanished">由%1</translation>
    </message>
    <message>
      <source>up</source>
      <translation>↑ 上升</translation>
    </message>
    <message>
      <source>down</source>
      <translation>↓ 下降</translation>
    </message>
    <message>
      <source>flat</source>
      <translation type="vanished">持平</translation>
    </message>
    <message>
      <source>%1, %2</source>
      <translation>%1、%2</translation>
    </message>
    <message numerus="yes">
      <source>Sent %n pages to %1.</source>
      <translation>
        <numerusform>已将 %n 页发送到 %1。</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Exported %n figures to %1</source>
      <translation>
        <numerusform>已将 %n 个数字导出到 %1</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Saved %1 (%n pages).</source>
      <translation>
        <numerusform>已保存 %1（共 %n 页）。</numerusform>
      </translation>
    </message>
    <message>
      <source>chart</source>
      <translation>图表</translation>
    </message>
    <message>
      <source>category</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>series</source>
      <translation>系列</translation>
    </message>
    <message>
      <source>value</source>
      <translation>数值</translation>
    </message>
    <message>
      <source>share</source>
      <translation>占比</translation>
    </message>
    <message>
      <source>In the order the article names them; the article does not rank them</source>
      <translation>按原文列举的顺序，原文未排名</translation>
    </message>
    <message>
      <source>≈ shares computed by this application from the reported figures</source>
      <translation>≈ 占比为本应用按报告数值计算</translation>
    </message>
    <message>
      <source>Chart copied: %1</source>
      <translation>已复制图表：%1</translation>
    </message>
    <message>
      <source>Saved: %1</source>
      <translation>已保存：%1</translation>
    </message>
    <message>
      <source>&amp;Table of all figures</source>
      <translation>全部数据表(&amp;T)</translation>
    </message>
    <message>
      <source>Show or hide the table of every figure under the charts</source>
      <translation>显示或隐藏图表下方的全部数据表</translation>
    </message>
    <message>
      <source>Zoom &amp;in</source>
      <translation>放大(&amp;I)</translation>
    </message>
    <message>
      <source>Zoom &amp;out</source>
      <translation>缩小(&amp;O)</translation>
    </message>
    <message>
      <source>&amp;Actual size</source>
      <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
      <source>The interface at the desktop's own font size</source>
      <translation>按桌面字号显示界面</translation>
    </message>
    <message>
      <source>Add to the briefing list (Ctrl+B)</source>
      <translation>加入简报清单（Ctrl+B）</translation>
    </message>
    <message>
      <source>Add %1 %2 to the briefing list</source>
      <translation>将 %1 %2 加入简报清单</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>概述</translation>
    </message>
    <message>
      <source>Add to briefing list</source>
      <translation>加入简报清单</translation>
    </message>
    <message>
      <source>Zoom %1%</source>
      <translation>缩放 %1%</translation>
    </message>
    <message>
      <source>no figure, only a change</source>
      <translation>无数值，仅有变化幅度</translation>
    </message>
    <message>
      <source>As reported</source>
      <translation type="vanished">原文</translation>
    </message>
    <message>
      <source>As &amp;Word document (DOCX)…</source>
      <translation type="vanished">导出为 Word 文档（DOCX）(&amp;W)…</translation>
    </message>
    <message>
      <source>As Power&amp;Point slides (PPTX)…</source>
      <translation>导出为 PowerPoint 演示文稿（PPTX）(&amp;P)…</translation>
    </message>
    <message>
      <source>The current tab's figures and charts, or the pack's, as editable slides</source>
      <translation>将当前标签页（或整套简报汇编）的数据和图表导出为可编辑的幻灯片</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>导出</translation>
    </message>
    <message>
      <source>Export the briefing list</source>
      <translation>导出简报清单</translation>
    </message>
    <message>
      <source>As Word document (DOCX)…</source>
      <translation>Word 文档（DOCX）…</translation>
    </message>
    <message>
      <source>As PowerPoint slides (PPTX)…</source>
      <translation>PowerPoint 演示文稿（PPTX）…</translation>
    </message>
    <message>
      <source>PowerPoint presentation, for PowerPoint and WPS (*.pptx)</source>
      <translation>PowerPoint 演示文稿，适用于 PowerPoint 和 WPS (*.pptx)</translation>
    </message>
    <message>
      <source>Word document, for Word and WPS (*.docx)</source>
      <translation>Word 文档，适用于 Word 和 WPS (*.docx)</translation>
    </message>
    <message>
      <source>Export as Word</source>
      <translation>导出为 Word</translation>
    </message>
    <message>
      <source>Export as PowerPoint</source>
      <translation>导出为 PowerPoint</translation>
    </message>
    <message>
      <source>Preview the &amp;briefing list…</source>
      <translation>预览简报清单(&amp;B)…</translation>
    </message>
    <message>
      <source>on a card: show the figure in the table</source>
      <translation>在卡片上：在表格中显示该数字</translation>
    </message>
    <message>
      <source>in the table: copy the figure with its source</source>
      <translation type="vanished">在表格中：复制数字及其出处</translation>
    </message>
    <message>
      <source>on a chart: copy it as an image</source>
      <translation>在图表上：复制为图片</translation>
    </message>
    <message>
      <source>on a chart: its menu</source>
      <translation>在图表上：打开图表菜单</translation>
    </message>
    <message>
      <source>in the briefing list: move a figure</source>
      <translation>在简报清单中：移动数字</translation>
    </message>
    <message>
      <source>in the briefing list: remove a figure</source>
      <translation>在简报清单中：移除数字</translation>
    </message>
    <message>
      <source>See the briefing list's pages before printing them</source>
      <translation>打印前查看简报清单的页面</translation>
    </message>
    <message>
      <source>Remove the selected figure from the list</source>
      <translation>从清单中移除选中的数字</translation>
    </message>
    <message>
      <source>Preview…</source>
      <translation>预览…</translation>
    </message>
    <message>
      <source>Preview the briefing list as printed</source>
      <translation type="vanished">按打印效果预览简报清单</translation>
    </message>
    <message>
      <source>Print the briefing list</source>
      <translation>打印简报清单</translation>
    </message>
    <message>
      <source>Present the briefing list full screen</source>
      <translation type="vanished">全屏演示简报清单</translation>
    </message>
    <message>
      <source>Alt+Up and Alt+Down move the selected figure; Delete removes it</source>
      <translation>Alt+↑ 和 Alt+↓ 移动选中的数字；Delete 键将其移除</translation>
    </message>
    <message>
      <source>Copy chart %1</source>
      <translation>复制图表 %1</translation>
    </message>
    <message>
      <source>Save image of chart %1</source>
      <translation>保存图表图片 %1</translation>
    </message>
    <message>
      <source>Export data of chart %1</source>
      <translation>导出图表数据 %1</translation>
    </message>
    <message>
      <source>Nothing to present: add figures to the briefing list, or open a domain.</source>
      <translation>没有可演示的内容：请把数字加入简报清单，或打开一个领域。</translation>
    </message>
    <message>
      <source>Figures in the briefing list</source>
      <translation>简报清单中的数字</translation>
    </message>
    <message>
      <source>Add figure</source>
      <translation>加入数字</translation>
    </message>
    <message>
      <source>The briefing list is read-only: it can be printed, not changed.</source>
      <translation>简报清单为只读：可以打印，不能修改。</translation>
    </message>
    <message>
      <source>No home folder: the briefing list is kept in %1, which the system may clear.</source>
      <translation>没有用户主目录：简报清单保存在 %1，系统可能会清除该文件夹。</translation>
    </message>
    <message>
      <source>"More than" marks a lower bound: the bar shows the least the article gives</source>
      <translation type="vanished">标有“余”“多”“以上”的数为下限:柱长为原文给出的最小值</translation>
    </message>
    <message>
      <source>hedge</source>
      <translation>概数词</translation>
    </message>
    <message>
      <source>more than</source>
      <translation>多于</translation>
    </message>
    <message>
      <source>more than %1</source>
      <translation>多于%1</translation>
    </message>
    <message>
      <source>unchanged</source>
      <translation>→ 持平</translation>
    </message>
    <message>
      <source>lower bound</source>
      <translation>下限</translation>
    </message>
    <message>
      <source>broadly unchanged</source>
      <translation>→ 基本持平</translation>
    </message>
    <message>
      <source>%1 %2</source>
      <translation>%1（较%2）</translation>
    </message>
    <message>
      <source>up %1</source>
      <translation>上升%1</translation>
    </message>
    <message>
      <source>down %1</source>
      <translation>下降%1</translation>
    </message>
    <message>
      <source>up from %1</source>
      <translation>↑ 由%1</translation>
    </message>
    <message>
      <source>down from %1</source>
      <translation>↓ 由%1</translation>
    </message>
    <message>
      <source>%1 (%2)</source>
      <translation>%1（%2）</translation>
    </message>
    <message>
      <source>%1: %2</source>
      <translation>%1：%2</translation>
    </message>
    <message>
      <source>Source sentence (punctuation normalised to GB/T 15834)</source>
      <translation>原文句子（标点已按 GB/T 15834 规范化）</translation>
    </message>
    <message>
      <source>Period: %1</source>
      <translation>时期：%1</translation>
    </message>
    <message>
      <source>Punctuation is normalised to GB/T 15834 (full-width marks in Chinese); the stored article is unchanged.</source>
      <translation>标点已按 GB/T 15834 规范化（中文使用全角标点）；所存原文未作改动。</translation>
    </message>
    <message>
      <source>%1; %2</source>
      <translation>%1；%2</translation>
    </message>
    <message>
      <source>key figure</source>
      <translation>要点数字</translation>
    </message>
    <message>
      <source>%1 (month only)</source>
      <translation>%1（仅到月份）</translation>
    </message>
    <message>
      <source>%1 (year only)</source>
      <translation>%1（仅到年份）</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>是</translation>
    </message>
    <message>
      <source>The headline figures of each part, as the report gives them; each part's sheet quotes the sentences they come from.</source>
      <translation>各部分的主要数字，均按报告原样列出；各部分摘要表引有数字所在的原文句子。</translation>
    </message>
    <message>
      <source>Key figures: %1</source>
      <translation>%1主要数据</translation>
    </message>
    <message>
      <source>Table %1</source>
      <translation>表%1</translation>
    </message>
    <message>
      <source>Table %1. %2</source>
      <translation>表%1　%2</translation>
    </message>
    <message>
      <source>See page %1</source>
      <translation>见第 %1 页</translation>
    </message>
    <message>
      <source>Highlights</source>
      <translation>要点</translation>
    </message>
    <message>
      <source>Figure %1</source>
      <translation>图%1</translation>
    </message>
    <message>
      <source>Figure %1. %2</source>
      <translation>图%1　%2</translation>
    </message>
    <message>
      <source>Note: %1</source>
      <translation>备注：%1</translation>
    </message>
    <message>
      <source>The article's sentences are quoted whole; only their punctuation is set full-width, as GB/T 15834 asks.</source>
      <translation>原文句子均完整引用，仅按 GB/T 15834 将标点改为全角。</translation>
    </message>
    <message>
      <source>%1, issued %2</source>
      <translation type="vanished">%1　　%2印发</translation>
    </message>
    <message>
      <source>Copy to: %1</source>
      <translation>抄送：%1</translation>
    </message>
    <message>
      <source>As &amp;Word document, official format (DOCX)…</source>
      <translation>导出为 Word 公文格式文档 DOCX(&amp;W)…</translation>
    </message>
    <message>
      <source>As Word document, s&amp;tandard format (DOCX)…</source>
      <translation>导出为 Word 普通格式文档 DOCX(&amp;T)…</translation>
    </message>
    <message>
      <source>The current tab's summary, or the briefing pack, as an editable Word file in the official document format (GB/T 9704)</source>
      <translation>将当前标签页的摘要或整套简报汇编导出为可编辑的 Word 文件，按党政机关公文格式（GB/T 9704）排版</translation>
    </message>
    <message>
      <source>The current tab's summary, or the briefing pack, as a plain Word brief</source>
      <translation>将当前标签页的摘要或整套简报汇编导出为普通格式的 Word 简报</translation>
    </message>
    <message>
      <source>in the table: copy the figure with its source, or several rows as a table</source>
      <translation>在表格中：复制数字及其出处，选中多行时复制为表格</translation>
    </message>
    <message>
      <source>on a button: press it</source>
      <translation>在按钮上：按下按钮</translation>
    </message>
    <message>
      <source>next slide</source>
      <translation>下一页</translation>
    </message>
    <message>
      <source>previous slide</source>
      <translation>上一页</translation>
    </message>
    <message>
      <source>first slide</source>
      <translation>第一页</translation>
    </message>
    <message>
      <source>last slide</source>
      <translation>最后一页</translation>
    </message>
    <message>
      <source>leave the presentation</source>
      <translation>退出演示</translation>
    </message>
    <message>
      <source>No figures yet. Add one with + on a card, Ctrl+B on a table row, or the table's context menu.</source>
      <translation>还没有数字。可点卡片上的“+”、在表格行上按 Ctrl+B，或用表格的右键菜单加入。</translation>
    </message>
    <message>
      <source>In the briefing list: press to show it there</source>
      <translation>已在简报清单中：按下可在清单中查看</translation>
    </message>
    <message>
      <source>%1 %2 is in the briefing list</source>
      <translation>%1 %2 已在简报清单中</translation>
    </message>
    <message>
      <source>No figure in this table matches “%1”.</source>
      <translation>本表中没有与“%1”相符的数字。</translation>
    </message>
    <message numerus="yes">
      <source>Copied %n figures as a table.</source>
      <translation>
        <numerusform>已将 %n 个数字复制为表格。</numerusform>
      </translation>
    </message>
    <message>
      <source>Copy the selected rows</source>
      <translation>复制选中的行</translation>
    </message>
    <message>
      <source>Keys</source>
      <translation>按键</translation>
    </message>
    <message>
      <source>What they do</source>
      <translation>作用</translation>
    </message>
    <message>
      <source>Presentation mode</source>
      <translation>演示模式</translation>
    </message>
    <message>
      <source>Search figures (Ctrl+F)</source>
      <translation>搜索数字（Ctrl+F）</translation>
    </message>
    <message>
      <source>Search figures</source>
      <translation>搜索数字</translation>
    </message>
    <message>
      <source>No printer is installed on this computer; use Save as PDF… to save the briefing list as a PDF file and print it elsewhere.</source>
      <translation>本机未安装打印机；请用“另存为 PDF…”将简报清单保存为 PDF 文件，再到别处打印。</translation>
    </message>
    <message>
      <source>No printer is installed on this computer; use Save as PDF… to save the briefing pack as a PDF file and print it elsewhere.</source>
      <translation>本机未安装打印机；请用“另存为 PDF…”将简报汇编保存为 PDF 文件，再到别处打印。</translation>
    </message>
    <message>
      <source>"More than" and "or more" mark lower bounds</source>
      <translation>标有“余”“多”“以上”的数为下限</translation>
    </message>
    <message>
      <source>or more</source>
      <translation>以上</translation>
    </message>
    <message>
      <source>%1 (%2, read as ×%3 or ×%4)</source>
      <translation>%1（%2，可理解为×%3或×%4）</translation>
    </message>
    <message>
      <source>%1 or more</source>
      <translation>%1以上</translation>
    </message>
    <message>
      <source>%1 (from the paragraph)</source>
      <translation>%1（据上下文）</translation>
    </message>
    <message numerus="yes">
      <source> %n pinned figures are not in this data edition and are left out.</source>
      <translation>
        <numerusform>另有 %n 个已选入的数字不在本数据版本中，未列出。</numerusform>
      </translation>
    </message>
    <message>
      <source>"More than" and "or more" mark lower bounds: a bar shows the least the article gives</source>
      <translation>标有“余”“多”“以上”的数为下限：柱长为原文给出的最小值</translation>
    </message>
    <message numerus="yes">
      <source>%n summary sheets following the article's sections, each with its key figures, charts and the sentences they come from, then the policy timeline.</source>
      <translation>
        <numerusform>按原文章节编排的摘要表 %n 张，各含主要数据、图表及数据所在的原文句子，最后附政策与法规时间线。</numerusform>
      </translation>
    </message>
    <message>
      <source>Source: note %1</source>
      <translation>来源：注 %1</translation>
    </message>
    <message>
      <source>Issued %1</source>
      <translation>%1印发</translation>
    </message>
    <message numerus="yes">
      <source>%n listed figures are not in this edition and were left out.</source>
      <translation>
        <numerusform>清单中有 %n 个数字不在本数据版本中，已略去。</numerusform>
      </translation>
    </message>
  </context>
</TS>
