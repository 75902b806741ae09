<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>no</source>
            <translation>否</translation>
        </message>
        <message>
            <source>About Bitext</source>
            <translation>关于 Bitext</translation>
        </message>
        <message>
            <source>Bitext %1</source>
            <translation>Bitext %1</translation>
        </message>
        <message>
            <source>Read, compare and annotate Chinese/English transcripts side by side.</source>
            <translation>并排阅读、对照和批注中英文转写稿。</translation>
        </message>
        <message>
            <source>Qt: built with %1, running on %2</source>
            <translation>Qt：构建版本 %1，运行版本 %2</translation>
        </message>
        <message>
            <source>KSyntaxHighlighting (Markdown notes, export preview): %1</source>
            <translation>KSyntaxHighlighting（Markdown 笔记、导出预览）：%1</translation>
        </message>
        <message>
            <source>Database drivers: SQLite %1, PostgreSQL %2</source>
            <translation>数据库驱动：SQLite %1，PostgreSQL %2</translation>
        </message>
        <message>
            <source>Libraries: OpenCC %1, libzip %2</source>
            <translation>程序库：OpenCC %1，libzip %2</translation>
        </message>
        <message>
            <source>No library is open.</source>
            <translation>没有打开的文库。</translation>
        </message>
        <message>
            <source>&amp;Library:</source>
            <translation>文库(&amp;L)：</translation>
        </message>
        <message>
            <source>Show &amp;Folder</source>
            <translation>显示文件夹(&amp;F)</translation>
        </message>
        <message>
            <source>Open the folder that holds the library file</source>
            <translation>打开文库文件所在的文件夹</translation>
        </message>
        <message>
            <source>Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later).</source>
            <translation>许可证：GNU 通用公共许可证第 3 版或更高版本（GPL-3.0-or-later）。</translation>
        </message>
    </context>
    <context>
        <name>AgreementModel</name>
        <message>
            <source>poor</source>
            <translation>差</translation>
        </message>
        <message>
            <source>fair to good</source>
            <translation>一般到良好</translation>
        </message>
        <message>
            <source>excellent</source>
            <translation>极好</translation>
        </message>
        <message>
            <source>Kappa: below 0.40 poor, 0.40 to 0.75 fair to good, above 0.75 excellent. Agreement counts the characters both coders coded or both left out; kappa discounts what chance alone would give.</source>
            <translation>Kappa：低于 0.40 为差，0.40 到 0.75 为一般到良好，高于 0.75 为极好。一致率统计两位编码者都编码或都未编码的字符；Kappa 扣除了仅凭偶然就会得到的一致。</translation>
        </message>
        <message>
            <source>Kappa %1: %2</source>
            <translation>Kappa %1：%2</translation>
        </message>
        <message numerus="yes">
            <source>%1 and %2 on “%3”: both coded %n character(s), neither %4; %1 only %5, %2 only %6</source>
            <translation>
                <numerusform>%1 与 %2 在“%3”上：两人都编码了 %n 个字符，都未编码 %4 个；仅 %1 编码 %5 个，仅 %2 编码 %6 个</numerusform>
            </translation>
        </message>
        <message>
            <source>Document</source>
            <translation>文档</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>编码</translation>
        </message>
        <message>
            <source>Coder A</source>
            <translation>编码者 A</translation>
        </message>
        <message>
            <source>Coder B</source>
            <translation>编码者 B</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>一致率</translation>
        </message>
        <message>
            <source>Kappa</source>
            <translation>Kappa</translation>
        </message>
        <message>
            <source>A only</source>
            <translation>仅 A</translation>
        </message>
        <message>
            <source>B only</source>
            <translation>仅 B</translation>
        </message>
    </context>
    <context>
        <name>AgreementReport</name>
        <message>
            <source>report agreement does not take --%1.</source>
            <translation>report agreement 不接受 --%1。</translation>
        </message>
        <message>
            <source>report agreement takes no argument, not '%1'.</source>
            <translation>report agreement 不接受参数，不能是“%1”。</translation>
        </message>
        <message>
            <source>No document within these filters is coded by two or more people (annotation authors): there is nothing to compare.</source>
            <translation>在这些筛选条件下，没有文档由两人或更多人（批注作者）编码：没有可比较的内容。</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>文档</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>编码</translation>
        </message>
        <message>
            <source>Coder A</source>
            <translation>编码者 A</translation>
        </message>
        <message>
            <source>Coder B</source>
            <translation>编码者 B</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>一致率</translation>
        </message>
        <message>
            <source>Kappa</source>
            <translation>Kappa</translation>
        </message>
        <message>
            <source>A only</source>
            <translation>仅 A</translation>
        </message>
        <message>
            <source>B only</source>
            <translation>仅 B</translation>
        </message>
    </context>
    <context>
        <name>AgreementView</name>
        <message>
            <source>Agreement between coders</source>
            <translation>编码者间一致性</translation>
        </message>
        <message>
            <source>Agreement needs a document coded by two or more people: quotes with codes by at least two authors (each person's name is set in Preferences) on the same document. No document within the current filter has that.</source>
            <translation>一致性需要由两人或更多人编码的文档：同一文档上至少有两位作者（每人的姓名在首选项中设置）带编码的引文。当前筛选条件下没有这样的文档。</translation>
        </message>
        <message>
            <source>&amp;Passages coded by one coder only:</source>
            <translation>仅一位编码者编码的段落(&amp;P)：</translation>
        </message>
        <message>
            <source>Passages coded by one coder only</source>
            <translation>仅一位编码者编码的段落</translation>
        </message>
        <message>
            <source>Coder</source>
            <translation>编码者</translation>
        </message>
        <message>
            <source>Side</source>
            <translation>语言</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>文本</translation>
        </message>
        <message>
            <source>Chinese</source>
            <translation>中文</translation>
        </message>
        <message>
            <source>English</source>
            <translation>英文</translation>
        </message>
    </context>
    <context>
        <name>AlignCommand</name>
        <message>
            <source>Pair a Chinese and an English transcript into one document, or give a one-language document its other language (--document)</source>
            <translation>把中文和英文转写稿配对成一个文档，或为单一语言的文档补上另一种语言（--document）</translation>
        </message>
        <message>
            <source>Attach FILE as the other language of document DOC (id or title), which has only one; its annotations stay on their text.</source>
            <translation>把 FILE 作为文档 DOC（ID 或标题）的另一种语言附加上去，该文档须只有一种语言；其批注保留在原来的文本上。</translation>
        </message>
        <message>
            <source>with --document, expects one FILE: the other language of that document.</source>
            <translation>使用 --document 时需要一个 FILE：该文档的另一种语言。</translation>
        </message>
        <message>
            <source>expects two files, the Chinese one first (ZH_FILE EN_FILE), or --document DOC FILE.</source>
            <translation>需要两个文件，中文在前（ZH_FILE EN_FILE），或使用 --document DOC FILE。</translation>
        </message>
        <message numerus="yes">
            <source>Document %1 "%2": %n pair(s)</source>
            <translation>
                <numerusform>文档 %1“%2”：%n 对</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n to review (confidence below %1, marked !)</source>
            <translation>
                <numerusform>%n 对需要复核（置信度低于 %1，标有 !）</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AlignController</name>
        <message>
            <source>Give the open one-language document its other language from a file, paired automatically.</source>
            <translation>从文件为打开的单语文档添加另一种语言，并自动配对。</translation>
        </message>
        <message>
            <source>Pair Languages</source>
            <translation>配对双语</translation>
        </message>
        <message>
            <source>Pair them as one bilingual document?

Chinese: %1
English: %2</source>
            <translation>将它们配对为一个双语文档吗？

中文：%1
英文：%2</translation>
        </message>
        <message>
            <source>&amp;Pair</source>
            <translation>配对(&amp;P)</translation>
        </message>
        <message>
            <source>Attach Translation</source>
            <translation>附加译文</translation>
        </message>
        <message>
            <source>Attach %1 to “%2” as its %3 side?</source>
            <translation>将 %1 作为%3部分附加到“%2”吗？</translation>
        </message>
        <message>
            <source>Chinese</source>
            <translation>中文</translation>
        </message>
        <message>
            <source>English</source>
            <translation>英文</translation>
        </message>
        <message>
            <source>&amp;Attach</source>
            <translation>附加(&amp;A)</translation>
        </message>
        <message>
            <source>Import &amp;Separately</source>
            <translation>分别导入(&amp;S)</translation>
        </message>
        <message>
            <source>Cannot Attach Translation</source>
            <translation>无法附加译文</translation>
        </message>
        <message>
            <source>Cannot Pair Files</source>
            <translation>无法配对文件</translation>
        </message>
        <message numerus="yes">
            <source>Translation attached: %n pair(s).</source>
            <translation>
                <numerusform>已附加译文：%n 个配对。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Paired as one document: %n pair(s).</source>
            <translation>
                <numerusform>已配对为一个文档：%n 个配对。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n need(s) review (F8 goes to the next).</source>
            <translation>
                <numerusform>%n 个需要审核（按 F8 转到下一个）。</numerusform>
            </translation>
        </message>
        <message>
            <source>None needs review.</source>
            <translation>没有需要审核的配对。</translation>
        </message>
        <message>
            <source>Attach Trans&amp;lation…</source>
            <translation>附加译文(&amp;L)…</translation>
        </message>
        <message>
            <source>The document could not be read back.</source>
            <translation>无法重新读取该文档。</translation>
        </message>
    </context>
    <context>
        <name>AlignInput</name>
        <message>
            <source>%1: this is a project or annotation file, not a transcript; align pairs two transcripts.</source>
            <translation>%1：这是项目或批注文件，不是转写稿；align 配对的是两份转写稿。</translation>
        </message>
        <message>
            <source>%1: no text found; expected the %2 side of the pair.</source>
            <translation>%1：没有找到文本；这里应是配对中的%2一方。</translation>
        </message>
        <message>
            <source>%1:%2: the text is %3, but this file was given as the %4 side of the pair.</source>
            <translation>%1:%2：文本是%3，但这个文件被指定为配对中的%4一方。</translation>
        </message>
        <message>
            <source>Chinese</source>
            <translation>中文</translation>
        </message>
        <message>
            <source>English</source>
            <translation>英文</translation>
        </message>
    </context>
    <context>
        <name>AlignJob</name>
        <message>
            <source>Attaching the translation…</source>
            <translation>正在附加译文…</translation>
        </message>
        <message>
            <source>Pairing the two files…</source>
            <translation>正在配对两个文件…</translation>
        </message>
        <message>
            <source>Pair Languages</source>
            <translation>配对双语</translation>
        </message>
    </context>
    <context>
        <name>AlignService</name>
        <message>
            <source>%1 and %2 are already paired in the library as document %3 ("%4").</source>
            <translation>%1 和 %2 已在文库中配对为文档 %3（“%4”）。</translation>
        </message>
        <message>
            <source>There is no document %1.</source>
            <translation>没有文档 %1。</translation>
        </message>
        <message>
            <source>Document %1 ("%2") already has both Chinese and English text; only a one-language document can be given its other language.</source>
            <translation>文档 %1（“%2”）已同时有中文和英文文本；只有单一语言的文档才能补上另一种语言。</translation>
        </message>
        <message>
            <source>Document %1 ("%2") has no text to pair with.</source>
            <translation>文档 %1（“%2”）没有可配对的文本。</translation>
        </message>
    </context>
    <context>
        <name>AlignmentMark</name>
        <message>
            <source>Paired automatically with %1% confidence: check that both sides say the same.</source>
            <translation>自动配对，置信度 %1%：请核对两边说的是否一致。</translation>
        </message>
        <message>
            <source>Marked as untranslated: this passage has no counterpart in the other language.</source>
            <translation>已标记为未翻译：这段文字在另一种语言中没有对应内容。</translation>
        </message>
    </context>
    <context>
        <name>AlignmentReviewDock</name>
        <message>
            <source>Alignment Review</source>
            <translation>对齐审核</translation>
        </message>
        <message>
            <source>Pairs to review</source>
            <translation>待审核的配对</translation>
        </message>
        <message>
            <source>&amp;Previous</source>
            <translation>上一个(&amp;P)</translation>
        </message>
        <message>
            <source>Previous pair to review</source>
            <translation>上一个待审核的配对</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>下一个(&amp;N)</translation>
        </message>
        <message>
            <source>Next pair to review</source>
            <translation>下一个待审核的配对</translation>
        </message>
        <message>
            <source>&amp;Accept</source>
            <translation>接受(&amp;A)</translation>
        </message>
        <message>
            <source>Accept this pairing</source>
            <translation>接受此配对</translation>
        </message>
        <message>
            <source>Confirm that the current pair is paired right; it leaves the list (undoable).</source>
            <translation>确认当前配对无误；它将从列表中移除（可撤销）。</translation>
        </message>
        <message>
            <source>Next Pair to Review</source>
            <translation>下一个待审核的配对</translation>
        </message>
        <message>
            <source>Previous Pair to Review</source>
            <translation>上一个待审核的配对</translation>
        </message>
        <message>
            <source>Accept Pairing</source>
            <translation>接受配对</translation>
        </message>
        <message numerus="yes">
            <source>%n pair(s) to review</source>
            <translation>
                <numerusform>%n 个配对待审核</numerusform>
            </translation>
        </message>
        <message>
            <source>No pairs to review.</source>
            <translation>没有待审核的配对。</translation>
        </message>
    </context>
    <context>
        <name>AnalysisController</name>
        <message>
            <source>A&amp;nalysis</source>
            <translation>分析(&amp;N)</translation>
        </message>
        <message>
            <source>Coding &amp;Matrix…</source>
            <translation>编码矩阵(&amp;M)…</translation>
        </message>
        <message>
            <source>Codes by speaker, document or code: how many quotes, how much of the text.</source>
            <translation>按发言人、文档或编码查看编码：有多少条引文，覆盖多少文本。</translation>
        </message>
        <message>
            <source>&amp;Charts…</source>
            <translation>图表(&amp;C)…</translation>
        </message>
        <message>
            <source>Code frequencies by speaker, talk share per document, and the matrix as a heat map.</source>
            <translation>各发言人的编码频次、各文档的发言占比，以及以热图显示的矩阵。</translation>
        </message>
        <message>
            <source>&amp;Word Frequency and Concordance…</source>
            <translation>词频与语境索引(&amp;W)…</translation>
        </message>
        <message>
            <source>The words used most, and every use of a word in context, in either script.</source>
            <translation>最常用的词，以及一个词在上下文中的每次出现（简繁皆可）。</translation>
        </message>
        <message>
            <source>Coder &amp;Agreement…</source>
            <translation>编码者一致性(&amp;A)…</translation>
        </message>
        <message>
            <source>How far two coders agree on each code: percentage agreement and Cohen's kappa.</source>
            <translation>两位编码者在每个编码上的一致程度：一致率与 Cohen's kappa。</translation>
        </message>
        <message>
            <source>Matrix</source>
            <translation>矩阵</translation>
        </message>
        <message>
            <source>Charts</source>
            <translation>图表</translation>
        </message>
        <message>
            <source>Words</source>
            <translation>词语</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>一致性</translation>
        </message>
    </context>
    <context>
        <name>AnalysisWindow</name>
        <message>
            <source>Analysis</source>
            <translation>分析</translation>
        </message>
        <message>
            <source>Analysis views</source>
            <translation>分析视图</translation>
        </message>
    </context>
    <context>
        <name>Anchor</name>
        <message>
            <source>The selection lies outside the document's text.</source>
            <translation>选区位于文档文本之外。</translation>
        </message>
        <message>
            <source>The selection is empty.</source>
            <translation>选区为空。</translation>
        </message>
        <message>
            <source>The selection is empty or lies outside the document's text.</source>
            <translation>选区为空，或位于文档文本之外。</translation>
        </message>
    </context>
    <context>
        <name>AnnotateCommand</name>
        <message>
            <source>Highlight a quote of a segment, with tags, a note and a colour</source>
            <translation>高亮标记片段中的一段引文，可附带标签、笔记和颜色</translation>
        </message>
        <message>
            <source>Which text the quote is in: zh or en.</source>
            <translation>引文所在的文本：zh 或 en。</translation>
        </message>
        <message>
            <source>SIDE</source>
            <translation>SIDE</translation>
        </message>
        <message>
            <source>The exact text to highlight; it must occur in the segment.</source>
            <translation>要高亮标记的确切文本；它必须出现在该片段中。</translation>
        </message>
        <message>
            <source>TEXT</source>
            <translation>TEXT</translation>
        </message>
        <message>
            <source>A codebook tag, e.g. Risk/Misuse (created when missing); repeatable.</source>
            <translation>编码表中的标签，例如 Risk/Misuse（不存在时会自动创建）；可重复使用。</translation>
        </message>
        <message>
            <source>TAG</source>
            <translation>TAG</translation>
        </message>
        <message>
            <source>A Markdown note on the annotation.</source>
            <translation>附在批注上的 Markdown 笔记。</translation>
        </message>
        <message>
            <source>Highlight colour: a name (yellow) or #rrggbb.</source>
            <translation>高亮颜色：颜色名称（yellow）或 #rrggbb。</translation>
        </message>
        <message>
            <source>NAME</source>
            <translation>NAME</translation>
        </message>
        <message>
            <source>expects DOC and SEGMENT (the 0-based segment index of `show --json`).</source>
            <translation>需要 DOC 和 SEGMENT（即 `show --json` 中从 0 开始的片段索引）。</translation>
        </message>
        <message>
            <source>SEGMENT must be a 0-based segment index, not '%1'.</source>
            <translation>SEGMENT 必须是从 0 开始的片段索引，而不是“%1”。</translation>
        </message>
        <message>
            <source>--side must be zh or en.</source>
            <translation>--side 必须是 zh 或 en。</translation>
        </message>
        <message>
            <source>--quote TEXT is required.</source>
            <translation>必须提供 --quote TEXT。</translation>
        </message>
        <message>
            <source>'%1' is not a colour name or #rrggbb.</source>
            <translation>“%1”不是颜色名称，也不是 #rrggbb。</translation>
        </message>
        <message>
            <source>'%1' has %2 segments; SEGMENT must be between 0 and %3.</source>
            <translation>“%1”有 %2 个片段；SEGMENT 必须介于 0 和 %3 之间。</translation>
        </message>
        <message>
            <source>The quote "%1" does not occur in the %2 text of segment %3 of '%4'.</source>
            <translation>引文“%1”未出现在“%4”第 %3 个片段的 %2 文本中。</translation>
        </message>
        <message>
            <source>Annotation %1 (already on this passage) on segment %2 (%3) of '%4': %5</source>
            <translation>“%4”第 %2 个片段（%3）上的批注 %1（该段落已有此批注）：%5</translation>
        </message>
        <message>
            <source>Annotation %1 on segment %2 (%3) of '%4': %5</source>
            <translation>“%4”第 %2 个片段（%3）上的批注 %1：%5</translation>
        </message>
    </context>
    <context>
        <name>AnnotationActions</name>
        <message>
            <source>&amp;Highlight</source>
            <translation>高亮标记(&amp;H)</translation>
        </message>
        <message>
            <source>Highlight the selected text in the current colour</source>
            <translation>用当前颜色高亮标记所选文本</translation>
        </message>
        <message>
            <source>&amp;Tag…</source>
            <translation>添加标签(&amp;T)…</translation>
        </message>
        <message>
            <source>Tag the selected text or the highlight under the cursor</source>
            <translation>为所选文本或光标处的高亮添加标签</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>标签</translation>
        </message>
        <message>
            <source>Add &amp;Note…</source>
            <translation>添加笔记(&amp;N)…</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>笔记</translation>
        </message>
        <message>
            <source>&amp;Remove Highlight</source>
            <translation>移除高亮(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Manage Tags…</source>
            <translation>管理标签(&amp;M)…</translation>
        </message>
        <message>
            <source>&amp;Document Note…</source>
            <translation>文档笔记(&amp;D)…</translation>
        </message>
        <message>
            <source>Yellow</source>
            <translation>黄色</translation>
        </message>
        <message>
            <source>Green</source>
            <translation>绿色</translation>
        </message>
        <message>
            <source>Blue</source>
            <translation>蓝色</translation>
        </message>
        <message>
            <source>Pink</source>
            <translation>粉色</translation>
        </message>
        <message>
            <source>Orange</source>
            <translation>橙色</translation>
        </message>
        <message>
            <source>Purple</source>
            <translation>紫色</translation>
        </message>
        <message>
            <source>Cyan</source>
            <translation>青色</translation>
        </message>
        <message>
            <source>Lime</source>
            <translation>黄绿色</translation>
        </message>
        <message>
            <source>Red</source>
            <translation>红色</translation>
        </message>
        <message>
            <source>Grey</source>
            <translation>灰色</translation>
        </message>
        <message>
            <source>Highlight Co&amp;lour</source>
            <translation>高亮颜色(&amp;L)</translation>
        </message>
        <message>
            <source>Highlight</source>
            <translation>高亮</translation>
        </message>
    </context>
    <context>
        <name>AnnotationController</name>
        <message>
            <source>Could not store the highlight: %1</source>
            <translation>无法保存高亮：%1</translation>
        </message>
        <message>
            <source>Note on Highlight</source>
            <translation>高亮笔记</translation>
        </message>
        <message>
            <source>“%1”</source>
            <translation>“%1”</translation>
        </message>
        <message>
            <source>Document Note</source>
            <translation>文档笔记</translation>
        </message>
        <message>
            <source>This quote's text is no longer in the document.</source>
            <translation>此引文的文本已不在文档中。</translation>
        </message>
        <message>
            <source>&lt;i&gt;No tags&lt;/i&gt;</source>
            <translation>&lt;i&gt;无标签&lt;/i&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Tags:&lt;/b&gt; %1</source>
            <translation>&lt;b&gt;标签：&lt;/b&gt;%1</translation>
        </message>
    </context>
    <context>
        <name>AnnotationRepository</name>
        <message>
            <source>An annotation needs a quote.</source>
            <translation>批注必须包含引文。</translation>
        </message>
        <message>
            <source>no tags</source>
            <translation>无标签</translation>
        </message>
        <message>
            <source>Colour %1, tags: %2, passage: %3</source>
            <translation>颜色 %1，标签：%2，引文：%3</translation>
        </message>
    </context>
    <context>
        <name>AnnotationsCommand</name>
        <message>
            <source>List annotations (highlighted quotes) with their tags and notes</source>
            <translation>列出批注（高亮的引文）及其标签和笔记</translation>
        </message>
        <message>
            <source>Only this document (id or title).</source>
            <translation>仅限此文档（编号或标题）。</translation>
        </message>
        <message>
            <source>DOC</source>
            <translation>DOC</translation>
        </message>
        <message>
            <source>Only quotes with this tag or one below it, e.g. Risk/Misuse.</source>
            <translation>仅限带有此标签或其下级标签的引文，例如 Risk/Misuse。</translation>
        </message>
        <message>
            <source>TAG</source>
            <translation>TAG</translation>
        </message>
        <message>
            <source>takes no arguments; use --document DOC for one document.</source>
            <translation>不接受参数；如只需一个文档，请使用 --document DOC。</translation>
        </message>
        <message>
            <source>There is no tag '%1'. `bitext tags` lists them.</source>
            <translation>不存在标签“%1”。`bitext tags` 可列出所有标签。</translation>
        </message>
        <message>
            <source>No annotations.</source>
            <translation>没有批注。</translation>
        </message>
        <message>
            <source>orphaned</source>
            <translation>已失去位置</translation>
        </message>
        <message>
            <source>segment %1</source>
            <translation>片段 %1</translation>
        </message>
    </context>
    <context>
        <name>AnnotationsDock</name>
        <message>
            <source>Annotations</source>
            <translation>批注</translation>
        </message>
        <message>
            <source>This document</source>
            <translation>当前文档</translation>
        </message>
        <message>
            <source>Whole library</source>
            <translation>整个文库</translation>
        </message>
        <message>
            <source>Filter quotes, notes, tags…</source>
            <translation>筛选引文、笔记、标签…</translation>
        </message>
        <message>
            <source>Show all</source>
            <translation>全部显示</translation>
        </message>
        <message>
            <source>Clear every filter</source>
            <translation>清除所有筛选条件</translation>
        </message>
        <message>
            <source>All speakers</source>
            <translation>所有发言人</translation>
        </message>
        <message>
            <source>All colours</source>
            <translation>所有颜色</translation>
        </message>
        <message numerus="yes">
            <source>%n quote(s)</source>
            <translation>
                <numerusform>%n 条引文</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Go to quote</source>
            <translation>转到引文(&amp;G)</translation>
        </message>
        <message>
            <source>&amp;Tag…</source>
            <translation>添加标签(&amp;T)…</translation>
        </message>
        <message>
            <source>&amp;Untag</source>
            <translation>移除标签(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Colour</source>
            <translation>颜色(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Remove highlight</source>
            <translation>移除高亮(&amp;R)</translation>
        </message>
        <message>
            <source>Show quotes from</source>
            <translation>显示引文的范围</translation>
        </message>
        <message>
            <source>Filter quotes</source>
            <translation>筛选引文</translation>
        </message>
        <message>
            <source>Speaker</source>
            <translation>发言人</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>颜色</translation>
        </message>
        <message>
            <source>Codebook</source>
            <translation>编码表</translation>
        </message>
        <message>
            <source>Quotes</source>
            <translation>引文</translation>
        </message>
    </context>
    <context>
        <name>AppearancePage</name>
        <message>
            <source>&amp;Appearance:</source>
            <translation>外观(&amp;A)：</translation>
        </message>
        <message>
            <source>System</source>
            <translation>跟随系统</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>浅色</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>深色</translation>
        </message>
        <message>
            <source>&amp;Simplified Chinese font:</source>
            <translation>简体中文字体(&amp;S)：</translation>
        </message>
        <message>
            <source>&amp;Traditional Chinese font:</source>
            <translation>繁体中文字体(&amp;T)：</translation>
        </message>
        <message>
            <source>&amp;Latin font:</source>
            <translation>拉丁文字体(&amp;L)：</translation>
        </message>
        <message>
            <source>Text &amp;size:</source>
            <translation>文字大小(&amp;S)：</translation>
        </message>
        <message>
            <source>Automatic</source>
            <translation>自动</translation>
        </message>
        <message>
            <source> pt</source>
            <translation> 磅</translation>
        </message>
        <message>
            <source>&amp;Highlight colours:</source>
            <translation>高亮颜色(&amp;H)：</translation>
        </message>
        <message>
            <source>&amp;Note editor theme:</source>
            <translation>笔记编辑器主题(&amp;N)：</translation>
        </message>
        <message>
            <source>Automatic (light or dark)</source>
            <translation>自动（浅色或深色）</translation>
        </message>
    </context>
    <context>
        <name>AssignSpeakerCommand</name>
        <message numerus="yes">
            <source>Assign %n Segment(s) to %1</source>
            <translation>
                <numerusform>将 %n 个片段分配给 %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Clear Speaker of %n Segment(s)</source>
            <translation>
                <numerusform>清除 %n 个片段的发言人</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AttachMediaCommand</name>
        <message>
            <source>Detach Media</source>
            <translation>取消附加媒体</translation>
        </message>
        <message>
            <source>Attach Media</source>
            <translation>附加媒体</translation>
        </message>
        <message>
            <source>Attach an audio or video file to a document (DOC: id or title), or --detach it</source>
            <translation>为文档附加音频或视频文件（DOC：ID 或标题），或用 --detach 取消附加</translation>
        </message>
        <message>
            <source>Forget the document's media file instead (no FILE).</source>
            <translation>改为移除文档的媒体文件（不带 FILE）。</translation>
        </message>
        <message>
            <source>--detach expects one DOC (a document id or title).</source>
            <translation>--detach 需要一个 DOC（文档 ID 或标题）。</translation>
        </message>
        <message>
            <source>expects a DOC (a document id or title) and a media FILE.</source>
            <translation>需要一个 DOC（文档 ID 或标题）和一个媒体 FILE。</translation>
        </message>
        <message>
            <source>%1: no media file attached.</source>
            <translation>%1：未附加媒体文件。</translation>
        </message>
        <message>
            <source>%1: media %2</source>
            <translation>%1：媒体 %2</translation>
        </message>
    </context>
    <context>
        <name>AttachMediaController</name>
        <message>
            <source>Attach &amp;Media…</source>
            <translation>关联媒体(&amp;M)…</translation>
        </message>
        <message>
            <source>Attach an audio or video file to the open document</source>
            <translation>为打开的文档关联音频或视频文件</translation>
        </message>
        <message>
            <source>Detac&amp;h Media</source>
            <translation>解除媒体关联(&amp;H)</translation>
        </message>
        <message>
            <source>Forget the media file of the open document</source>
            <translation>不再关联打开的文档的媒体文件</translation>
        </message>
        <message>
            <source>Audio and video (%1);;All files (*)</source>
            <translation>音频和视频 (%1);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Attach Media</source>
            <translation>关联媒体</translation>
        </message>
        <message>
            <source>Cannot Attach Media</source>
            <translation>无法关联媒体</translation>
        </message>
        <message>
            <source>%1 is not an audio or video file Bitext can play. Choose a file ending in %2.</source>
            <translation>%1 不是 Bitext 能播放的音频或视频文件。请选择扩展名为 %2 的文件。</translation>
        </message>
        <message>
            <source>Attached %1.</source>
            <translation>已关联 %1。</translation>
        </message>
        <message>
            <source>Cannot Detach Media</source>
            <translation>无法解除媒体关联</translation>
        </message>
    </context>
    <context>
        <name>AutoCodeCommand</name>
        <message numerus="yes">
            <source>Auto-code %n passage(s) as “%1”</source>
            <translation>
                <numerusform>将 %n 处段落自动编码为“%1”</numerusform>
            </translation>
        </message>
        <message>
            <source>A highlight to tag no longer exists.</source>
            <translation>要加标签的高亮已不存在。</translation>
        </message>
    </context>
    <context>
        <name>AutoCodeRunner</name>
        <message>
            <source>Nothing to auto-code: no passage of a text was given.</source>
            <translation>没有可自动编码的内容：没有给出任何文本段落。</translation>
        </message>
        <message>
            <source>Could not auto-code: %1</source>
            <translation>无法自动编码：%1</translation>
        </message>
        <message numerus="yes">
            <source>Coded %n passage(s); %1 already had the tag</source>
            <translation>
                <numerusform>已编码 %n 处段落；%1 处已有该标签</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AutoCoder</name>
        <message>
            <source>The tag to code with no longer exists.</source>
            <translation>要用来编码的标签已不存在。</translation>
        </message>
    </context>
    <context>
        <name>BackupCommand</name>
        <message>
            <source>List, create or restore the backups of a library file</source>
            <translation>列出、创建或恢复文库文件的备份</translation>
        </message>
        <message>
            <source>expects list, create, or restore with an optional backup file name.</source>
            <translation>需要 list、create，或 restore 加上可选的备份文件名。</translation>
        </message>
        <message>
            <source>A server library has no backups here; back it up with the server's own tools (pg_dump).</source>
            <translation>服务器文库在这里没有备份；请用服务器自己的工具（pg_dump）备份。</translation>
        </message>
        <message>
            <source>%1 has no backups (in %2).</source>
            <translation>%1 没有备份（在 %2 中）。</translation>
        </message>
        <message>
            <source>Backed up %1 to %2.</source>
            <translation>已将 %1 备份到 %2。</translation>
        </message>
        <message>
            <source>%1 is not a backup of %2; `bitext backup list` shows them.</source>
            <translation>%1 不是 %2 的备份；`bitext backup list` 会列出其备份。</translation>
        </message>
        <message>
            <source>%1 has no backup that passes the integrity check.</source>
            <translation>%1 没有通过完整性检查的备份。</translation>
        </message>
        <message>
            <source>Restored %1 from the backup of %2.</source>
            <translation>已用 %2 的备份恢复 %1。</translation>
        </message>
        <message>
            <source>The library as it was is kept at %1.</source>
            <translation>原来的文库保留在 %1。</translation>
        </message>
    </context>
    <context>
        <name>BackupController</name>
        <message>
            <source>&amp;Restore from Backup…</source>
            <translation>从备份恢复(&amp;R)…</translation>
        </message>
        <message>
            <source>Put one of the library's backups in its place</source>
            <translation>用文库的某个备份替换文库</translation>
        </message>
        <message>
            <source>Damaged Library</source>
            <translation>文库已损坏</translation>
        </message>
        <message>
            <source>Bitext has not changed the file. Restoring the backup from %1 puts it in the library's place; the damaged file is kept beside it.</source>
            <translation>Bitext 没有改动该文件。恢复 %1 的备份会用它替换文库；损坏的文件保留在旁边。</translation>
        </message>
        <message>
            <source>Restore Backup from %1</source>
            <translation>恢复 %1 的备份</translation>
        </message>
        <message>
            <source>Bitext has not changed the file. It has no backup that could be restored.</source>
            <translation>Bitext 没有改动该文件。它没有可以恢复的备份。</translation>
        </message>
        <message>
            <source>Open Another Library…</source>
            <translation>打开其他文库…</translation>
        </message>
        <message>
            <source>The backup %1 is gone.</source>
            <translation>备份 %1 已不存在。</translation>
        </message>
        <message>
            <source>Cannot Restore Backup</source>
            <translation>无法恢复备份</translation>
        </message>
        <message>
            <source>Restored the library from its backup.</source>
            <translation>已从备份恢复文库。</translation>
        </message>
        <message>
            <source>Restored the library from its backup; the library as it was is kept at %1.</source>
            <translation>已从备份恢复文库；原来的文库保留在 %1。</translation>
        </message>
    </context>
    <context>
        <name>BoundedJson</name>
        <message>
            <source>%1:%2: a string is not closed with " before the end of the line.</source>
            <translation>%1:%2：字符串在行尾之前没有用 " 结束。</translation>
        </message>
        <message>
            <source>%1:%2: the JSON is nested more than %3 levels deep; no annotation file needs that many, so it is refused.</source>
            <translation>%1:%2：JSON 的嵌套层级超过了 %3 层；批注文件不需要这么多层，因此已拒绝。</translation>
        </message>
        <message>
            <source>%1:%2: the JSON holds more than %3 values; Bitext reads files with fewer, so it is refused.</source>
            <translation>%1:%2：JSON 包含超过 %3 个值；Bitext 只读取值更少的文件，因此已拒绝。</translation>
        </message>
        <message>
            <source>%1:%2: not valid JSON: %3 (at byte %4)</source>
            <translation>%1:%2：不是有效的 JSON：%3（位于第 %4 字节）</translation>
        </message>
    </context>
    <context>
        <name>BulkStatement</name>
        <message>
            <source>the connection has no SQLite handle</source>
            <translation>该连接没有 SQLite 句柄</translation>
        </message>
    </context>
    <context>
        <name>ChangeTagCommand</name>
        <message>
            <source>Rename tag %1 to %2</source>
            <translation>将标签 %1 重命名为 %2</translation>
        </message>
        <message>
            <source>Change colour of tag %1</source>
            <translation>更改标签 %1 的颜色</translation>
        </message>
        <message>
            <source>Describe tag %1</source>
            <translation>描述标签 %1</translation>
        </message>
        <message>
            <source>Move tag %1</source>
            <translation>移动标签 %1</translation>
        </message>
        <message>
            <source>The tag no longer exists.</source>
            <translation>该标签已不存在。</translation>
        </message>
    </context>
    <context>
        <name>ChartExporter</name>
        <message>
            <source>the image could not be encoded</source>
            <translation>无法生成该图像</translation>
        </message>
        <message>
            <source>A chart made with Bitext</source>
            <translation>用 Bitext 制作的图表</translation>
        </message>
    </context>
    <context>
        <name>ChartsView</name>
        <message>
            <source>C&amp;hart:</source>
            <translation>图表(&amp;H)：</translation>
        </message>
        <message>
            <source>Code frequencies by speaker</source>
            <translation>各发言人的编码频次</translation>
        </message>
        <message>
            <source>Talk share by document</source>
            <translation>各文档的发言占比</translation>
        </message>
        <message>
            <source>Heat map</source>
            <translation>热图</translation>
        </message>
        <message>
            <source>Chart</source>
            <translation>图表</translation>
        </message>
        <message>
            <source>Export &amp;PNG…</source>
            <translation>导出 PNG(&amp;P)…</translation>
        </message>
        <message>
            <source>Save the chart as a PNG image at 300 dpi, A4 landscape</source>
            <translation>将图表保存为 300 dpi 的 PNG 图像，A4 横向</translation>
        </message>
        <message>
            <source>Export &amp;SVG…</source>
            <translation>导出 SVG(&amp;S)…</translation>
        </message>
        <message>
            <source>Save the chart as an SVG drawing, A4 landscape</source>
            <translation>将图表保存为 SVG 矢量图，A4 横向</translation>
        </message>
        <message>
            <source>Export Chart as PNG</source>
            <translation>将图表导出为 PNG</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>PNG 图像 (*.png)</translation>
        </message>
        <message>
            <source>Export Chart as SVG</source>
            <translation>将图表导出为 SVG</translation>
        </message>
        <message>
            <source>SVG drawings (*.svg)</source>
            <translation>SVG 矢量图 (*.svg)</translation>
        </message>
    </context>
    <context>
        <name>CodeFrequencyChart</name>
        <message>
            <source>Code frequencies by speaker</source>
            <translation>各发言人的编码频次</translation>
        </message>
        <message>
            <source>Code frequencies by speaker: no coded quotes for this filter</source>
            <translation>各发言人的编码频次：此筛选条件下没有已编码的引文</translation>
        </message>
        <message>
            <source>%1 — %2: %3</source>
            <translation>%1 — %2：%3</translation>
        </message>
        <message>
            <source>Coverage of the speaker's text (%)</source>
            <translation>占该发言人文本的覆盖率（%）</translation>
        </message>
        <message>
            <source>Quotes</source>
            <translation>引文</translation>
        </message>
    </context>
    <context>
        <name>CodingMatrix</name>
        <message>
            <source>(no speaker)</source>
            <translation>（无发言人）</translation>
        </message>
    </context>
    <context>
        <name>CommandLine</name>
        <message>
            <source>PATH</source>
            <translation>PATH</translation>
        </message>
        <message>
            <source>Usage: bitext [--library PATH] COMMAND [OPTIONS]
Reads and annotates Chinese/English transcripts. Without a command, opens the window.

Commands:
</source>
            <translation>用法：bitext [--library PATH] COMMAND [OPTIONS]
阅读并批注中英文转写稿。不带命令时打开窗口。

命令：
</translation>
        </message>
        <message>
            <source>bitext: unknown command '%1'. Run `bitext --help` for the list of commands.</source>
            <translation>bitext：未知命令“%1”。运行 `bitext --help` 可查看命令列表。</translation>
        </message>
        <message>
            <source>Print machine-readable JSON (keys documented in the README).</source>
            <translation>输出机器可读的 JSON（键的说明见 README）。</translation>
        </message>
        <message>
            <source>Run `bitext %1 --help` for usage.</source>
            <translation>运行 `bitext %1 --help` 查看用法。</translation>
        </message>
        <message>
            <source>Library file or postgresql://USER@HOST:PORT/DB to use (default: %1; also set by BITEXT_LIBRARY).</source>
            <translation>要使用的文库文件或 postgresql://USER@HOST:PORT/DB 地址（默认：%1；也可通过 BITEXT_LIBRARY 设置）。</translation>
        </message>
        <message>
            <source>
Options:
  --library PATH  Library file or postgresql:// URL (default: %1; also BITEXT_LIBRARY)
  -h, --help      Show this help; `bitext COMMAND --help` shows a command's options
  -v, --version   Show the version
</source>
            <translation>
选项：
  --library PATH  文库文件或 postgresql:// 地址（默认：%1；也可通过 BITEXT_LIBRARY 设置）
  -h, --help      显示此帮助；`bitext COMMAND --help` 显示某个命令的选项
  -v, --version   显示版本
</translation>
        </message>
        <message>
            <source>`bitext backup list` shows its backups; `bitext backup restore` puts the latest good one in its place.</source>
            <translation>`bitext backup list` 列出其备份；`bitext backup restore` 用最新的完好备份替换它。</translation>
        </message>
    </context>
    <context>
        <name>ConcordanceModel</name>
        <message>
            <source>%1, segment %2</source>
            <translation>%1，第 %2 个片段</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>文档</translation>
        </message>
        <message>
            <source>Speaker</source>
            <translation>发言人</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>前文</translation>
        </message>
        <message>
            <source>Word</source>
            <translation>词语</translation>
        </message>
        <message>
            <source>After</source>
            <translation>后文</translation>
        </message>
    </context>
    <context>
        <name>ConcordanceView</name>
        <message>
            <source>Word to find in context</source>
            <translation>要在语境中查找的词语</translation>
        </message>
        <message>
            <source>A word in Chinese (either script) or English</source>
            <translation>中文（简体或繁体）或英文词语</translation>
        </message>
        <message>
            <source>&amp;Word:</source>
            <translation>词语(&amp;W)：</translation>
        </message>
        <message>
            <source>Order of the lines</source>
            <translation>各行的顺序</translation>
        </message>
        <message>
            <source>In reading order</source>
            <translation>按阅读顺序</translation>
        </message>
        <message>
            <source>By what comes before</source>
            <translation>按前文排序</translation>
        </message>
        <message>
            <source>By what comes after</source>
            <translation>按后文排序</translation>
        </message>
        <message>
            <source>&amp;Sort:</source>
            <translation>排序(&amp;S)：</translation>
        </message>
        <message>
            <source>Auto-code…</source>
            <translation>自动编码…</translation>
        </message>
        <message>
            <source>Highlight every line of the concordance with a code</source>
            <translation>用一个编码高亮标记语境索引的每一行</translation>
        </message>
        <message>
            <source>Concordance</source>
            <translation>语境索引</translation>
        </message>
        <message>
            <source>Finding the word</source>
            <translation>正在查找词语</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Finding “%1”…</source>
            <translation>正在查找“%1”…</translation>
        </message>
        <message>
            <source>Canceled.</source>
            <translation>已取消。</translation>
        </message>
        <message>
            <source>Could not find the word: %1</source>
            <translation>无法查找该词语：%1</translation>
        </message>
        <message numerus="yes">
            <source>“%1”: %n line(s)</source>
            <translation>
                <numerusform>“%1”：%n 行</numerusform>
            </translation>
        </message>
        <message>
            <source>Context on each side</source>
            <translation>每侧的上下文</translation>
        </message>
        <message>
            <source>Words (English) or characters (Chinese) shown on each side of the word</source>
            <translation>在词语两侧各显示的单词数（英文）或字数（中文）</translation>
        </message>
        <message>
            <source>Con&amp;text:</source>
            <translation>上下文(&amp;T)：</translation>
        </message>
    </context>
    <context>
        <name>ConnectDialog</name>
        <message>
            <source>Connect to Team Library</source>
            <translation>连接到团队文库</translation>
        </message>
        <message>
            <source>&amp;Host:</source>
            <translation>主机(&amp;H)：</translation>
        </message>
        <message>
            <source>&amp;Port:</source>
            <translation>端口(&amp;P)：</translation>
        </message>
        <message>
            <source>&amp;Database:</source>
            <translation>数据库(&amp;D)：</translation>
        </message>
        <message>
            <source>&amp;User:</source>
            <translation>用户(&amp;U)：</translation>
        </message>
        <message>
            <source>&amp;Encryption (TLS):</source>
            <translation>加密 (TLS)(&amp;E)：</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>地址：</translation>
        </message>
        <message>
            <source>Empty: this computer's socket</source>
            <translation>留空：使用本机的套接字</translation>
        </message>
        <message>
            <source>Prefer (default)</source>
            <translation>优先加密（默认）</translation>
        </message>
        <message>
            <source>Require</source>
            <translation>必须加密</translation>
        </message>
        <message>
            <source>Verify certificate (verify-full)</source>
            <translation>验证证书 (verify-full)</translation>
        </message>
        <message>
            <source>Disable</source>
            <translation>不加密</translation>
        </message>
        <message>
            <source>Whether the connection is encrypted, and whether the server's certificate is checked.</source>
            <translation>连接是否加密，以及是否检查服务器的证书。</translation>
        </message>
        <message>
            <source>The library's address, as the command line takes it with --library.</source>
            <translation>文库的地址，即命令行中 --library 所用的写法。</translation>
        </message>
        <message>
            <source>&amp;Test Connection</source>
            <translation>测试连接(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Connect</source>
            <translation>连接(&amp;C)</translation>
        </message>
        <message>
            <source>Connecting to %1…</source>
            <translation>正在连接到 %1…</translation>
        </message>
        <message>
            <source>No password was given; not connected.</source>
            <translation>未提供密码；未连接。</translation>
        </message>
    </context>
    <context>
        <name>ConnectionIdentity</name>
        <message>
            <source>Not a PostgreSQL URL: it must start with postgresql://</source>
            <translation>不是 PostgreSQL URL：它必须以 postgresql:// 开头</translation>
        </message>
        <message>
            <source>Not a valid PostgreSQL URL (postgresql://USER@HOST:PORT/DATABASE).</source>
            <translation>无效的 PostgreSQL URL（postgresql://USER@HOST:PORT/DATABASE）。</translation>
        </message>
        <message>
            <source>%1: the URL contains a password. Bitext never takes a password from a URL or the command line; use `bitext password set` or a .pgpass file.</source>
            <translation>%1：URL 中含有密码。Bitext 从不接受 URL 或命令行中的密码；请使用 `bitext password set` 或 .pgpass 文件。</translation>
        </message>
        <message>
            <source>%1: the port must be a number from 1 to 65535.</source>
            <translation>%1：端口必须是 1 到 65535 之间的数字。</translation>
        </message>
    </context>
    <context>
        <name>ConnectionSettings</name>
        <message>
            <source>%1 is not a valid server library address. Write it as postgresql://USER@HOST:PORT/DATABASE?sslmode=MODE.</source>
            <translation>%1 不是有效的服务器文库地址。请写成 postgresql://USER@HOST:PORT/DATABASE?sslmode=MODE。</translation>
        </message>
        <message>
            <source>Do not write the password into the library address %1: Bitext takes it from the system keychain, from PGPASSFILE or ~/.pgpass, or asks for it.</source>
            <translation>请不要把密码写进文库地址 %1：Bitext 会从系统钥匙串、PGPASSFILE 或 ~/.pgpass 读取密码，或者向您询问。</translation>
        </message>
        <message>
            <source>The library address %1 names no database. Write it as postgresql://USER@HOST:PORT/DATABASE.</source>
            <translation>文库地址 %1 没有指明数据库。请写成 postgresql://USER@HOST:PORT/DATABASE。</translation>
        </message>
        <message>
            <source>The library address %1 has an unknown option %2=%3. Known: sslmode (%4), connect_timeout (seconds).</source>
            <translation>文库地址 %1 含有未知选项 %2=%3。可用的选项：sslmode（%4）、connect_timeout（秒）。</translation>
        </message>
    </context>
    <context>
        <name>CopyLibraryCommand</name>
        <message>
            <source>Copy a whole library (a file or a postgresql:// URL) into a new or empty one</source>
            <translation>将整个文库（文件或 postgresql:// 地址）复制到新的或空的文库中</translation>
        </message>
        <message>
            <source>takes the source and the destination library: copy-library SRC DST.</source>
            <translation>需要源文库和目标文库：copy-library SRC DST。</translation>
        </message>
        <message>
            <source>Copied %1 to %2.</source>
            <translation>已将 %1 复制到 %2。</translation>
        </message>
        <message>
            <source>Merge into a destination that already holds data: documents, annotations, tags, speakers and notes it has already are matched, not duplicated.</source>
            <translation>合并到已有内容的目标文库：其中已有的文档、批注、标签、发言人和笔记会被匹配，不会重复。</translation>
        </message>
        <message>
            <source>Documents: %1 added, %2 already there.</source>
            <translation>文档：新增 %1 个，已有 %2 个。</translation>
        </message>
        <message>
            <source>Annotations: %1 added, %2 merged into one already there, %3 skipped.</source>
            <translation>批注：新增 %1 条，%2 条合并到已有批注，跳过 %3 条。</translation>
        </message>
        <message>
            <source>Tags: %1 added, %2 already there.</source>
            <translation>标签：新增 %1 个，已有 %2 个。</translation>
        </message>
        <message>
            <source>Speakers: %1 added, %2 already there.</source>
            <translation>发言人：新增 %1 位，已有 %2 位。</translation>
        </message>
        <message>
            <source>Notes: %1 added, %2 merged into one already there.</source>
            <translation>笔记：新增 %1 条，%2 条合并到已有笔记。</translation>
        </message>
        <message>
            <source>Merged %1 into %2.</source>
            <translation>已将 %1 合并到 %2。</translation>
        </message>
    </context>
    <context>
        <name>CreateAnnotationCommand</name>
        <message>
            <source>Highlight “%1”</source>
            <translation>高亮标记“%1”</translation>
        </message>
    </context>
    <context>
        <name>CreateSpeakerCommand</name>
        <message>
            <source>Add speaker %1</source>
            <translation>添加发言人 %1</translation>
        </message>
        <message numerus="yes">
            <source>Speaker %1 is not removed: %n segment(s) are spoken by them.</source>
            <translation>
                <numerusform>未移除发言人 %1：有 %n 个片段属于此发言人。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CreateTagCommand</name>
        <message>
            <source>Create tag %1</source>
            <translation>创建标签 %1</translation>
        </message>
        <message numerus="yes">
            <source>Tag %1 is not removed: %n quote(s) use it. Remove it from them, or delete it in Manage Tags.</source>
            <translation>
                <numerusform>未移除标签 %1：有 %n 条引文在使用它。请先从这些引文中移除该标签，或在“管理标签”中删除它。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <source>The Qt SQLite driver (QSQLITE) is not installed.</source>
            <translation>未安装 Qt SQLite 驱动（QSQLITE）。</translation>
        </message>
        <message>
            <source>Cannot open library %1: %2</source>
            <translation>无法打开文库 %1：%2</translation>
        </message>
        <message>
            <source>Database error: %1 (in: %2)</source>
            <translation>数据库错误：%1（位于：%2）</translation>
        </message>
        <message>
            <source>Database error: no id for new row (in: %1)</source>
            <translation>数据库错误：新行没有编号（位于：%1）</translation>
        </message>
        <message>
            <source>Cannot start a transaction: %1</source>
            <translation>无法开始事务：%1</translation>
        </message>
        <message>
            <source>A nested write failed; nothing was saved.</source>
            <translation>嵌套写入失败；未保存任何内容。</translation>
        </message>
        <message>
            <source>Cannot save changes: %1</source>
            <translation>无法保存更改：%1</translation>
        </message>
        <message>
            <source>The server refused the user name or password.</source>
            <translation>服务器拒绝了用户名或密码。</translation>
        </message>
        <message>
            <source>The server wants a password and none was given.</source>
            <translation>服务器要求密码，但没有提供密码。</translation>
        </message>
        <message>
            <source>The server cannot be reached; check the host name, the port and the network.</source>
            <translation>无法连接到服务器；请检查主机名、端口和网络。</translation>
        </message>
        <message>
            <source>Cannot connect to the library %1: %2</source>
            <translation>无法连接到文库 %1：%2</translation>
        </message>
        <message>
            <source>The Qt PostgreSQL driver (QPSQL) is not installed.</source>
            <translation>未安装 Qt PostgreSQL 驱动程序（QPSQL）。</translation>
        </message>
        <message>
            <source>The connection to the library was lost and could not be opened again; nothing of this edit was saved, and it can be tried again. (%1)</source>
            <translation>与文库的连接已断开，且无法重新建立；此次编辑没有保存任何内容，可以再试一次。（%1）</translation>
        </message>
        <message>
            <source>The disk holding %1 is full: the change was not saved. Everything saved before is kept.</source>
            <translation>存放 %1 的磁盘已满：此次更改未保存。之前保存的内容全部保留。</translation>
        </message>
        <message>
            <source>The library %1 is read-only: %2. It can be read and searched, not changed.</source>
            <translation>文库 %1 为只读：%2。可以阅读和搜索，但不能修改。</translation>
        </message>
    </context>
    <context>
        <name>DeleteAnnotationCommand</name>
        <message>
            <source>Remove highlight</source>
            <translation>移除高亮</translation>
        </message>
        <message>
            <source>The annotation no longer exists.</source>
            <translation>该批注已不存在。</translation>
        </message>
    </context>
    <context>
        <name>DeleteDocumentsCommand</name>
        <message numerus="yes">
            <source>Delete %n Document(s)</source>
            <translation>
                <numerusform>删除 %n 个文档</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DeleteTagCommand</name>
        <message>
            <source>Delete tag</source>
            <translation>删除标签</translation>
        </message>
        <message>
            <source>The tag no longer exists.</source>
            <translation>该标签已不存在。</translation>
        </message>
        <message>
            <source>Delete tag %1</source>
            <translation>删除标签 %1</translation>
        </message>
    </context>
    <context>
        <name>DocumentController</name>
        <message>
            <source>Document Information</source>
            <translation>文档信息</translation>
        </message>
        <message>
            <source>Delete “%1” from the library, with its annotations and notes?</source>
            <translation>要从文库中删除“%1”及其批注和笔记吗？</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n documents from the library, with their annotations and notes?</source>
            <translation>
                <numerusform>要从文库中删除 %n 个文档及其批注和笔记吗？</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete Documents</source>
            <translation>删除文档</translation>
        </message>
        <message>
            <source>You can bring them back with Edit &gt; Undo.</source>
            <translation>可以通过“编辑 &gt; 撤销”恢复。</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
    </context>
    <context>
        <name>DocumentDelegate</name>
        <message numerus="yes">
            <source>%n segment(s)</source>
            <translation>
                <numerusform>%n 个片段</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DocumentHeader</name>
        <message>
            <source>Edit…</source>
            <translation>编辑…</translation>
        </message>
        <message>
            <source>Edit the title, date, people, tags and summary</source>
            <translation>编辑标题、日期、人物、标签和摘要</translation>
        </message>
        <message>
            <source>Tags: %1</source>
            <translation>标签：%1</translation>
        </message>
        <message>
            <source>Document details</source>
            <translation>文档详情</translation>
        </message>
    </context>
    <context>
        <name>DocumentListModel</name>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Speakers</source>
            <translation>发言人</translation>
        </message>
        <message>
            <source>Segments</source>
            <translation>片段</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>标签</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>导入时间</translation>
        </message>
    </context>
    <context>
        <name>DocumentParser</name>
        <message>
            <source>no recognisable text (no Chinese or Latin words) in this %1 file.</source>
            <translation>此 %1 文件中没有可识别的文本（没有中文或拉丁文字词）。</translation>
        </message>
    </context>
    <context>
        <name>DocumentRef</name>
        <message>
            <source>DOC is empty: give a document id (#3), a title or a file name.</source>
            <translation>DOC 为空：请提供文档编号（#3）、标题或文件名。</translation>
        </message>
        <message>
            <source>'%1' is not a document id: #ID takes a number, as `bitext list` shows.</source>
            <translation>“%1”不是文档编号：#ID 后须跟数字，即 `bitext list` 所显示的编号。</translation>
        </message>
        <message>
            <source>There is no document with id %1.</source>
            <translation>不存在编号为 %1 的文档。</translation>
        </message>
        <message>
            <source>There is no document with id %1, and no title or file name contains '%2'.</source>
            <translation>不存在编号为 %1 的文档，也没有标题或文件名包含“%2”的文档。</translation>
        </message>
        <message>
            <source>No document matches '%1'.</source>
            <translation>没有与“%1”匹配的文档。</translation>
        </message>
        <message>
            <source>id</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>title or file name</source>
            <translation>标题或文件名</translation>
        </message>
        <message>
            <source>part of the title or file name</source>
            <translation>标题或文件名的一部分</translation>
        </message>
        <message>
            <source>'%1' matches more than one document:
%2
Use #ID for a document id, or more of the title.</source>
            <translation>“%1”匹配多个文档：
%2
如指文档编号请使用 #ID，或提供更完整的标题。</translation>
        </message>
    </context>
    <context>
        <name>DocumentRepository</name>
        <message>
            <source>A document needs a title.</source>
            <translation>文档必须有标题。</translation>
        </message>
    </context>
    <context>
        <name>EditConflict</name>
        <message>
            <source>%1's version (%2), replaced by %3:</source>
            <translation>%1 的版本（%2），已被 %3 替换：</translation>
        </message>
        <message>
            <source>%1 changed this note at the same time; their text is kept below yours.</source>
            <translation>%1 同时修改了这条笔记；对方的文字保留在你的文字下方。</translation>
        </message>
        <message>
            <source>%1 changed this highlight at the same time; their version is kept in its note.</source>
            <translation>%1 同时修改了这处高亮；对方的版本保留在它的笔记中。</translation>
        </message>
    </context>
    <context>
        <name>EditDocumentCommand</name>
        <message>
            <source>Edit Document Information</source>
            <translation>编辑文档信息</translation>
        </message>
    </context>
    <context>
        <name>EditNoteCommand</name>
        <message>
            <source>Edit note</source>
            <translation>编辑笔记</translation>
        </message>
        <message>
            <source>Edit document note</source>
            <translation>编辑文档笔记</translation>
        </message>
    </context>
    <context>
        <name>EditStamp</name>
        <message>
            <source>Highlighted by %1, %2</source>
            <translation>由 %1 高亮，%2</translation>
        </message>
        <message>
            <source>changed by %1, %2</source>
            <translation>由 %1 修改，%2</translation>
        </message>
        <message>
            <source>Someone else</source>
            <translation>其他人</translation>
        </message>
    </context>
    <context>
        <name>ExportCollector</name>
        <message>
            <source>There is no tag with id %1.</source>
            <translation>不存在编号为 %1 的标签。</translation>
        </message>
        <message>
            <source>There is no document with id %1.</source>
            <translation>不存在编号为 %1 的文档。</translation>
        </message>
        <message>
            <source>Untagged</source>
            <translation>无标签</translation>
        </message>
    </context>
    <context>
        <name>ExportCommand</name>
        <message>
            <source>Export annotated notes (md, html, csv, pdf, odt, json, qdc, qdpx)</source>
            <translation>导出带批注的笔记（md、html、csv、pdf、odt、json、qdc、qdpx）</translation>
        </message>
        <message>
            <source>Output format: %1.</source>
            <translation>输出格式：%1。</translation>
        </message>
        <message>
            <source>FORMAT</source>
            <translation>FORMAT</translation>
        </message>
        <message>
            <source>File to write (replaced atomically).</source>
            <translation>要写入的文件（以原子方式替换）。</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>FILE</translation>
        </message>
        <message>
            <source>Export this document (id or title); repeat for several. Default: all.</source>
            <translation>导出此文档（编号或标题）；可重复使用以导出多个文档。默认：全部。</translation>
        </message>
        <message>
            <source>DOC</source>
            <translation>DOC</translation>
        </message>
        <message>
            <source>Export the quotes with this tag (path or id) or a tag below it; repeat for several.</source>
            <translation>导出带有此标签（路径或编号）或其下级标签的引文；可重复使用以指定多个标签。</translation>
        </message>
        <message>
            <source>TAG</source>
            <translation>TAG</translation>
        </message>
        <message>
            <source>Group quotes by 'document' (default) or 'tag'.</source>
            <translation>按“document”（默认）或“tag”对引文分组。</translation>
        </message>
        <message>
            <source>GROUP</source>
            <translation>GROUP</translation>
        </message>
        <message>
            <source>Print the aligned passage of the other language with each quote (default).</source>
            <translation>在每条引文后附上另一种语言中对齐的段落（默认）。</translation>
        </message>
        <message>
            <source>Print only the quoted side.</source>
            <translation>只输出引文所在的一侧。</translation>
        </message>
        <message>
            <source>takes no positional arguments.</source>
            <translation>不接受位置参数。</translation>
        </message>
        <message>
            <source>needs --format (%1).</source>
            <translation>需要 --format（%1）。</translation>
        </message>
        <message>
            <source>unknown format '%1' (use %2).</source>
            <translation>未知格式“%1”（请使用 %2）。</translation>
        </message>
        <message>
            <source>needs --output FILE.</source>
            <translation>需要 --output FILE。</translation>
        </message>
        <message>
            <source>--with-translation and --without-translation exclude each other.</source>
            <translation>--with-translation 和 --without-translation 不能同时使用。</translation>
        </message>
        <message>
            <source>--group-by takes 'document' or 'tag', not '%1'.</source>
            <translation>--group-by 只接受“document”或“tag”，而不是“%1”。</translation>
        </message>
        <message>
            <source>Exported %1 from %2 to %3</source>
            <translation>已将 %2 中的 %1 导出到 %3</translation>
        </message>
        <message numerus="yes">
            <source>%n quote(s)</source>
            <translation>
                <numerusform>%n 条引文</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n document(s)</source>
            <translation>
                <numerusform>%n 个文档</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportController</name>
        <message>
            <source>&amp;Export Notes…</source>
            <translation>导出笔记(&amp;E)…</translation>
        </message>
        <message>
            <source>Export annotated quotes and notes to Markdown, HTML, CSV, PDF, ODT or REFI-QDA</source>
            <translation>将带批注的引文和笔记导出为 Markdown、HTML、CSV、PDF、ODT 或 REFI-QDA</translation>
        </message>
        <message>
            <source>Exported to %1 (quotes: %2, documents: %3)</source>
            <translation>已导出到 %1（引文：%2，文档：%3）</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Markdown for Obsidian and Zotero</source>
            <translation>适用于 Obsidian 和 Zotero 的 Markdown</translation>
        </message>
        <message>
            <source>HTML web page</source>
            <translation>HTML 网页</translation>
        </message>
        <message>
            <source>CSV spreadsheet</source>
            <translation>CSV 电子表格</translation>
        </message>
        <message>
            <source>PDF document</source>
            <translation>PDF 文档</translation>
        </message>
        <message>
            <source>OpenDocument text for LibreOffice and Word</source>
            <translation>适用于 LibreOffice 和 Word 的 OpenDocument 文本</translation>
        </message>
        <message>
            <source>W3C Web Annotations, JSON-LD</source>
            <translation>W3C Web Annotation，JSON-LD</translation>
        </message>
        <message>
            <source>REFI-QDA codebook</source>
            <translation>REFI-QDA 编码表</translation>
        </message>
        <message>
            <source>REFI-QDA project for NVivo, ATLAS.ti, MAXQDA, QualCoder</source>
            <translation>适用于 NVivo、ATLAS.ti、MAXQDA、QualCoder 的 REFI-QDA 项目</translation>
        </message>
        <message>
            <source>Export Notes</source>
            <translation>导出笔记</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>预览</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>导出(&amp;E)…</translation>
        </message>
        <message>
            <source>%1 (.%2)</source>
            <translation>%1 (.%2)</translation>
        </message>
        <message>
            <source>By document</source>
            <translation>按文档</translation>
        </message>
        <message>
            <source>By tag</source>
            <translation>按标签</translation>
        </message>
        <message>
            <source>Include the aligned passage in the &amp;other language</source>
            <translation>包含另一种语言中对齐的段落(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Format:</source>
            <translation>格式(&amp;F)：</translation>
        </message>
        <message>
            <source>&amp;Group quotes:</source>
            <translation>引文分组(&amp;G)：</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>导出</translation>
        </message>
        <message>
            <source>The current document</source>
            <translation>当前文档</translation>
        </message>
        <message>
            <source>The current document: %1</source>
            <translation>当前文档：%1</translation>
        </message>
        <message>
            <source>The documents selected in the library (%1)</source>
            <translation>文库中选定的文档（%1）</translation>
        </message>
        <message>
            <source>Quotes with these tags, in every document:</source>
            <translation>所有文档中带有以下标签的引文：</translation>
        </message>
        <message>
            <source>The whole library</source>
            <translation>整个文库</translation>
        </message>
        <message>
            <source>Annotated notes</source>
            <translation>带批注的笔记</translation>
        </message>
        <message>
            <source>Tick one or more tags to export the quotes that carry them.</source>
            <translation>勾选一个或多个标签，导出带有这些标签的引文。</translation>
        </message>
        <message>
            <source>There are no annotated quotes here yet.</source>
            <translation>此处还没有带批注的引文。</translation>
        </message>
        <message>
            <source>No quotes to export.</source>
            <translation>没有可导出的引文。</translation>
        </message>
        <message>
            <source>Quotes to export: %1 · Documents: %2</source>
            <translation>要导出的引文：%1 · 文档：%2</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>正在导出…</translation>
        </message>
        <message>
            <source>Export Failed</source>
            <translation>导出失败</translation>
        </message>
        <message>
            <source>The notes were not exported; nothing was written.</source>
            <translation>笔记未导出；未写入任何内容。</translation>
        </message>
        <message>
            <source>%1 (*.%2)</source>
            <translation>%1 (*.%2)</translation>
        </message>
        <message>
            <source>Export progress</source>
            <translation>导出进度</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>正在取消…</translation>
        </message>
        <message>
            <source>Export cancelled; nothing was written.</source>
            <translation>导出已取消；未写入任何内容。</translation>
        </message>
    </context>
    <context>
        <name>ExportJob</name>
        <message>
            <source>There are no quotes to export.</source>
            <translation>没有可导出的引文。</translation>
        </message>
    </context>
    <context>
        <name>ExportPreview</name>
        <message>
            <source>… (the preview stops here; the file holds everything)</source>
            <translation>…（预览到此为止；文件中包含全部内容）</translation>
        </message>
        <message>
            <source>REFI-QDA project</source>
            <translation>REFI-QDA 项目</translation>
        </message>
        <message>
            <source>For NVivo, ATLAS.ti, MAXQDA and QualCoder: a project file and one text source per document side, with the quotes as coded selections.</source>
            <translation>适用于 NVivo、ATLAS.ti、MAXQDA 和 QualCoder：一个项目文件，文档的每一侧各对应一个文本来源，引文作为已编码的选区。</translation>
        </message>
        <message>
            <source>Quotes: %1 · Documents: %2</source>
            <translation>引文：%1 · 文档：%2</translation>
        </message>
        <message>
            <source>Codes used: %1 of the %2 in the codebook (all of them go into the project).</source>
            <translation>已使用的编码：%1 个，编码表中共 %2 个（全部编码都会写入项目）。</translation>
        </message>
    </context>
    <context>
        <name>ExternalLink</name>
        <message>
            <source>Link Not Opened</source>
            <translation>未打开链接</translation>
        </message>
        <message>
            <source>Bitext opens only web addresses (http and https) from documents and notes.</source>
            <translation>对于文档和笔记中的链接，Bitext 只打开网址（http 和 https）。</translation>
        </message>
        <message>
            <source>Open Link</source>
            <translation>打开链接</translation>
        </message>
        <message>
            <source>Open this address in your browser?</source>
            <translation>要在浏览器中打开这个网址吗？</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>打开(&amp;O)</translation>
        </message>
    </context>
    <context>
        <name>FileController</name>
        <message>
            <source>New Library</source>
            <translation>新建文库</translation>
        </message>
        <message>
            <source>/library.sqlite</source>
            <translation>/library.sqlite</translation>
        </message>
        <message>
            <source>Bitext libraries (*.sqlite)</source>
            <translation>Bitext 文库 (*.sqlite)</translation>
        </message>
        <message>
            <source>Cannot replace %1.</source>
            <translation>无法替换 %1。</translation>
        </message>
        <message>
            <source>Open Library</source>
            <translation>打开文库</translation>
        </message>
        <message>
            <source>Bitext libraries (*.sqlite);;All files (*)</source>
            <translation>Bitext 文库 (*.sqlite);;所有文件 (*)</translation>
        </message>
        <message>
            <source>An import is already running.</source>
            <translation>已有导入任务正在进行。</translation>
        </message>
        <message>
            <source>Lost the connection to the library server; reconnecting… (%1)</source>
            <translation>与文库服务器的连接已断开，正在重新连接…（%1）</translation>
        </message>
        <message>
            <source>Connected to the library server again.</source>
            <translation>已重新连接到文库服务器。</translation>
        </message>
        <message>
            <source>Cannot Import</source>
            <translation>无法导入</translation>
        </message>
    </context>
    <context>
        <name>FilterPanel</name>
        <message>
            <source>C&amp;odes:</source>
            <translation>编码(&amp;O)：</translation>
        </message>
        <message>
            <source>&amp;Documents:</source>
            <translation>文档(&amp;D)：</translation>
        </message>
        <message>
            <source>S&amp;peakers:</source>
            <translation>发言人(&amp;P)：</translation>
        </message>
        <message>
            <source>Code&amp;rs:</source>
            <translation>编码者(&amp;R)：</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>语言(&amp;L)：</translation>
        </message>
        <message>
            <source>Codes</source>
            <translation>编码</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>文档</translation>
        </message>
        <message>
            <source>Speakers</source>
            <translation>发言人</translation>
        </message>
        <message>
            <source>Coders</source>
            <translation>编码者</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <source>Both sides</source>
            <translation>双语</translation>
        </message>
        <message>
            <source>Chinese</source>
            <translation>中文</translation>
        </message>
        <message>
            <source>English</source>
            <translation>英文</translation>
        </message>
        <message>
            <source>(no speaker)</source>
            <translation>（无发言人）</translation>
        </message>
        <message>
            <source>(unsigned)</source>
            <translation>（未署名）</translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <source>Find in document</source>
            <translation>在文档中查找</translation>
        </message>
        <message>
            <source>Previous match (Shift+Enter)</source>
            <translation>上一个匹配项（Shift+Enter）</translation>
        </message>
        <message>
            <source>Next match (Enter)</source>
            <translation>下一个匹配项（Enter）</translation>
        </message>
        <message>
            <source>Close (Esc)</source>
            <translation>关闭（Esc）</translation>
        </message>
        <message>
            <source>No matches</source>
            <translation>无匹配项</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1/%2</translation>
        </message>
        <message>
            <source>Previous match</source>
            <translation>上一个匹配项</translation>
        </message>
        <message>
            <source>Next match</source>
            <translation>下一个匹配项</translation>
        </message>
        <message>
            <source>Close the find bar</source>
            <translation>关闭查找栏</translation>
        </message>
        <message>
            <source>Preparing…</source>
            <translation>正在准备…</translation>
        </message>
    </context>
    <context>
        <name>FrontMatter</name>
        <message>
            <source>the front matter opened here is never closed with "---".</source>
            <translation>此处开始的 front matter 没有以“---”结束。</translation>
        </message>
        <message>
            <source>the front matter is not valid YAML: %1</source>
            <translation>front matter 不是有效的 YAML：%1</translation>
        </message>
        <message>
            <source>the front matter is not a YAML mapping of fields.</source>
            <translation>front matter 不是由字段组成的 YAML 映射。</translation>
        </message>
        <message>
            <source>the front matter has an unusable key: %1</source>
            <translation>front matter 包含无法使用的键：%1</translation>
        </message>
        <message>
            <source>the front matter stands for more than %1 values (through aliases, "*name"); it is refused.</source>
            <translation>front matter 展开后超过 %1 个值（通过别名“*name”）；已拒绝。</translation>
        </message>
    </context>
    <context>
        <name>GeneralPage</name>
        <message>
            <source>Interface &amp;language:</source>
            <translation>界面语言(&amp;L)：</translation>
        </message>
        <message>
            <source>System</source>
            <translation>跟随系统</translation>
        </message>
        <message>
            <source>&amp;Author name:</source>
            <translation>作者姓名(&amp;A)：</translation>
        </message>
        <message>
            <source>Written as the author of every new annotation and shown in exports.</source>
            <translation>作为每条新批注的作者记录，并显示在导出内容中。</translation>
        </message>
        <message>
            <source>Li&amp;brary:</source>
            <translation>文库(&amp;B)：</translation>
        </message>
        <message>
            <source>The library opened at start when there is no recent one; New and Open Library start in its folder.</source>
            <translation>没有最近使用的文库时，启动时打开此文库；“新建文库”和“打开文库”从它所在的文件夹开始。</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>浏览…</translation>
        </message>
        <message>
            <source>Library Location</source>
            <translation>文库位置</translation>
        </message>
        <message>
            <source>Bitext libraries (*.sqlite)</source>
            <translation>Bitext 文库 (*.sqlite)</translation>
        </message>
        <message>
            <source>Backups &amp;kept:</source>
            <translation>保留的备份数(&amp;K)：</translation>
        </message>
        <message>
            <source>How many backups of a library file are kept: one a day, one before each upgrade and those made by hand. Help › Restore from Backup lists them. Server libraries are backed up with the server's own tools.</source>
            <translation>保留多少个文库文件的备份：每天一个、每次升级前一个，以及手动创建的备份。帮助 › 从备份恢复 会列出它们。服务器文库请用服务器自己的工具备份。</translation>
        </message>
    </context>
    <context>
        <name>HeatMapChart</name>
        <message>
            <source>Heat map: coverage of codes by speaker</source>
            <translation>热图：各发言人的编码覆盖率</translation>
        </message>
        <message>
            <source>Heat map: quotes of codes by speaker</source>
            <translation>热图：各发言人的编码引文数</translation>
        </message>
        <message>
            <source>Heat map: coverage of codes by document</source>
            <translation>热图：各文档的编码覆盖率</translation>
        </message>
        <message>
            <source>Heat map: quotes of codes by document</source>
            <translation>热图：各文档的编码引文数</translation>
        </message>
        <message>
            <source>Heat map: coverage of codes by code</source>
            <translation>热图：编码之间的覆盖率</translation>
        </message>
        <message>
            <source>Heat map: co-occurring codes</source>
            <translation>热图：共现编码</translation>
        </message>
        <message>
            <source>Heat map: nothing to show for this filter</source>
            <translation>热图：此筛选条件下没有可显示的内容</translation>
        </message>
        <message>
            <source>%1 — %2: %3</source>
            <translation>%1 — %2：%3</translation>
        </message>
    </context>
    <context>
        <name>HtmlExporter</name>
        <message numerus="yes">
            <source>Exported from Bitext on %1 · %n quote(s)</source>
            <translation>
                <numerusform>于 %1 从 Bitext 导出 · %n 条引文</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportCommand</name>
        <message>
            <source>Import transcripts, REFI-QDA projects and codebooks, and Web Annotation JSON (formats: %1)</source>
            <translation>导入转写稿、REFI-QDA 项目和编码表，以及 Web Annotation JSON（格式：%1）</translation>
        </message>
        <message>
            <source>Read every FILE as NAME instead of detecting its form: %1.</source>
            <translation>将每个 FILE 都按 NAME 读取，而不自动检测其格式：%1。</translation>
        </message>
        <message>
            <source>Update a changed version of a document already in the library, keeping its annotations.</source>
            <translation>更新文库中已有文档的修改版本，并保留其批注。</translation>
        </message>
        <message>
            <source>expects at least one FILE.</source>
            <translation>需要至少一个 FILE。</translation>
        </message>
        <message>
            <source>unknown format "%1"; the formats are: %2.</source>
            <translation>未知格式“%1”；可用格式为：%2。</translation>
        </message>
        <message numerus="yes">
            <source>%1: document %2 "%3" (%4, %5): %n segment(s)</source>
            <translation>
                <numerusform>%1：文档 %2“%3”（%4，%5）：%n 个片段</numerusform>
            </translation>
        </message>
        <message>
            <source>; speakers: %1</source>
            <translation>；发言人：%1</translation>
        </message>
        <message>
            <source>; languages: %1</source>
            <translation>；语言：%1</translation>
        </message>
        <message>
            <source>%1: attached the media file beside it, %2</source>
            <translation>%1：已附加同一文件夹中的媒体文件 %2</translation>
        </message>
    </context>
    <context>
        <name>ImportController</name>
        <message>
            <source>Transcripts and projects (*.txt *.md *.markdown *.srt *.vtt *.qdpx *.qdc *.json *.jsonld);;REFI-QDA projects and codebooks (*.qdpx *.qdc);;Web Annotation (*.json *.jsonld);;All files (*)</source>
            <translation>转写稿和项目 (*.txt *.md *.markdown *.srt *.vtt *.qdpx *.qdc *.json *.jsonld);;REFI-QDA 项目和编码表 (*.qdpx *.qdc);;Web Annotation (*.json *.jsonld);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Import Transcripts</source>
            <translation>导入转写稿</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>正在导入…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>导入</translation>
        </message>
        <message>
            <source>Importing %1 (%2 of %3)…</source>
            <translation>正在导入 %1（第 %2 个，共 %3 个）…</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) are changed versions of documents already in the library. Replace those documents? Their annotations are kept and moved to the new text where it can be found.</source>
            <translation>
                <numerusform>有 %n 个文件是文库中已有文档的修改版本。要替换这些文档吗？其批注会保留，并在新文本中能找到对应内容的位置重新定位。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportMonitor</name>
        <message>
            <source>The import was cancelled.</source>
            <translation>导入已取消。</translation>
        </message>
    </context>
    <context>
        <name>ImportReportDialog</name>
        <message>
            <source>Import</source>
            <translation>导入</translation>
        </message>
    </context>
    <context>
        <name>ImportService</name>
        <message>
            <source>%1: unknown format "%2"; the formats are: %3.</source>
            <translation>%1：未知格式“%2”；可用格式为：%3。</translation>
        </message>
        <message>
            <source>%1: cannot read the file: %2</source>
            <translation>%1：无法读取文件：%2</translation>
        </message>
        <message>
            <source>%1: already in the library as document %2 (same content); skipped.</source>
            <translation>%1：已作为文档 %2 存在于文库中（内容相同）；已跳过。</translation>
        </message>
        <message>
            <source>%1: not enough memory to import this file.</source>
            <translation>%1：内存不足，无法导入此文件。</translation>
        </message>
        <message>
            <source>%1: a different version of this document is already in the library as document %2 ("%3"); nothing was imported. Import with --replace to update it.</source>
            <translation>%1：此文档的另一个版本已作为文档 %2（“%3”）存在于文库中；未导入任何内容。如需更新，请使用 --replace 导入。</translation>
        </message>
        <message>
            <source>%1: replaced the text of document %2; %3 kept, %4 orphaned.</source>
            <translation>%1：已替换文档 %2 的文本；保留了 %3，%4 条失去位置。</translation>
        </message>
        <message numerus="yes">
            <source>%n annotation(s)</source>
            <translation>
                <numerusform>%n 条批注</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportSummary</name>
        <message numerus="yes">
            <source>Imported %n document(s)</source>
            <translation>
                <numerusform>已导入 %n 个文档</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Replaced %n document(s)</source>
            <translation>
                <numerusform>已替换 %n 个文档</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n quote(s)</source>
            <translation>
                <numerusform>%n 条引文</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new tag(s)</source>
            <translation>
                <numerusform>%n 个新标签</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already in the library</source>
            <translation>
                <numerusform>%n 个已在文库中</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n changed version(s) not imported</source>
            <translation>
                <numerusform>%n 个修改版本未导入</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n failed</source>
            <translation>
                <numerusform>%n 个失败</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cancelled</source>
            <translation>
                <numerusform>%n 个已取消</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing imported: %1</source>
            <translation>未导入任何内容：%1</translation>
        </message>
        <message>
            <source>%1.</source>
            <comment>the summary's sentence</comment>
            <translation>%1。</translation>
        </message>
        <message>
            <source>; </source>
            <comment>between the summary's parts</comment>
            <translation>；</translation>
        </message>
    </context>
    <context>
        <name>InputFile</name>
        <message>
            <source>%1: the file is %2 MiB; Bitext imports files of up to %3 MiB. Split it into smaller files and import them one by one.</source>
            <translation>%1：文件大小为 %2 MiB；Bitext 只能导入不超过 %3 MiB 的文件。请把它拆分成较小的文件，再逐个导入。</translation>
        </message>
        <message>
            <source>%1: cannot read the file: %2</source>
            <translation>%1：无法读取文件：%2</translation>
        </message>
    </context>
    <context>
        <name>Library</name>
        <message>
            <source>%1 is a folder, not a library file.</source>
            <translation>%1 是文件夹，不是文库文件。</translation>
        </message>
        <message>
            <source>Cannot create the folder %1.</source>
            <translation>无法创建文件夹 %1。</translation>
        </message>
        <message>
            <source>it is on a read-only disk</source>
            <translation>它位于只读磁盘上</translation>
        </message>
        <message>
            <source>you have no permission to change its file</source>
            <translation>你没有修改其文件的权限</translation>
        </message>
        <message>
            <source>you have no permission to write in its folder</source>
            <translation>你没有在其所在文件夹中写入的权限</translation>
        </message>
        <message>
            <source>its disk is full</source>
            <translation>其所在磁盘已满</translation>
        </message>
    </context>
    <context>
        <name>LibraryBackups</name>
        <message>
            <source>There is no library file %1 to back up.</source>
            <translation>没有可备份的文库文件 %1。</translation>
        </message>
        <message>
            <source>Cannot create the backups folder %1.</source>
            <translation>无法创建备份文件夹 %1。</translation>
        </message>
        <message>
            <source>The backup of %1 failed its check: it %2.</source>
            <translation>%1 的备份未通过检查：它%2。</translation>
        </message>
        <message>
            <source>Cannot name the backup %1.</source>
            <translation>无法为备份命名 %1。</translation>
        </message>
        <message>
            <source>Cannot move %1 aside.</source>
            <translation>无法把 %1 移到一旁。</translation>
        </message>
        <message>
            <source>The library %1 is open in Bitext or a bitext command; close it before restoring a backup.</source>
            <translation>文库 %1 正在 Bitext 或 bitext 命令中打开；请先关闭它再恢复备份。</translation>
        </message>
        <message>
            <source>The backup %1 cannot be restored: it %2.</source>
            <translation>备份 %1 无法恢复：它%2。</translation>
        </message>
        <message>
            <source>Cannot copy the backup %1 next to the library %2.</source>
            <translation>无法把备份 %1 复制到文库 %2 旁边。</translation>
        </message>
        <message>
            <source>Cannot put the backup %1 in place of %2.</source>
            <translation>无法用备份 %1 替换 %2。</translation>
        </message>
    </context>
    <context>
        <name>LibraryCheck</name>
        <message>
            <source>has a -wal file beside it that does not belong to it (%1)</source>
            <translation>旁边的 -wal 文件不属于它（%1）</translation>
        </message>
        <message>
            <source>The library file %1 is damaged: it %2.</source>
            <translation>文库文件 %1 已损坏：它%2。</translation>
        </message>
        <message>
            <source>The library file %1 is damaged: it is empty.</source>
            <translation>文库文件 %1 已损坏：它是空的。</translation>
        </message>
        <message>
            <source>cannot be read (%1)</source>
            <translation>无法读取（%1）</translation>
        </message>
        <message>
            <source>is not an SQLite database, so not a Bitext library</source>
            <translation>不是 SQLite 数据库，因此不是 Bitext 文库</translation>
        </message>
        <message>
            <source>has a damaged header</source>
            <translation>文件头已损坏</translation>
        </message>
        <message>
            <source>is truncated: %1 bytes, where its header counts %2 pages of %3 bytes</source>
            <translation>被截断了：只有 %1 字节，而文件头记录了 %2 页、每页 %3 字节</translation>
        </message>
        <message>
            <source>has a -wal file beside it that does not belong to it (page size %1, not %2)</source>
            <translation>旁边的 -wal 文件不属于它（页大小为 %1，而不是 %2）</translation>
        </message>
        <message>
            <source>failed SQLite's check: %1</source>
            <translation>未通过 SQLite 的检查：%1</translation>
        </message>
        <message>
            <source>has no readable schema version: %1</source>
            <translation>没有可读取的架构版本：%1</translation>
        </message>
        <message>
            <source>The check of %1 was cancelled; the library was not opened.</source>
            <translation>已取消对 %1 的检查，文库未打开。</translation>
        </message>
    </context>
    <context>
        <name>LibraryCheckProgress</name>
        <message>
            <source>Opening Library</source>
            <translation>打开文库</translation>
        </message>
        <message>
            <source>Checking %1 before opening it…</source>
            <translation>正在检查 %1，检查后打开…</translation>
        </message>
    </context>
    <context>
        <name>LibraryCommand</name>
        <message>
            <source>%1 changed this at %2, after your edit; it was left as they made it instead of being undone.</source>
            <translation>%1 在你编辑之后于 %2 修改了此项；因此保留对方的修改，没有撤销。</translation>
        </message>
    </context>
    <context>
        <name>LibraryCopier</name>
        <message>
            <source>The source library's tags form a loop.</source>
            <translation>源文库的标签形成了循环。</translation>
        </message>
        <message>
            <source>%1 is not empty; copy into a new library, or an empty database.</source>
            <translation>%1 不是空的；请复制到新的文库或空的数据库中。</translation>
        </message>
    </context>
    <context>
        <name>LibraryMerger</name>
        <message>
            <source>%1 cannot be merged into itself.</source>
            <translation>%1 不能合并到它自身。</translation>
        </message>
    </context>
    <context>
        <name>LibraryPanel</name>
        <message>
            <source>Filter by title, speaker, tag…</source>
            <translation>按标题、发言人、标签筛选…</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>导入时间</translation>
        </message>
        <message>
            <source>Sort the library</source>
            <translation>对文库排序</translation>
        </message>
        <message>
            <source>Filter the library</source>
            <translation>筛选文库</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>文档</translation>
        </message>
    </context>
    <context>
        <name>LibraryProbe</name>
        <message>
            <source>The database %1 holds other tables; Bitext does not change it.</source>
            <translation>数据库 %1 中有其他表；Bitext 不会改动它。</translation>
        </message>
        <message>
            <source>The library was written by a newer Bitext; update Bitext to open it.</source>
            <translation>该文库由更新版本的 Bitext 写入；请更新 Bitext 后再打开。</translation>
        </message>
        <message numerus="yes">
            <source>Connected: a Bitext library with %n document(s).</source>
            <translation>
                <numerusform>已连接：一个包含 %n 个文档的 Bitext 文库。</numerusform>
            </translation>
        </message>
        <message>
            <source>Connected: an empty database; Bitext will create a library in it.</source>
            <translation>已连接：这是一个空数据库；Bitext 将在其中创建文库。</translation>
        </message>
        <message>
            <source>Connected, but this is not a Bitext library. %1</source>
            <translation>已连接，但这不是 Bitext 文库。%1</translation>
        </message>
    </context>
    <context>
        <name>LibrarySearchPanel</name>
        <message>
            <source>Search: 对齐, 對齊, alignment, "a phrase", align*, a OR b, a NOT b</source>
            <translation>搜索：对齐、對齊、alignment、"短语"、align*、a OR b、a NOT b</translation>
        </message>
        <message>
            <source>Both sides</source>
            <translation>双语</translation>
        </message>
        <message>
            <source>Chinese</source>
            <translation>中文</translation>
        </message>
        <message>
            <source>English</source>
            <translation>英文</translation>
        </message>
        <message>
            <source>No matches.</source>
            <translation>无匹配项。</translation>
        </message>
        <message numerus="yes">
            <source>The first %n matches.</source>
            <translation>
                <numerusform>仅显示前 %n 个匹配项。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n match(es).</source>
            <translation>
                <numerusform>%n 个匹配项。</numerusform>
            </translation>
        </message>
        <message>
            <source>Search the library</source>
            <translation>搜索文库</translation>
        </message>
        <message>
            <source>Search in</source>
            <translation>搜索范围</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>搜索结果</translation>
        </message>
        <message>
            <source>Auto-code Results…</source>
            <translation>自动编码结果…</translation>
        </message>
        <message>
            <source>Highlight the first match of every result in a text with a tag, as one undoable step</source>
            <translation>用一个标签高亮每个文本结果中的第一个匹配项，作为一步可撤销的操作</translation>
        </message>
    </context>
    <context>
        <name>ListCommand</name>
        <message>
            <source>List the documents of the library</source>
            <translation>列出文库中的文档</translation>
        </message>
        <message>
            <source>The library %1 has no documents yet. Add some with `bitext import FILE...`.</source>
            <translation>文库 %1 中还没有文档。请使用 `bitext import FILE...` 添加。</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>TITLE</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>FORMAT</source>
            <translation>格式</translation>
        </message>
        <message>
            <source>SEGMENTS</source>
            <translation>片段数</translation>
        </message>
        <message>
            <source>SPEAKERS</source>
            <translation>发言人</translation>
        </message>
    </context>
    <context>
        <name>MainActions</name>
        <message>
            <source>&amp;New Library…</source>
            <translation>新建文库(&amp;N)…</translation>
        </message>
        <message>
            <source>&amp;Open Library…</source>
            <translation>打开文库(&amp;O)…</translation>
        </message>
        <message>
            <source>&amp;Import Transcripts…</source>
            <translation>导入转写稿(&amp;I)…</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>导入</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>复制(&amp;C)</translation>
        </message>
        <message>
            <source>Document &amp;Information…</source>
            <translation>文档信息(&amp;I)…</translation>
        </message>
        <message>
            <source>&amp;Delete Documents…</source>
            <translation>删除文档(&amp;D)…</translation>
        </message>
        <message>
            <source>&amp;Chinese | English</source>
            <translation>中文 | 英文(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;English | Chinese</source>
            <translation>英文 | 中文(&amp;E)</translation>
        </message>
        <message>
            <source>Chinese &amp;Only</source>
            <translation>仅中文(&amp;O)</translation>
        </message>
        <message>
            <source>English O&amp;nly</source>
            <translation>仅英文(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Interlinear</source>
            <translation>行间对照(&amp;I)</translation>
        </message>
        <message>
            <source>Zoom &amp;In</source>
            <translation>放大(&amp;I)</translation>
        </message>
        <message>
            <source>Zoom &amp;Out</source>
            <translation>缩小(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Actual Size</source>
            <translation>实际大小(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Next Segment</source>
            <translation>下一个片段(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Previous Segment</source>
            <translation>上一个片段(&amp;P)</translation>
        </message>
        <message>
            <source>Next &amp;Turn of This Speaker</source>
            <translation>此发言人的下一次发言(&amp;T)</translation>
        </message>
        <message>
            <source>Previous T&amp;urn of This Speaker</source>
            <translation>此发言人的上一次发言(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Go to Segment…</source>
            <translation>转到片段(&amp;G)…</translation>
        </message>
        <message>
            <source>&amp;Rename Speaker…</source>
            <translation>重命名发言人(&amp;R)…</translation>
        </message>
        <message>
            <source>Change &amp;Colour…</source>
            <translation>更改颜色(&amp;C)…</translation>
        </message>
        <message>
            <source>&amp;Merge Into…</source>
            <translation>合并到(&amp;M)…</translation>
        </message>
        <message>
            <source>&amp;Assign to Selected Segments…</source>
            <translation>分配给所选片段(&amp;A)…</translation>
        </message>
        <message>
            <source>Assign</source>
            <translation>分配</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>重命名</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>颜色</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>合并</translation>
        </message>
        <message>
            <source>&amp;Keyboard Shortcuts</source>
            <translation>键盘快捷键(&amp;K)</translation>
        </message>
        <message>
            <source>&amp;About Bitext</source>
            <translation>关于 Bitext(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>最近打开(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Layout</source>
            <translation>布局(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Panels</source>
            <translation>面板(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>转到(&amp;G)</translation>
        </message>
        <message>
            <source>&amp;Annotate</source>
            <translation>批注(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Speakers</source>
            <translation>发言人(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;Manual</source>
            <translation>使用手册(&amp;M)</translation>
        </message>
        <message>
            <source>Connect to &amp;Team Library…</source>
            <translation>连接到团队文库(&amp;T)…</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Main Toolbar</source>
            <translation>主工具栏</translation>
        </message>
        <message>
            <source>Bitext</source>
            <translation>Bitext</translation>
        </message>
        <message>
            <source>&lt;p style="font-size:large"&gt;No document open&lt;/p&gt;&lt;p&gt;Choose one in the library, or import transcripts with &lt;b&gt;File › Import Transcripts…&lt;/b&gt; or by dropping files here.&lt;/p&gt;</source>
            <translation>&lt;p style="font-size:large"&gt;未打开文档&lt;/p&gt;&lt;p&gt;请在文库中选择一个文档，或通过&lt;b&gt;文件 › 导入转写稿…&lt;/b&gt;或将文件拖放到此处来导入转写稿。&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Library</source>
            <translation>文库</translation>
        </message>
        <message>
            <source>Speakers</source>
            <translation>发言人</translation>
        </message>
        <message>
            <source>Speaker Timeline</source>
            <translation>发言人时间线</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>导出</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>搜索</translation>
        </message>
        <message>
            <source>Cannot Open Library</source>
            <translation>无法打开文库</translation>
        </message>
        <message>
            <source>The library was upgraded; a copy of the old file is at %1</source>
            <translation>文库已升级；旧文件的副本位于 %1</translation>
        </message>
        <message>
            <source>Cannot Open Document</source>
            <translation>无法打开文档</translation>
        </message>
        <message>
            <source>Segment %1 of %2</source>
            <translation>第 %1 个片段，共 %2 个</translation>
        </message>
        <message>
            <source>Zoom %1%</source>
            <translation>缩放 %1%</translation>
        </message>
        <message>
            <source>%1 — Bitext</source>
            <translation>%1 — Bitext</translation>
        </message>
        <message>
            <source>Go to Segment</source>
            <translation>转到片段</translation>
        </message>
        <message>
            <source>Segment (1–%1):</source>
            <translation>片段（1–%1）：</translation>
        </message>
        <message>
            <source>%1 on %2</source>
            <translation>%2 上的 %1</translation>
        </message>
        <message>
            <source>Connecting to %1…</source>
            <translation>正在连接到 %1…</translation>
        </message>
        <message>
            <source>Opening %1 was cancelled.</source>
            <translation>已取消打开 %1。</translation>
        </message>
    </context>
    <context>
        <name>ManualDialog</name>
        <message>
            <source>Bitext Manual</source>
            <translation>Bitext 使用手册</translation>
        </message>
        <message>
            <source>&amp;Find:</source>
            <translation>查找(&amp;F)：</translation>
        </message>
        <message>
            <source>Find in the manual…</source>
            <translation>在手册中查找…</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>目录</translation>
        </message>
        <message>
            <source>Manual</source>
            <translation>使用手册</translation>
        </message>
        <message>
            <source>No matches</source>
            <translation>没有匹配项</translation>
        </message>
        <message numerus="yes">
            <source>%n match(es)</source>
            <translation>
                <numerusform>%n 个匹配项</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MarkSegmentsCommand</name>
        <message numerus="yes">
            <source>Mark %n Segment(s) Untranslated</source>
            <translation>
                <numerusform>将 %n 个片段标为未翻译</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Unmark %n Segment(s) Untranslated</source>
            <translation>
                <numerusform>取消 %n 个片段的未翻译标记</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Accept %n Pairing(s)</source>
            <translation>
                <numerusform>接受 %n 处配对</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MarkdownArticleParser</name>
        <message>
            <source>this &lt;details&gt; block is never closed with &lt;/details&gt;.</source>
            <translation>此 &lt;details&gt; 块没有以 &lt;/details&gt; 结束。</translation>
        </message>
    </context>
    <context>
        <name>MatrixQuoteModel</name>
        <message>
            <source>Document</source>
            <translation>文档</translation>
        </message>
        <message>
            <source>Speaker</source>
            <translation>发言人</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>引文</translation>
        </message>
        <message>
            <source>Codes</source>
            <translation>编码</translation>
        </message>
        <message>
            <source>Coder</source>
            <translation>编码者</translation>
        </message>
    </context>
    <context>
        <name>MatrixTableModel</name>
        <message>
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <source>%1 × %2: %3</source>
            <translation>%1 × %2：%3</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>编码</translation>
        </message>
    </context>
    <context>
        <name>MatrixView</name>
        <message>
            <source>Col&amp;umns:</source>
            <translation>列(&amp;U)：</translation>
        </message>
        <message>
            <source>Speakers</source>
            <translation>发言人</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>文档</translation>
        </message>
        <message>
            <source>Codes</source>
            <translation>编码</translation>
        </message>
        <message>
            <source>S&amp;how:</source>
            <translation>显示(&amp;H)：</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>Coverage</source>
            <translation>覆盖率</translation>
        </message>
        <message>
            <source>Count: how many quotes. Coverage: the share of the text coded, in Chinese characters and English words.</source>
            <translation>数量：引文的条数。覆盖率：已编码文本所占的比例，中文按字计，英文按词计。</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>列</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>显示</translation>
        </message>
        <message>
            <source>&amp;Export CSV…</source>
            <translation>导出 CSV(&amp;E)…</translation>
        </message>
        <message>
            <source>Coding matrix</source>
            <translation>编码矩阵</translation>
        </message>
        <message>
            <source>Quotes of the cell</source>
            <translation>该单元格的引文</translation>
        </message>
        <message>
            <source>Choose a cell to list its quotes.</source>
            <translation>选择一个单元格以列出其引文。</translation>
        </message>
        <message>
            <source>No codes to show: make codes and highlight with them.</source>
            <translation>没有可显示的编码：请先创建编码并用它们高亮标记。</translation>
        </message>
        <message>
            <source>all codes</source>
            <translation>所有编码</translation>
        </message>
        <message>
            <source>all columns</source>
            <translation>所有列</translation>
        </message>
        <message numerus="yes">
            <source>%1 × %2: %n quote(s)</source>
            <translation>
                <numerusform>%1 × %2：%n 条引文</numerusform>
            </translation>
        </message>
        <message>
            <source>coding matrix</source>
            <translation>编码矩阵</translation>
        </message>
        <message>
            <source>Export Matrix as CSV</source>
            <translation>将矩阵导出为 CSV</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <source>Cannot Export</source>
            <translation>无法导出</translation>
        </message>
    </context>
    <context>
        <name>MediaController</name>
        <message>
            <source>The media file %1 cannot be found. It may have been moved, renamed or deleted.</source>
            <translation>找不到媒体文件 %1。它可能已被移动、重命名或删除。</translation>
        </message>
    </context>
    <context>
        <name>MediaFormat</name>
        <message>
            <source>%1 is not an audio or video file: it holds %2 (%3).</source>
            <translation>%1 不是音频或视频文件：其内容为 %2（%3）。</translation>
        </message>
        <message>
            <source>%1 cannot be played: no decoder for its format, %2, is installed. On Debian, install gstreamer1.0-libav, gstreamer1.0-plugins-good and gstreamer1.0-plugins-bad.</source>
            <translation>无法播放 %1：未安装其格式 %2 的解码器。在 Debian 上请安装 gstreamer1.0-libav、gstreamer1.0-plugins-good 和 gstreamer1.0-plugins-bad。</translation>
        </message>
        <message>
            <source>The player said: %1</source>
            <translation>播放器报告：%1</translation>
        </message>
    </context>
    <context>
        <name>MediaRepository</name>
        <message>
            <source>There is no media file %1.</source>
            <translation>媒体文件 %1 不存在。</translation>
        </message>
        <message>
            <source>There is no document %1.</source>
            <translation>不存在文档 %1。</translation>
        </message>
    </context>
    <context>
        <name>MediaSession</name>
        <message>
            <source>This segment has no time to play from.</source>
            <translation>此片段没有可供播放的时间。</translation>
        </message>
        <message>
            <source>&amp;Media</source>
            <translation>媒体(&amp;M)</translation>
        </message>
        <message>
            <source>Player</source>
            <translation>播放器</translation>
        </message>
        <message>
            <source>&amp;Back 2 Seconds</source>
            <translation>后退 2 秒(&amp;B)</translation>
        </message>
        <message>
            <source>&amp;Forward 5 Seconds</source>
            <translation>前进 5 秒(&amp;F)</translation>
        </message>
        <message>
            <source>Play from &amp;Segment</source>
            <translation>从片段开始播放(&amp;S)</translation>
        </message>
        <message>
            <source>F&amp;ollow Along</source>
            <translation>跟随播放(&amp;O)</translation>
        </message>
        <message>
            <source>Keep the segment being heard in view</source>
            <translation>使正在播放的片段保持可见</translation>
        </message>
        <message>
            <source>Video in a Separate &amp;Window</source>
            <translation>在单独窗口中显示视频(&amp;W)</translation>
        </message>
        <message>
            <source>&amp;Pause</source>
            <translation>暂停(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Play</source>
            <translation>播放(&amp;P)</translation>
        </message>
    </context>
    <context>
        <name>MergeSpeakersCommand</name>
        <message>
            <source>Merge %1 into %2</source>
            <translation>将 %1 合并到 %2</translation>
        </message>
    </context>
    <context>
        <name>MergeTagsCommand</name>
        <message>
            <source>Merge tags</source>
            <translation>合并标签</translation>
        </message>
        <message>
            <source>The tag no longer exists.</source>
            <translation>该标签已不存在。</translation>
        </message>
        <message>
            <source>A tag cannot be merged into itself.</source>
            <translation>标签不能合并到自身。</translation>
        </message>
        <message>
            <source>%1 cannot be merged into %2, which is below it.</source>
            <translation>%1 不能合并到其下级标签 %2 中。</translation>
        </message>
        <message>
            <source>Merge tag %1 into %2</source>
            <translation>将标签 %1 合并到 %2</translation>
        </message>
    </context>
    <context>
        <name>MetadataDialog</name>
        <message>
            <source>Document Information</source>
            <translation>文档信息</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>YYYY-MM-DD</translation>
        </message>
        <message>
            <source>Separated by commas</source>
            <translation>以逗号分隔</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>标题(&amp;T)：</translation>
        </message>
        <message>
            <source>&amp;Source link:</source>
            <translation>来源链接(&amp;S)：</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>日期(&amp;D)：</translation>
        </message>
        <message>
            <source>&amp;People:</source>
            <translation>人物(&amp;P)：</translation>
        </message>
        <message>
            <source>T&amp;ags:</source>
            <translation>标签(&amp;A)：</translation>
        </message>
        <message>
            <source>S&amp;ummary:</source>
            <translation>摘要(&amp;U)：</translation>
        </message>
        <message>
            <source>A document needs a title.</source>
            <translation>文档必须有标题。</translation>
        </message>
    </context>
    <context>
        <name>MissingMediaBar</name>
        <message>
            <source>The media file %1 is missing: it was moved, renamed or is on a disk that is not connected.</source>
            <translation>找不到媒体文件 %1：它已被移动、重命名，或位于未连接的磁盘上。</translation>
        </message>
        <message>
            <source>&amp;Locate…</source>
            <translation>定位(&amp;L)…</translation>
        </message>
        <message>
            <source>Choose where the media file is now</source>
            <translation>选择媒体文件现在所在的位置</translation>
        </message>
        <message>
            <source>&amp;Detach</source>
            <translation>解除关联(&amp;D)</translation>
        </message>
        <message>
            <source>Forget the media file of this document</source>
            <translation>不再关联此文档的媒体文件</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
    </context>
    <context>
        <name>NoteDialog</name>
        <message>
            <source>Save the note (Ctrl+Enter)</source>
            <translation>保存笔记（Ctrl+Enter）</translation>
        </message>
        <message>
            <source>Save the changes to this note?</source>
            <translation>要保存对此笔记的更改吗？</translation>
        </message>
        <message>
            <source>&amp;Keep Editing</source>
            <translation>继续编辑(&amp;K)</translation>
        </message>
    </context>
    <context>
        <name>NoteEditor</name>
        <message>
            <source>Write a note in Markdown: *emphasis*, **strong**, - lists, &gt; quotes</source>
            <translation>用 Markdown 写笔记：*强调*、**加粗**、- 列表、&gt; 引用</translation>
        </message>
        <message>
            <source>&amp;Write</source>
            <translation>编写(&amp;W)</translation>
        </message>
        <message>
            <source>&amp;Preview</source>
            <translation>预览(&amp;P)</translation>
        </message>
        <message>
            <source>The note could not be saved: %1</source>
            <translation>无法保存笔记：%1</translation>
        </message>
        <message>
            <source>Note text</source>
            <translation>笔记内容</translation>
        </message>
        <message>
            <source>Note preview</source>
            <translation>笔记预览</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>笔记</translation>
        </message>
        <message>
            <source>Edited by %1, %2</source>
            <translation>由 %1 编辑，%2</translation>
        </message>
    </context>
    <context>
        <name>NotificationListener</name>
        <message>
            <source>Cannot listen for changes: %1</source>
            <translation>无法接收更改通知：%1</translation>
        </message>
    </context>
    <context>
        <name>NudgeSegmentCommand</name>
        <message>
            <source>Move Segment Start Earlier</source>
            <translation>将片段开始时间提前</translation>
        </message>
        <message>
            <source>Move Segment Start Later</source>
            <translation>将片段开始时间延后</translation>
        </message>
    </context>
    <context>
        <name>OdtExporter</name>
        <message>
            <source>The ODF writer could not write the document.</source>
            <translation>ODF 写入器无法写入文档。</translation>
        </message>
    </context>
    <context>
        <name>OdtStyles</name>
        <message>
            <source>Cannot read the ODF package: %1</source>
            <translation>无法读取 ODF 包：%1</translation>
        </message>
        <message>
            <source>The ODF writer wrote no content.xml.</source>
            <translation>ODF 写入器未写入 content.xml。</translation>
        </message>
        <message>
            <source>Cannot rewrite the ODF package: %1</source>
            <translation>无法重写 ODF 包：%1</translation>
        </message>
        <message>
            <source>Cannot read the rewritten ODF package back.</source>
            <translation>无法读回重写后的 ODF 包。</translation>
        </message>
    </context>
    <context>
        <name>PaletteEditor</name>
        <message>
            <source>Add a colour</source>
            <translation>添加颜色</translation>
        </message>
        <message>
            <source>Remove the last colour</source>
            <translation>移除最后一种颜色</translation>
        </message>
        <message>
            <source>Colour %1: %2 (click to change)</source>
            <translation>颜色 %1：%2（单击以更改）</translation>
        </message>
        <message>
            <source>Highlight colour %1</source>
            <translation>高亮颜色 %1</translation>
        </message>
        <message>
            <source>Highlight Colour</source>
            <translation>高亮颜色</translation>
        </message>
    </context>
    <context>
        <name>PasswordCommand</name>
        <message>
            <source>Store a server library's password in the system keychain, or forget it</source>
            <translation>将服务器文库的密码保存到系统钥匙串，或将其删除</translation>
        </message>
        <message>
            <source>set: read the password from the first line of standard input instead of a prompt.</source>
            <translation>set：从标准输入的第一行读取密码，而不是提示输入。</translation>
        </message>
        <message>
            <source>expects set or forget and a postgresql:// URL.</source>
            <translation>需要 set 或 forget，以及一个 postgresql:// URL。</translation>
        </message>
        <message>
            <source>--password-stdin goes with set only.</source>
            <translation>--password-stdin 只能与 set 一起使用。</translation>
        </message>
        <message>
            <source>Password for %1: </source>
            <translation>%1 的密码：</translation>
        </message>
        <message>
            <source>Run the command in a terminal, or pipe the password in with --password-stdin.</source>
            <translation>请在终端中运行此命令，或用 --password-stdin 通过管道传入密码。</translation>
        </message>
        <message>
            <source>An empty password is not stored.</source>
            <translation>不保存空密码。</translation>
        </message>
        <message>
            <source>Stored the password for %1 in the system keychain.</source>
            <translation>已将 %1 的密码保存到系统钥匙串。</translation>
        </message>
        <message>
            <source>The system keychain holds no password for %1 any more.</source>
            <translation>系统钥匙串中已不再有 %1 的密码。</translation>
        </message>
    </context>
    <context>
        <name>PasswordDialog</name>
        <message>
            <source>Server Password</source>
            <translation>服务器密码</translation>
        </message>
        <message>
            <source>Bitext needs the password of %1.</source>
            <translation>Bitext 需要 %1 的密码。</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>密码(&amp;P)：</translation>
        </message>
        <message>
            <source>&amp;Remember in the keychain</source>
            <translation>在钥匙串中记住(&amp;R)</translation>
        </message>
        <message>
            <source>Keep the password in the system keychain, so that Bitext does not ask again.</source>
            <translation>将密码保存在系统钥匙串中，Bitext 就不会再次询问。</translation>
        </message>
    </context>
    <context>
        <name>PasswordResolver</name>
        <message>
            <source>Password for %1: </source>
            <translation>%1 的密码：</translation>
        </message>
        <message>
            <source>Store the password with `bitext password set %1` (in a terminal), or add a line for it to %2 (permissions 0600).</source>
            <translation>请（在终端中）用 `bitext password set %1` 保存密码，或在 %2 中为它添加一行（权限 0600）。</translation>
        </message>
    </context>
    <context>
        <name>PasswordStore</name>
        <message>
            <source>The system keychain holds no password for %1.</source>
            <translation>系统钥匙串中没有 %1 的密码。</translation>
        </message>
        <message>
            <source>The system keychain refused access to the password for %1 (%2). Unlock the keychain and allow Bitext to use it.</source>
            <translation>系统钥匙串拒绝访问 %1 的密码（%2）。请解锁钥匙串并允许 Bitext 使用它。</translation>
        </message>
        <message>
            <source>The system keychain failed for %1: %2</source>
            <translation>系统钥匙串处理 %1 时出错：%2</translation>
        </message>
        <message>
            <source>No system keychain is reachable (%1), so Bitext cannot remember the password and asks for it each time. It never keeps a password anywhere else.</source>
            <translation>无法访问系统钥匙串（%1），因此 Bitext 无法记住密码，每次都会询问。Bitext 从不把密码保存在其他任何地方。</translation>
        </message>
    </context>
    <context>
        <name>PdfExporter</name>
        <message>
            <source>The PDF writer produced no output.</source>
            <translation>PDF 写入器没有生成任何输出。</translation>
        </message>
    </context>
    <context>
        <name>PgPassFile</name>
        <message>
            <source>The password file %1 is not a plain file; it was not read.</source>
            <translation>密码文件 %1 不是普通文件，未读取。</translation>
        </message>
        <message>
            <source>The password file %1 has group or world access, so it was not read; its permissions should be u=rw (0600) or less (chmod 0600 %1).</source>
            <translation>密码文件 %1 允许同组用户或其他用户访问，因此未读取；其权限应为 u=rw（0600）或更严格（chmod 0600 %1）。</translation>
        </message>
        <message>
            <source>The password file %1 cannot be read: %2</source>
            <translation>无法读取密码文件 %1：%2</translation>
        </message>
    </context>
    <context>
        <name>PlayerPanel</name>
        <message>
            <source>&amp;Speed:</source>
            <translation>速度(&amp;S)：</translation>
        </message>
        <message>
            <source>%1×</source>
            <translation>%1×</translation>
        </message>
        <message>
            <source>&amp;Volume:</source>
            <translation>音量(&amp;V)：</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>播放位置</translation>
        </message>
        <message>
            <source>Video — Bitext</source>
            <translation>视频 — Bitext</translation>
        </message>
        <message>
            <source>%1 / %2</source>
            <translation>%1 / %2</translation>
        </message>
        <message>
            <source>No media</source>
            <translation>无媒体</translation>
        </message>
    </context>
    <context>
        <name>PreferencesController</name>
        <message>
            <source>&amp;Preferences…</source>
            <translation>首选项(&amp;P)…</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>首选项</translation>
        </message>
        <message>
            <source>General</source>
            <translation>常规</translation>
        </message>
        <message>
            <source>Appearance</source>
            <translation>外观</translation>
        </message>
        <message>
            <source>Reading</source>
            <translation>阅读</translation>
        </message>
    </context>
    <context>
        <name>ProjectImportResult</name>
        <message>
            <source>%1: "%2" is already in the library as document %3; left as it is.</source>
            <translation>%1：“%2”已作为文档 %3 存在于文库中；保持不变。</translation>
        </message>
        <message numerus="yes">
            <source>%n document(s)</source>
            <translation>
                <numerusform>%n 个文档</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new tag(s)</source>
            <translation>
                <numerusform>%n 个新标签</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n quote(s)</source>
            <translation>
                <numerusform>%n 条引文</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n 条笔记</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: imported %2.</source>
            <translation>%1：已导入 %2。</translation>
        </message>
        <message numerus="yes">
            <source>%n quote(s) could not be placed in their text and were kept without a place:</source>
            <translation>
                <numerusform>%n 条引文无法在其文本中定位，已保留但没有位置：</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n annotation(s) could not be placed and were not imported:</source>
            <translation>
                <numerusform>%n 条批注无法定位，未导入：</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProjectImporter</name>
        <message>
            <source>%1: cannot read the file: %2</source>
            <translation>%1：无法读取文件：%2</translation>
        </message>
        <message>
            <source>%1: not a REFI-QDA project or codebook, nor Web Annotation JSON.</source>
            <translation>%1：不是 REFI-QDA 项目或编码表，也不是 Web Annotation JSON。</translation>
        </message>
        <message>
            <source>%1: unknown format "%2"; the formats are: %3.</source>
            <translation>%1：未知格式“%2”；可用格式为：%3。</translation>
        </message>
        <message>
            <source>%1: not enough memory to import this file.</source>
            <translation>%1：内存不足，无法导入此文件。</translation>
        </message>
    </context>
    <context>
        <name>QdcExporter</name>
        <message>
            <source>The library has no tags: a REFI-QDA codebook needs at least one code.</source>
            <translation>文库中没有标签：REFI-QDA 编码表至少需要一个编码。</translation>
        </message>
    </context>
    <context>
        <name>QdpxExporter</name>
        <message>
            <source>Bitext export</source>
            <translation>Bitext 导出</translation>
        </message>
        <message>
            <source>Note: %1</source>
            <translation>笔记：%1</translation>
        </message>
    </context>
    <context>
        <name>QuotePlayback</name>
        <message>
            <source>&amp;Play Quote</source>
            <translation>播放引文(&amp;P)</translation>
        </message>
        <message>
            <source>Play the recording of the highlight</source>
            <translation>播放高亮标记对应的录音</translation>
        </message>
        <message>
            <source>L&amp;oop Quote</source>
            <translation>循环播放引文(&amp;O)</translation>
        </message>
        <message>
            <source>Play the recording of the highlight again and again</source>
            <translation>反复播放高亮标记对应的录音</translation>
        </message>
        <message>
            <source>This document has no media file: attach one with File › Attach Media…</source>
            <translation>此文档没有媒体文件：请通过“文件 › 关联媒体…”关联一个。</translation>
        </message>
        <message>
            <source>Click a highlight first, then play it.</source>
            <translation>请先点击一个高亮标记，再播放。</translation>
        </message>
        <message>
            <source>This quote is in another document: go to it first, then play it.</source>
            <translation>此引文在另一个文档中：请先转到该引文，再播放。</translation>
        </message>
        <message>
            <source>The segments of this highlight have no times yet: time the transcript first (Timing Mode).</source>
            <translation>此高亮标记所在的片段还没有时间：请先为转写稿计时（计时模式）。</translation>
        </message>
    </context>
    <context>
        <name>ReadOnlyBanner</name>
        <message>
            <source>This library is read-only: %1. You can read and search it, not change it.</source>
            <translation>此文库为只读：%1。你可以阅读和搜索，但不能修改。</translation>
        </message>
    </context>
    <context>
        <name>ReaderAccessible</name>
        <message>
            <source>Speaker</source>
            <translation>发言人</translation>
        </message>
        <message>
            <source>Chinese</source>
            <translation>中文</translation>
        </message>
        <message>
            <source>English</source>
            <translation>英文</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Transcript</source>
            <translation>转写稿</translation>
        </message>
        <message>
            <source>Transcript, Chinese and English</source>
            <translation>转写稿，中文和英文</translation>
        </message>
        <message>
            <source>Transcript, Chinese</source>
            <translation>转写稿，中文</translation>
        </message>
        <message>
            <source>Transcript, English</source>
            <translation>转写稿，英文</translation>
        </message>
    </context>
    <context>
        <name>ReaderView</name>
        <message>
            <source>This document has only Chinese text, so it is shown in one pane. Speakers can still be assigned and passages selected.</source>
            <translation>此文档只有中文文本，因此以单栏显示。仍可以分配发言人和选择段落。</translation>
        </message>
        <message>
            <source>This document has only English text, so it is shown in one pane.</source>
            <translation>此文档只有英文文本，因此以单栏显示。</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>复制(&amp;C)</translation>
        </message>
    </context>
    <context>
        <name>ReadingPage</name>
        <message>
            <source>&amp;Layout of newly opened documents:</source>
            <translation>新打开文档的布局(&amp;L)：</translation>
        </message>
        <message>
            <source>Chinese | English</source>
            <translation>中文 | 英文</translation>
        </message>
        <message>
            <source>English | Chinese</source>
            <translation>英文 | 中文</translation>
        </message>
        <message>
            <source>Chinese only</source>
            <translation>仅中文</translation>
        </message>
        <message>
            <source>English only</source>
            <translation>仅英文</translation>
        </message>
        <message>
            <source>Interlinear</source>
            <translation>行间对照</translation>
        </message>
    </context>
    <context>
        <name>RecentLibrariesMenu</name>
        <message>
            <source>No recent libraries</source>
            <translation>没有最近使用的文库</translation>
        </message>
        <message>
            <source>&amp;Clear List</source>
            <translation>清除列表(&amp;C)</translation>
        </message>
        <message>
            <source>%1 on %2:%3 (team)</source>
            <translation>%2:%3 上的 %1（团队）</translation>
        </message>
    </context>
    <context>
        <name>RecolorAnnotationCommand</name>
        <message>
            <source>Change highlight colour</source>
            <translation>更改高亮颜色</translation>
        </message>
        <message>
            <source>The annotation no longer exists.</source>
            <translation>该批注已不存在。</translation>
        </message>
    </context>
    <context>
        <name>RecolorSpeakerCommand</name>
        <message>
            <source>Change Speaker Colour</source>
            <translation>更改发言人颜色</translation>
        </message>
    </context>
    <context>
        <name>RefiBitextLayout</name>
        <message>
            <source>%1: layout version %2 is not one this Bitext reads (1).</source>
            <translation>%1：此版本的 Bitext 无法读取布局版本 %2（只支持 1）。</translation>
        </message>
        <message>
            <source>%1: the document "%2" has a segment with a negative length or an unknown section.</source>
            <translation>%1：文档“%2”中有长度为负或所属章节未知的片段。</translation>
        </message>
        <message>
            <source>%1: a document names no source or has no title.</source>
            <translation>%1：某个文档未指定来源或没有标题。</translation>
        </message>
    </context>
    <context>
        <name>RefiCodebookParser</name>
        <message>
            <source>REFI-QDA codebook</source>
            <translation>REFI-QDA 编码表</translation>
        </message>
        <message>
            <source>the GUID %1 is used twice.</source>
            <translation>GUID %1 被使用了两次。</translation>
        </message>
        <message>
            <source>the codebook has no codes.</source>
            <translation>编码表中没有编码。</translation>
        </message>
        <message>
            <source>a &lt;Code&gt; has no name.</source>
            <translation>某个 &lt;Code&gt; 没有名称。</translation>
        </message>
        <message>
            <source>codes are nested more than %1 levels deep.</source>
            <translation>编码的嵌套层级超过了 %1 层。</translation>
        </message>
        <message>
            <source>the code "%1…" has a path (its name after its parents' names) of %2 characters; at most %3 are read.</source>
            <translation>编码“%1…”的路径（上级编码的名称加上它自己的名称）长 %2 个字符；最多只读取 %3 个。</translation>
        </message>
    </context>
    <context>
        <name>RefiDocumentBuilder</name>
        <message>
            <source>%1:%2: the selection "%3" ends (at %4) before it starts (at %5).</source>
            <translation>%1:%2：选区“%3”的结束位置（%4）在开始位置（%5）之前。</translation>
        </message>
        <message>
            <source>%1:%2: the selection "%3" runs from position %4 to %5, outside the text of the source "%6", which has %7 characters (code points).</source>
            <translation>%1:%2：选区“%3”的范围为位置 %4 到 %5，超出了来源“%6”的文本，该文本只有 %7 个字符（码位）。</translation>
        </message>
        <message>
            <source>%1: the source "%2" has no text; it was left out.</source>
            <translation>%1：来源“%2”没有文本；已略过。</translation>
        </message>
        <message>
            <source>%1: the texts of "%2" no longer fit the segments Bitext exported (edited in another program?); its speakers and sections are not restored.</source>
            <translation>%1：“%2”的文本已与 Bitext 导出时的片段不一致（是否在其他程序中编辑过？）；其发言人和章节未恢复。</translation>
        </message>
        <message>
            <source>%1: the document "%2": %3</source>
            <translation>%1：文档“%2”：%3</translation>
        </message>
        <message>
            <source>%1:%2: the selections up to "%3" mark more than %4 characters in all; Bitext imports projects whose quotes add up to fewer, so the project is refused.</source>
            <translation>%1:%2：截至“%3”的选区共标记了超过 %4 个字符；Bitext 只导入引文总长度更短的项目，因此已拒绝该项目。</translation>
        </message>
    </context>
    <context>
        <name>RefiImporter</name>
        <message>
            <source>%1: the project names the text file %2, which the archive does not contain.</source>
            <translation>%1：项目引用了文本文件 %2，但归档中没有此文件。</translation>
        </message>
        <message>
            <source>%1: the source "%2" (%3) was left out: Bitext imports text sources only.</source>
            <translation>%1：已略过来源“%2”（%3）：Bitext 只导入文本来源。</translation>
        </message>
        <message>
            <source>%1: the source "%2" was left out: its text is a file outside the project (%3), and only texts inside the archive are read.</source>
            <translation>%1：已略过来源“%2”：其文本是项目之外的文件（%3），而只会读取归档内的文本。</translation>
        </message>
        <message>
            <source>%1: the source "%2" was left out: it has no plain text.</source>
            <translation>%1：已略过来源“%2”：它没有纯文本。</translation>
        </message>
        <message>
            <source>%1: the archive has no project.qde, so it is not a REFI-QDA project.</source>
            <translation>%1：归档中没有 project.qde，因此不是 REFI-QDA 项目。</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n note(s) belong to nothing Bitext imports (the project, pictures, sets) and were left out: %2</source>
            <translation>
                <numerusform>%1：有 %n 条笔记所属的对象不在 Bitext 导入范围内（项目、图片、集合），已略过：%2</numerusform>
            </translation>
        </message>
        <message>
            <source>"%1" (%2)</source>
            <translation>“%1”（%2）</translation>
        </message>
    </context>
    <context>
        <name>RefiProjectChecker</name>
        <message>
            <source>the code "%1"</source>
            <translation>编码“%1”</translation>
        </message>
        <message>
            <source>note</source>
            <translation>笔记</translation>
        </message>
        <message>
            <source>the note "%1"</source>
            <translation>笔记“%1”</translation>
        </message>
        <message>
            <source>the link %1</source>
            <translation>链接 %1</translation>
        </message>
        <message>
            <source>object</source>
            <translation>对象</translation>
        </message>
        <message>
            <source>the case "%1"</source>
            <translation>个案“%1”</translation>
        </message>
        <message>
            <source>variable</source>
            <translation>变量</translation>
        </message>
        <message>
            <source>source</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>selection</source>
            <translation>选区</translation>
        </message>
        <message>
            <source>code</source>
            <translation>编码</translation>
        </message>
        <message>
            <source>the project</source>
            <translation>项目</translation>
        </message>
        <message>
            <source>the source "%1"</source>
            <translation>来源“%1”</translation>
        </message>
        <message>
            <source>the selection "%1"</source>
            <translation>选区“%1”</translation>
        </message>
        <message>
            <source>the coding %1</source>
            <translation>编码 %1</translation>
        </message>
        <message>
            <source>%1:%2: %3 names the user %4, whom the project does not list under &lt;Users&gt;.</source>
            <translation>%1:%2：%3 指定了用户 %4，但项目的 &lt;Users&gt; 中没有列出该用户。</translation>
        </message>
        <message>
            <source>%1:%2: %3 refers to the %4 %5, which the project does not define.</source>
            <translation>%1:%2：%3 引用了 %4 %5，但项目中没有定义它。</translation>
        </message>
        <message>
            <source>%1:%2: %3 refers to %4 as a %5, but it is a &lt;%6&gt;.</source>
            <translation>%1:%2：%3 将 %4 作为 %5 引用，但它是 &lt;%6&gt;。</translation>
        </message>
    </context>
    <context>
        <name>RefiProjectParser</name>
        <message>
            <source>REFI-QDA project</source>
            <translation>REFI-QDA 项目</translation>
        </message>
        <message>
            <source>the GUID %1 is used twice (by a &lt;%2&gt; and a &lt;%3&gt;).</source>
            <translation>GUID %1 被使用了两次（由一个 &lt;%2&gt; 和一个 &lt;%3&gt;）。</translation>
        </message>
        <message>
            <source>a &lt;VariableValue&gt; names no variable.</source>
            <translation>某个 &lt;VariableValue&gt; 未指定变量。</translation>
        </message>
        <message>
            <source>a &lt;Coding&gt; (%1) names no code.</source>
            <translation>某个 &lt;Coding&gt;（%1）未指定编码。</translation>
        </message>
    </context>
    <context>
        <name>RefiSourceSegmenter</name>
        <message>
            <source>its Chinese and English texts differ in their number of lines (%1 and %2), so a segment had a line break; the sides are imported unpaired.</source>
            <translation>其中文和英文文本的行数不同（%1 行和 %2 行），说明某个片段中含有换行；两侧文本将不配对导入。</translation>
        </message>
    </context>
    <context>
        <name>RefiXmlReader</name>
        <message>
            <source>not well-formed XML: %1</source>
            <translation>XML 格式不正确：%1</translation>
        </message>
        <message>
            <source>the file declares a document type (&lt;!DOCTYPE&gt;); %1 files have none, and entity declarations in one are refused.</source>
            <translation>文件声明了文档类型（&lt;!DOCTYPE&gt;）；%1 文件不含文档类型声明，且其中的实体声明会被拒绝。</translation>
        </message>
        <message>
            <source>the file uses an undeclared entity (&amp;%1;).</source>
            <translation>文件使用了未声明的实体（&amp;%1;）。</translation>
        </message>
        <message>
            <source>this is not a %1: its root element is &lt;%2&gt; in namespace "%3", not &lt;%4&gt; in "%5".</source>
            <translation>这不是 %1：其根元素是命名空间“%3”中的 &lt;%2&gt;，而不是“%5”中的 &lt;%4&gt;。</translation>
        </message>
        <message>
            <source>the file is empty; a %1 was expected.</source>
            <translation>文件为空；应为 %1。</translation>
        </message>
        <message>
            <source>the file ends in the middle of an element.</source>
            <translation>文件在某个元素中间结束。</translation>
        </message>
        <message>
            <source>&lt;%1&gt; has no %2 attribute.</source>
            <translation>&lt;%1&gt; 没有 %2 属性。</translation>
        </message>
        <message>
            <source>&lt;%1&gt; has %2="%3", which is not a GUID.</source>
            <translation>&lt;%1&gt; 的 %2="%3" 不是 GUID。</translation>
        </message>
        <message>
            <source>&lt;%1&gt; has %2="%3", which is not a whole number.</source>
            <translation>&lt;%1&gt; 的 %2="%3" 不是整数。</translation>
        </message>
        <message>
            <source>elements are nested more than %1 levels deep; the file is refused.</source>
            <translation>元素的嵌套层级超过了 %1 层；已拒绝该文件。</translation>
        </message>
        <message>
            <source>the file has more than %1 elements; the file is refused.</source>
            <translation>文件包含超过 %1 个元素；已拒绝该文件。</translation>
        </message>
        <message>
            <source>the attribute %1 of &lt;%2&gt; is %3 characters long; at most %4 are read, so the file is refused.</source>
            <translation>&lt;%2&gt; 的属性 %1 长 %3 个字符；最多只读取 %4 个，因此已拒绝该文件。</translation>
        </message>
    </context>
    <context>
        <name>RenameSpeakerCommand</name>
        <message>
            <source>Rename Speaker to %1</source>
            <translation>将发言人重命名为 %1</translation>
        </message>
    </context>
    <context>
        <name>ReportCommand</name>
        <message>
            <source>Look across the coding: code matrices, word frequencies, concordances and agreement between coders</source>
            <translation>综观编码：编码矩阵、词频、语境索引与编码者之间的一致性</translation>
        </message>
        <message>
            <source>expects what to report: %1.</source>
            <translation>需要指定报告的内容：%1。</translation>
        </message>
        <message>
            <source>cannot report '%1'; it reports %2.</source>
            <translation>无法报告“%1”；可报告的有 %2。</translation>
        </message>
        <message>
            <source>Only this document (id or title); may be repeated.</source>
            <translation>仅限此文档（编号或标题）；可重复指定。</translation>
        </message>
        <message>
            <source>Only what this speaker says; may be repeated.</source>
            <translation>仅限此发言人的话；可重复指定。</translation>
        </message>
        <message>
            <source>Only this code and the codes below it; may be repeated.</source>
            <translation>仅限此编码及其下级编码；可重复指定。</translation>
        </message>
        <message>
            <source>Only the quotes of this coder; may be repeated.</source>
            <translation>仅限此编码者的引文；可重复指定。</translation>
        </message>
        <message>
            <source>Only one language: zh or en.</source>
            <translation>仅限一种语言：zh 或 en。</translation>
        </message>
        <message>
            <source>There is no speaker '%1'.</source>
            <translation>不存在发言人“%1”。</translation>
        </message>
        <message>
            <source>--side expects zh or en, not '%1'.</source>
            <translation>--side 应为 zh 或 en，而不是“%1”。</translation>
        </message>
        <message>
            <source>matrix expects --columns speakers, documents or codes.</source>
            <translation>matrix 需要 --columns speakers、documents 或 codes。</translation>
        </message>
        <message>
            <source>--columns expects speakers, documents or codes, not '%1'.</source>
            <translation>--columns 应为 speakers、documents 或 codes，而不是“%1”。</translation>
        </message>
        <message>
            <source>matrix: what the rows are: codes.</source>
            <translation>matrix：行是什么：codes（编码）。</translation>
        </message>
        <message>
            <source>matrix: what the columns are: speakers, documents or codes.</source>
            <translation>matrix：列是什么：speakers（发言人）、documents（文档）或 codes（编码）。</translation>
        </message>
        <message>
            <source>matrix: the share of the text coded (0..1) instead of the number of quotes.</source>
            <translation>matrix：给出已编码文本所占的比例（0..1），而不是引文条数。</translation>
        </message>
        <message>
            <source>matrix: print CSV instead of JSON.</source>
            <translation>matrix：输出 CSV 而不是 JSON。</translation>
        </message>
        <message>
            <source>matrix takes no arguments, only options; '%1' is not one.</source>
            <translation>matrix 不接受参数，只接受选项；“%1”不是选项。</translation>
        </message>
        <message>
            <source>--rows expects codes, not '%1'.</source>
            <translation>--rows 应为 codes，而不是“%1”。</translation>
        </message>
        <message>
            <source>matrix prints either --json or --csv, not both.</source>
            <translation>matrix 只能输出 --json 或 --csv 之一，不能同时输出。</translation>
        </message>
        <message>
            <source>matrix expects --json or --csv.</source>
            <translation>matrix 需要 --json 或 --csv。</translation>
        </message>
    </context>
    <context>
        <name>ReportWords</name>
        <message>
            <source>--%1 expects a number of 0 or more, not '%2'.</source>
            <translation>--%1 需要 0 或更大的数字，而不是“%2”。</translation>
        </message>
        <message>
            <source>--%1 does not apply to `report %2`.</source>
            <translation>--%1 不适用于 `report %2`。</translation>
        </message>
        <message>
            <source>--by expects document, speaker or code, not '%1'.</source>
            <translation>--by 需要 document、speaker 或 code，而不是“%1”。</translation>
        </message>
        <message>
            <source>Word</source>
            <translation>词语</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>次数</translation>
        </message>
        <message>
            <source>Per 10,000</source>
            <translation>每万单位</translation>
        </message>
        <message numerus="yes">
            <source>%n unit(s) of text</source>
            <translation>
                <numerusform>文本共 %n 个单位</numerusform>
            </translation>
        </message>
        <message>
            <source>report frequency: one table per document, speaker or code.</source>
            <translation>report frequency：每个文档、发言人或编码各一张表。</translation>
        </message>
        <message>
            <source>report frequency: leave out words shorter than N characters.</source>
            <translation>report frequency：不计短于 N 个字符的词语。</translation>
        </message>
        <message>
            <source>report concordance: words or characters of context on each side (default 30).</source>
            <translation>report concordance：两侧语境的词数或字数（默认 30）。</translation>
        </message>
        <message>
            <source>`report frequency` takes no word; did you mean `report concordance %1`?</source>
            <translation>`report frequency` 不接受词语；您是否想用 `report concordance %1`？</translation>
        </message>
        <message>
            <source>`report concordance` expects one WORD (in either script).</source>
            <translation>`report concordance` 需要一个 WORD（简体或繁体均可）。</translation>
        </message>
        <message>
            <source>'%1' does not occur in the text reported on.</source>
            <translation>所统计的文本中没有出现“%1”。</translation>
        </message>
    </context>
    <context>
        <name>ResplitSegmentsCommand</name>
        <message>
            <source>Split Segment</source>
            <translation>拆分片段</translation>
        </message>
        <message>
            <source>Merge Segments</source>
            <translation>合并片段</translation>
        </message>
        <message>
            <source>Move Sentence to Previous Segment</source>
            <translation>将句子移到上一片段</translation>
        </message>
        <message>
            <source>Move Sentence to Next Segment</source>
            <translation>将句子移到下一片段</translation>
        </message>
        <message>
            <source>Attach Translation</source>
            <translation>附加译文</translation>
        </message>
    </context>
    <context>
        <name>RestoreBackupDialog</name>
        <message>
            <source>&amp;Restore…</source>
            <translation>恢复(&amp;R)…</translation>
        </message>
        <message>
            <source>Restore from Backup</source>
            <translation>从备份恢复</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>大小</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Server libraries have no backups here; the server's administrator backs them up with its own tools.</source>
            <translation>服务器文库在这里没有备份；由服务器管理员用服务器自己的工具备份。</translation>
        </message>
        <message>
            <source>The library %1 has no backups yet.</source>
            <translation>文库 %1 还没有备份。</translation>
        </message>
        <message>
            <source>&amp;Backups of %1, newest first. Restoring one replaces the library; the library as it is now is kept as a backup.</source>
            <translation>%1 的备份(&amp;B)，最新的在前。恢复其中一个会替换文库；文库的当前状态会保留为一个备份。</translation>
        </message>
        <message>
            <source>Daily</source>
            <translation>每日</translation>
        </message>
        <message>
            <source>Before an upgrade</source>
            <translation>升级之前</translation>
        </message>
        <message>
            <source>Made by hand</source>
            <translation>手动创建</translation>
        </message>
        <message>
            <source>Before a restore</source>
            <translation>恢复之前</translation>
        </message>
        <message>
            <source>Restore Backup?</source>
            <translation>恢复备份？</translation>
        </message>
        <message>
            <source>Replace the library with the backup from %1?</source>
            <translation>要用 %1 的备份替换文库吗？</translation>
        </message>
        <message>
            <source>Changes made since then are no longer in the library; the library as it is now is kept as a backup.</source>
            <translation>此后所做的更改将不再保留在文库中；文库的当前状态会保留为一个备份。</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>恢复</translation>
        </message>
    </context>
    <context>
        <name>RetagAnnotationCommand</name>
        <message>
            <source>Change tags</source>
            <translation>更改标签</translation>
        </message>
        <message>
            <source>The annotation no longer exists.</source>
            <translation>该批注已不存在。</translation>
        </message>
    </context>
    <context>
        <name>ReviewFilterModel</name>
        <message>
            <source>%1. %2% — %3 | %4</source>
            <translation>%1. %2% — %3 | %4</translation>
        </message>
    </context>
    <context>
        <name>SchemaMigrator</name>
        <message>
            <source>The library %1 has schema version %2, newer than version %3 that this Bitext (%4) understands. Update Bitext to open it.</source>
            <translation>文库 %1 的架构版本为 %2，高于此版本 Bitext（%4）所支持的版本 %3。请更新 Bitext 后再打开。</translation>
        </message>
        <message>
            <source>Cannot back up %1 to %2: %3</source>
            <translation>无法将 %1 备份到 %2：%3</translation>
        </message>
        <message>
            <source>%1 is a database but not a Bitext library.</source>
            <translation>%1 是数据库，但不是 Bitext 文库。</translation>
        </message>
        <message>
            <source>%1 holds no Bitext library, and it is read-only (%2), so none can be made in it.</source>
            <translation>%1 中没有 Bitext 文库，且它为只读（%2），因此无法在其中创建文库。</translation>
        </message>
        <message>
            <source>The library %1 was made by an older Bitext (schema version %2) and must be upgraded to version %3 before this one can read it, but it is read-only: %4. Copy it to a folder you can write to and open the copy.</source>
            <translation>文库 %1 由较旧的 Bitext 创建（架构版本 %2），必须先升级到版本 %3 才能由此版本读取，但它为只读：%4。请将它复制到你可以写入的文件夹，然后打开该副本。</translation>
        </message>
    </context>
    <context>
        <name>SearchCommand</name>
        <message>
            <source>Search the library: Chinese (Simplified or Traditional) and English, "phrases", prefix*, AND/OR/NOT</source>
            <translation>搜索文库：中文（简体或繁体）和英文、"短语"、前缀*、AND/OR/NOT</translation>
        </message>
        <message>
            <source>Only this document (id or title).</source>
            <translation>仅限此文档（编号或标题）。</translation>
        </message>
        <message>
            <source>DOC</source>
            <translation>DOC</translation>
        </message>
        <message>
            <source>Only segments of this speaker (name or alias).</source>
            <translation>仅限此发言人（姓名或别名）的片段。</translation>
        </message>
        <message>
            <source>NAME</source>
            <translation>NAME</translation>
        </message>
        <message>
            <source>Only text covered by quotes with this tag or one below it.</source>
            <translation>仅限带有此标签或其下级标签的引文所覆盖的文本。</translation>
        </message>
        <message>
            <source>TAG</source>
            <translation>TAG</translation>
        </message>
        <message>
            <source>Only this side: zh or en.</source>
            <translation>仅限此侧：zh 或 en。</translation>
        </message>
        <message>
            <source>SIDE</source>
            <translation>SIDE</translation>
        </message>
        <message>
            <source>At most this many results (default 200).</source>
            <translation>最多显示这么多条结果（默认 200）。</translation>
        </message>
        <message>
            <source>N</source>
            <translation>N</translation>
        </message>
        <message>
            <source>expects a QUERY, e.g. bitext search 对齐</source>
            <translation>需要一个 QUERY，例如 bitext search 对齐</translation>
        </message>
        <message>
            <source>the query has no word to search for.</source>
            <translation>查询中没有可搜索的词。</translation>
        </message>
        <message>
            <source>--limit expects a positive number.</source>
            <translation>--limit 需要一个正数。</translation>
        </message>
        <message>
            <source>--side expects zh or en.</source>
            <translation>--side 需要 zh 或 en。</translation>
        </message>
        <message>
            <source>There is no speaker '%1'.</source>
            <translation>不存在发言人“%1”。</translation>
        </message>
        <message>
            <source>There is no tag '%1'. `bitext tags` lists them.</source>
            <translation>不存在标签“%1”。`bitext tags` 可列出所有标签。</translation>
        </message>
        <message>
            <source>No matches.</source>
            <translation>无匹配项。</translation>
        </message>
        <message>
            <source>Showing the first %1 results; --limit N shows more.</source>
            <translation>仅显示前 %1 条结果；使用 --limit N 可显示更多。</translation>
        </message>
    </context>
    <context>
        <name>SearchController</name>
        <message>
            <source>Search</source>
            <translation>搜索</translation>
        </message>
        <message>
            <source>Open a library to search it.</source>
            <translation>请先打开一个文库再进行搜索。</translation>
        </message>
        <message>
            <source>&amp;Search Library…</source>
            <translation>搜索文库(&amp;S)…</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>查找(&amp;F)…</translation>
        </message>
        <message>
            <source>Find &amp;Next</source>
            <translation>查找下一个(&amp;N)</translation>
        </message>
        <message>
            <source>Find Pre&amp;vious</source>
            <translation>查找上一个(&amp;V)</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>查找</translation>
        </message>
    </context>
    <context>
        <name>SearchQuery</name>
        <message>
            <source>NOT needs a term before it, as in: a NOT b.</source>
            <translation>NOT 前面需要一个搜索词，例如：a NOT b。</translation>
        </message>
    </context>
    <context>
        <name>SearchResultDelegate</name>
        <message>
            <source>quote</source>
            <translation>引文</translation>
        </message>
        <message>
            <source>note</source>
            <translation>笔记</translation>
        </message>
        <message>
            <source>title</source>
            <translation>标题</translation>
        </message>
    </context>
    <context>
        <name>SegmentRepair</name>
        <message>
            <source>The segments' text changed while they were being re-split; nothing was changed.</source>
            <translation>重新拆分时片段的文本发生了变化；未做任何更改。</translation>
        </message>
        <message>
            <source>A segment can only be split inside its text, not at its very start or end.</source>
            <translation>片段只能在文本内部拆分，不能在最开头或最末尾拆分。</translation>
        </message>
        <message>
            <source>This segment has no sentence to move on that side.</source>
            <translation>此片段在该语言一侧没有可移动的句子。</translation>
        </message>
        <message>
            <source>The segment is no longer in the library.</source>
            <translation>该片段已不在文库中。</translation>
        </message>
        <message>
            <source>There is no previous segment.</source>
            <translation>没有上一个片段。</translation>
        </message>
        <message>
            <source>There is no next segment.</source>
            <translation>没有下一个片段。</translation>
        </message>
        <message>
            <source>The document's segments were changed elsewhere in the meantime; nothing was changed.</source>
            <translation>此文档的片段在此期间已在别处被修改；未做任何更改。</translation>
        </message>
        <message>
            <source>There is no document %1.</source>
            <translation>没有文档 %1。</translation>
        </message>
    </context>
    <context>
        <name>SegmentRepairController</name>
        <message>
            <source>A&amp;lignment</source>
            <translation>对齐(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Split Segment at Cursor</source>
            <translation>在光标处拆分片段(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Merge with Next Segment</source>
            <translation>与下一片段合并(&amp;M)</translation>
        </message>
        <message>
            <source>Move First Sentence to Pre&amp;vious Segment</source>
            <translation>将第一句移到上一片段(&amp;V)</translation>
        </message>
        <message>
            <source>Move Last Sentence to Ne&amp;xt Segment</source>
            <translation>将最后一句移到下一片段(&amp;X)</translation>
        </message>
        <message>
            <source>Mark as &amp;Untranslated</source>
            <translation>标为未翻译(&amp;U)</translation>
        </message>
        <message>
            <source>Acc&amp;ept Pairing</source>
            <translation>接受配对(&amp;E)</translation>
        </message>
        <message>
            <source>Confirm the pairing of a segment the aligner was unsure of</source>
            <translation>确认对齐程序没有把握的片段配对</translation>
        </message>
    </context>
    <context>
        <name>SegmentTiming</name>
        <message>
            <source>There is no segment %1.</source>
            <translation>不存在片段 %1。</translation>
        </message>
        <message>
            <source>This segment has no time to move yet.</source>
            <translation>此片段尚无可调整的时间。</translation>
        </message>
        <message>
            <source>A segment cannot start before the media does.</source>
            <translation>片段不能早于媒体开始。</translation>
        </message>
        <message>
            <source>A segment must start after the one before it (which starts at %1).</source>
            <translation>片段必须在前一个片段之后开始（前一个片段开始于 %1）。</translation>
        </message>
    </context>
    <context>
        <name>SetSegmentStartCommand</name>
        <message>
            <source>Mark Segment Start</source>
            <translation>标记片段开始</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard Shortcuts</source>
            <translation>键盘快捷键</translation>
        </message>
        <message>
            <source>Filter by action or key…</source>
            <translation>按操作或按键筛选…</translation>
        </message>
        <message>
            <source>Filter shortcuts</source>
            <translation>筛选快捷键</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>Shortcut</source>
            <translation>快捷键</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>键盘快捷键</translation>
        </message>
        <message>
            <source>Elsewhere</source>
            <translation>其他</translation>
        </message>
    </context>
    <context>
        <name>ShowCommand</name>
        <message>
            <source>Show a document's metadata and its segments (DOC: id or title)</source>
            <translation>显示文档的元数据及其片段（DOC：编号或标题）</translation>
        </message>
        <message>
            <source>expects one DOC (a document id or title).</source>
            <translation>需要一个 DOC（文档编号或标题）。</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>格式</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>URL</source>
            <translation>URL</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>语言</translation>
        </message>
        <message>
            <source>Encoding</source>
            <translation>编码</translation>
        </message>
        <message>
            <source>People</source>
            <translation>人物</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>标签</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>摘要</translation>
        </message>
        <message>
            <source>Segments</source>
            <translation>片段</translation>
        </message>
        <message>
            <source>Media</source>
            <translation>媒体</translation>
        </message>
        <message>
            <source>%1 (missing)</source>
            <translation>%1（缺失）</translation>
        </message>
    </context>
    <context>
        <name>Speaker</name>
        <message>
            <source>%1 (also: %2)</source>
            <translation>%1（又名：%2）</translation>
        </message>
    </context>
    <context>
        <name>SpeakerChoiceDialog</name>
        <message>
            <source>Speaker name</source>
            <translation>发言人姓名</translation>
        </message>
    </context>
    <context>
        <name>SpeakerController</name>
        <message>
            <source>Speakers</source>
            <translation>发言人</translation>
        </message>
        <message>
            <source>Rename Speaker</source>
            <translation>重命名发言人</translation>
        </message>
        <message>
            <source>New name for %1 (in every document):</source>
            <translation>%1 的新名称（适用于所有文档）：</translation>
        </message>
        <message>
            <source>Merge Speakers?</source>
            <translation>合并发言人？</translation>
        </message>
        <message>
            <source>“%1” is already a name of %2.</source>
            <translation>“%1”已经是 %2 的名称。</translation>
        </message>
        <message>
            <source>Merge %1 into %2? Every segment of %3, in every document, moves to %2, and %3 becomes another name of %2. Undo takes the merge back.</source>
            <translation>要将 %1 合并到 %2 吗？所有文档中 %3 的每个片段都将移至 %2，%3 将成为 %2 的另一个名称。可通过撤销来取消合并。</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>合并</translation>
        </message>
        <message>
            <source>Colour of %1</source>
            <translation>%1 的颜色</translation>
        </message>
        <message>
            <source>Merge Speaker</source>
            <translation>合并发言人</translation>
        </message>
        <message>
            <source>Merge %1 into which speaker? Every segment of %2, in every document, moves to that speaker, and %2 becomes one of its names.</source>
            <translation>要将 %1 合并到哪个发言人？所有文档中 %2 的每个片段都将移至该发言人，%2 将成为其名称之一。</translation>
        </message>
        <message>
            <source>Assign Speaker</source>
            <translation>分配发言人</translation>
        </message>
        <message numerus="yes">
            <source>Speaker of the %n selected segment(s) (type a new name to add a speaker):</source>
            <translation>
                <numerusform>所选 %n 个片段的发言人（输入新名称即可添加发言人）：</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SpeakerPanel</name>
        <message>
            <source>Speakers</source>
            <translation>发言人</translation>
        </message>
    </context>
    <context>
        <name>SpeakerRepository</name>
        <message>
            <source>A speaker needs a name.</source>
            <translation>发言人必须有名称。</translation>
        </message>
        <message>
            <source>There is already a speaker called %1; merge them instead.</source>
            <translation>已存在名为 %1 的发言人；请改为合并两者。</translation>
        </message>
        <message>
            <source>Cannot merge: speaker not found.</source>
            <translation>无法合并：找不到发言人。</translation>
        </message>
        <message>
            <source>Segment %1 does not exist.</source>
            <translation>片段 %1 不存在。</translation>
        </message>
    </context>
    <context>
        <name>SpeakerTimeline</name>
        <message>
            <source>≈%1</source>
            <translation>≈%1</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; · %2</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; · %2</translation>
        </message>
    </context>
    <context>
        <name>StopWordsDialog</name>
        <message>
            <source>Stop Words</source>
            <translation>停用词</translation>
        </message>
        <message>
            <source>Words left out of word frequencies, one a line. Traditional and Simplified forms, and capitals, count as the same word.</source>
            <translation>不计入词频的词语，每行一个。繁体与简体形式、大小写均视为同一个词。</translation>
        </message>
        <message>
            <source>Chinese stop words</source>
            <translation>中文停用词</translation>
        </message>
        <message>
            <source>English stop words</source>
            <translation>英文停用词</translation>
        </message>
        <message>
            <source>&amp;Chinese:</source>
            <translation>中文(&amp;C)：</translation>
        </message>
        <message>
            <source>&amp;English:</source>
            <translation>英文(&amp;E)：</translation>
        </message>
    </context>
    <context>
        <name>SubtitleParser</name>
        <message>
            <source>a cue without a time line ("00:00:01,000 --&gt; 00:00:02,000").</source>
            <translation>字幕条目缺少时间行（"00:00:01,000 --&gt; 00:00:02,000"）。</translation>
        </message>
        <message>
            <source>cannot read the cue times "%1".</source>
            <translation>无法读取字幕时间“%1”。</translation>
        </message>
    </context>
    <context>
        <name>TagChecklist</name>
        <message>
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <source>The codebook has no tags yet.</source>
            <translation>编码表中还没有标签。</translation>
        </message>
    </context>
    <context>
        <name>TagManagerDialog</name>
        <message>
            <source>Codebook</source>
            <translation>编码表</translation>
        </message>
        <message>
            <source>&amp;New…</source>
            <translation>新建(&amp;N)…</translation>
        </message>
        <message>
            <source>&amp;Rename…</source>
            <translation>重命名(&amp;R)…</translation>
        </message>
        <message>
            <source>&amp;Colour…</source>
            <translation>颜色(&amp;C)…</translation>
        </message>
        <message>
            <source>D&amp;escription…</source>
            <translation>描述(&amp;E)…</translation>
        </message>
        <message>
            <source>&amp;Move…</source>
            <translation>移动(&amp;M)…</translation>
        </message>
        <message>
            <source>Mer&amp;ge into…</source>
            <translation>合并到(&amp;G)…</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>删除(&amp;D)…</translation>
        </message>
        <message>
            <source>Delete tag</source>
            <translation>删除标签</translation>
        </message>
        <message numerus="yes">
            <source>Delete the tag “%1”? %n quote(s) use it.</source>
            <translation>
                <numerusform>要删除标签“%1”吗？有 %n 条引文在使用它。</numerusform>
            </translation>
        </message>
        <message>
            <source>The %1 below it go too, used by %2.</source>
            <translation>其下的 %1 也会一并删除，它们被 %2 使用。</translation>
        </message>
        <message numerus="yes">
            <source>%n tag(s)</source>
            <translation>
                <numerusform>%n 个标签</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n more quote(s)</source>
            <translation>
                <numerusform>另外 %n 条引文</numerusform>
            </translation>
        </message>
        <message>
            <source>The quotes themselves stay. You can undo this.</source>
            <translation>引文本身会保留。此操作可以撤销。</translation>
        </message>
        <message>
            <source>(top level)</source>
            <translation>（顶层）</translation>
        </message>
        <message>
            <source>New tag</source>
            <translation>新建标签</translation>
        </message>
        <message>
            <source>Name (Parent/Child makes a tag below another):</source>
            <translation>名称（用“父级/子级”可在另一个标签下创建标签）：</translation>
        </message>
        <message>
            <source>Rename tag</source>
            <translation>重命名标签</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>新名称：</translation>
        </message>
        <message>
            <source>Colour of %1</source>
            <translation>%1 的颜色</translation>
        </message>
        <message>
            <source>Describe tag</source>
            <translation>描述标签</translation>
        </message>
        <message>
            <source>What %1 means, when to use it:</source>
            <translation>%1 的含义及使用场合：</translation>
        </message>
        <message>
            <source>Move tag</source>
            <translation>移动标签</translation>
        </message>
        <message>
            <source>Move below:</source>
            <translation>移到此标签下：</translation>
        </message>
        <message>
            <source>Merge tag</source>
            <translation>合并标签</translation>
        </message>
        <message>
            <source>Merge into (its quotes and children move there):</source>
            <translation>合并到（其引文和子标签将移至该处）：</translation>
        </message>
    </context>
    <context>
        <name>TagPicker</name>
        <message>
            <source>Tag, or Parent/Child to create</source>
            <translation>标签，或输入“父级/子级”以创建</translation>
        </message>
        <message>
            <source>Create tag “%1”</source>
            <translation>创建标签“%1”</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>标签</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>标签列表</translation>
        </message>
    </context>
    <context>
        <name>TagRepository</name>
        <message>
            <source>A tag needs a name.</source>
            <translation>标签必须有名称。</translation>
        </message>
        <message>
            <source>A tag name must not be empty or contain '/'.</source>
            <translation>标签名称不能为空，也不能包含“/”。</translation>
        </message>
        <message>
            <source>There is already a tag called %1 there.</source>
            <translation>该位置已存在名为 %1 的标签。</translation>
        </message>
        <message>
            <source>A tag cannot be moved below itself.</source>
            <translation>标签不能移到自身之下。</translation>
        </message>
    </context>
    <context>
        <name>TagTreeModel</name>
        <message>
            <source>%1 incl. subtags</source>
            <translation>%1（含子标签）</translation>
        </message>
        <message numerus="yes">
            <source>%n quote(s) tagged %1 itself</source>
            <translation>
                <numerusform>%n 条引文直接带有标签 %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n with the tags below it too</source>
            <translation>
                <numerusform>包括下级标签在内共 %n 条</numerusform>
            </translation>
        </message>
        <message>
            <source>Quotes with the tag, including those with a tag below it</source>
            <translation>带有此标签的引文，包括带有其下级标签的引文</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>标签</translation>
        </message>
        <message>
            <source>Quotes</source>
            <translation>引文</translation>
        </message>
    </context>
    <context>
        <name>TagsCommand</name>
        <message>
            <source>List the codebook's tags with the number of quotes using each</source>
            <translation>列出编码表中的标签及使用每个标签的引文数</translation>
        </message>
        <message>
            <source>takes no arguments.</source>
            <translation>不接受参数。</translation>
        </message>
        <message>
            <source>The codebook is empty. `bitext annotate ... --tag NAME` creates tags.</source>
            <translation>编码表为空。`bitext annotate ... --tag NAME` 可创建标签。</translation>
        </message>
    </context>
    <context>
        <name>TalkShare</name>
        <message>
            <source>No speaker</source>
            <translation>无发言人</translation>
        </message>
    </context>
    <context>
        <name>TalkShareChart</name>
        <message>
            <source>Talk share by document</source>
            <translation>各文档的发言占比</translation>
        </message>
        <message>
            <source>Talk share by document: no text for this filter</source>
            <translation>各文档的发言占比：此筛选条件下没有文本</translation>
        </message>
        <message numerus="yes">
            <source>%1 — %2: %3% (%n character(s) or word(s))</source>
            <translation>
                <numerusform>%1 — %2：%3%（%n 个字或词）</numerusform>
            </translation>
        </message>
        <message>
            <source>Share of the document's text (Chinese characters and English words)</source>
            <translation>占文档文本的比例（中文按字，英文按词）</translation>
        </message>
    </context>
    <context>
        <name>TapTimingController</name>
        <message>
            <source>Timing Mode: press Return when the current segment begins; Alt+Left and Alt+Right move the last mark by 0.1 s.</source>
            <translation>计时模式：当前片段开始时按 Return 键；Alt+Left 和 Alt+Right 将最后一个标记移动 0.1 秒。</translation>
        </message>
        <message>
            <source>&amp;Timing Mode</source>
            <translation>计时模式(&amp;T)</translation>
        </message>
        <message>
            <source>Time the transcript while listening: Return marks where the current segment begins</source>
            <translation>边听边为转写稿计时：按 Return 键标记当前片段的开始位置</translation>
        </message>
        <message>
            <source>&amp;Mark Segment Start</source>
            <translation>标记片段开始(&amp;M)</translation>
        </message>
        <message>
            <source>Move Mark &amp;Earlier</source>
            <translation>标记提前(&amp;E)</translation>
        </message>
        <message>
            <source>Move Mark &amp;Later</source>
            <translation>标记延后(&amp;L)</translation>
        </message>
        <message>
            <source>Segment %1 starts at %2.</source>
            <translation>片段 %1 从 %2 开始。</translation>
        </message>
        <message>
            <source>No mark to move: mark a segment's start first.</source>
            <translation>没有可移动的标记：请先标记一个片段的开始。</translation>
        </message>
    </context>
    <context>
        <name>TerminalPrompt</name>
        <message>
            <source>Cannot ask for the password: standard input is not a terminal. %1</source>
            <translation>无法询问密码：标准输入不是终端。%1</translation>
        </message>
        <message>
            <source>No password was entered.</source>
            <translation>未输入密码。</translation>
        </message>
        <message>
            <source>Standard input ended before a password line.</source>
            <translation>标准输入在读到密码行之前就结束了。</translation>
        </message>
    </context>
    <context>
        <name>TextDecoder</name>
        <message>
            <source>%1: the encoding %2 is not supported.</source>
            <translation>%1：不支持编码 %2。</translation>
        </message>
        <message>
            <source>the file ends in the middle of a %1 character (truncated file?)</source>
            <translation>文件在一个 %1 字符的中间结束（文件是否被截断？）</translation>
        </message>
        <message>
            <source>byte sequence %1is not valid %2</source>
            <translation>字节序列 %1不是有效的 %2</translation>
        </message>
        <message>
            <source>%1:1: the file is empty.</source>
            <translation>%1:1：文件为空。</translation>
        </message>
        <message>
            <source>%1:%2: this is a binary file, not text.</source>
            <translation>%1:%2：这是二进制文件，不是文本文件。</translation>
        </message>
        <message>
            <source>%1:%2: the line is %3 bytes long; lines over %4 bytes are refused (is this a transcript?).</source>
            <translation>%1:%2：该行长 %3 字节；超过 %4 字节的行会被拒绝（这是转写稿吗？）。</translation>
        </message>
    </context>
    <context>
        <name>TextDocumentBuilder</name>
        <message>
            <source>PDF and ODT export need a QGuiApplication (for fonts); none is running.</source>
            <translation>PDF 和 ODT 导出需要 QGuiApplication（用于字体），但当前没有运行。</translation>
        </message>
        <message numerus="yes">
            <source>Exported from Bitext on %1 · %n quote(s)</source>
            <translation>
                <numerusform>于 %1 从 Bitext 导出 · %n 条引文</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TextNormalizer</name>
        <message>
            <source>ICU's NFKC case-folding data are missing: %1</source>
            <translation>缺少 ICU 的 NFKC 大小写折叠数据：%1</translation>
        </message>
    </context>
    <context>
        <name>TimelineAccessible</name>
        <message>
            <source>Speaker timeline</source>
            <translation>发言人时间线</translation>
        </message>
        <message>
            <source>%1: %2% of talk time</source>
            <translation>%1：占发言时间的 %2%</translation>
        </message>
    </context>
    <context>
        <name>TimelineTurnAccessible</name>
        <message>
            <source>%1, %2 – %3</source>
            <extracomment>A turn on the speaker timeline, read by screen readers: speaker, start and end time.</extracomment>
            <translation>%1，%2 – %3</translation>
        </message>
    </context>
    <context>
        <name>TurnSchedule</name>
        <message>
            <source>No speaker</source>
            <translation>无发言人</translation>
        </message>
    </context>
    <context>
        <name>UndoController</name>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>撤销(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Undo %1</source>
            <translation>撤销 %1(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>重做(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Redo %1</source>
            <translation>重做 %1(&amp;R)</translation>
        </message>
    </context>
    <context>
        <name>VttParser</name>
        <message>
            <source>a WebVTT file must start with "WEBVTT".</source>
            <translation>WebVTT 文件必须以“WEBVTT”开头。</translation>
        </message>
    </context>
    <context>
        <name>WebAnnotationImporter</name>
        <message>
            <source>the annotation %1 (%2)</source>
            <translation>批注 %1（%2）</translation>
        </message>
        <message>
            <source>"%1" (%2)</source>
            <translation>“%1”（%2）</translation>
        </message>
        <message>
            <source>%1: it has no TextQuoteSelector to find its text by.</source>
            <translation>%1：没有可用于查找其文本的 TextQuoteSelector。</translation>
        </message>
        <message>
            <source>%1: no document in the library has this source, title or URL.</source>
            <translation>%1：文库中没有文档具有此来源、标题或 URL。</translation>
        </message>
        <message>
            <source>%1: the quote is not in the document, or not in one place only.</source>
            <translation>%1：引文不在文档中，或不只出现在一处。</translation>
        </message>
        <message numerus="yes">
            <source>%1: the quote fits %n documents.</source>
            <translation>
                <numerusform>%1：引文与 %n 个文档相符。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WebAnnotationReader</name>
        <message>
            <source>%1: the file holds no annotations.</source>
            <translation>%1：文件中没有批注。</translation>
        </message>
        <message>
            <source>%1: the collection's pages are elsewhere (%2); Bitext reads annotations from the file only.</source>
            <translation>%1：集合的页面位于其他位置（%2）；Bitext 只从文件中读取批注。</translation>
        </message>
        <message>
            <source>%1: this JSON is neither a Web Annotation collection nor a Hypothesis export.</source>
            <translation>%1：此 JSON 既不是 Web Annotation 集合，也不是 Hypothesis 导出文件。</translation>
        </message>
        <message>
            <source>%1: the file holds %2 annotations; Bitext imports at most %3 from one file. Split it into smaller files and import them one by one.</source>
            <translation>%1：文件包含 %2 条批注；Bitext 每个文件最多导入 %3 条。请把它拆分成较小的文件，再逐个导入。</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Welcome to Bitext</source>
            <translation>欢迎使用 Bitext</translation>
        </message>
        <message>
            <source>This library has no documents yet. Import transcripts to read them side by side, or open a library you already have.</source>
            <translation>这个文库还没有文档。导入转写稿即可并排阅读，也可以打开已有的文库。</translation>
        </message>
        <message>
            <source>Import Files…</source>
            <translation>导入文件…</translation>
        </message>
        <message>
            <source>Open Library…</source>
            <translation>打开文库…</translation>
        </message>
        <message>
            <source>New Library…</source>
            <translation>新建文库…</translation>
        </message>
        <message>
            <source>You can also drag files from your file manager and drop them anywhere on this window. Bitext reads %1: transcripts as plain text, Markdown or subtitles, REFI-QDA projects and codebooks, and Web Annotation JSON.</source>
            <translation>也可以从文件管理器把文件拖放到本窗口的任意位置。Bitext 可以读取 %1：纯文本、Markdown 或字幕格式的转写稿，REFI-QDA 项目和编码表，以及 Web Annotation JSON。</translation>
        </message>
        <message>
            <source>Read the manual</source>
            <translation>阅读使用手册</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
    </context>
    <context>
        <name>WordFrequency</name>
        <message>
            <source>No speaker</source>
            <translation>无发言人</translation>
        </message>
    </context>
    <context>
        <name>WordFrequencyModel</name>
        <message>
            <source>Document</source>
            <translation>文档</translation>
        </message>
        <message>
            <source>Speaker</source>
            <translation>发言人</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>编码</translation>
        </message>
        <message>
            <source>Word</source>
            <translation>词语</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>次数</translation>
        </message>
        <message>
            <source>Per 10,000</source>
            <translation>每万单位</translation>
        </message>
    </context>
    <context>
        <name>WordsView</name>
        <message>
            <source>Count words for</source>
            <translation>统计词语的范围</translation>
        </message>
        <message>
            <source>The whole filter</source>
            <translation>整个筛选范围</translation>
        </message>
        <message>
            <source>Each document</source>
            <translation>每个文档</translation>
        </message>
        <message>
            <source>Each speaker</source>
            <translation>每位发言人</translation>
        </message>
        <message>
            <source>Each code</source>
            <translation>每个编码</translation>
        </message>
        <message>
            <source>&amp;Count for:</source>
            <translation>统计范围(&amp;C)：</translation>
        </message>
        <message>
            <source>Shortest word counted, in characters</source>
            <translation>计入的最短词语（字符数）</translation>
        </message>
        <message>
            <source>&amp;Shortest word:</source>
            <translation>最短词语(&amp;S)：</translation>
        </message>
        <message>
            <source>Stop Words…</source>
            <translation>停用词…</translation>
        </message>
        <message>
            <source>Edit the words left out of the counts</source>
            <translation>编辑不计入统计的词语</translation>
        </message>
        <message>
            <source>Word frequencies</source>
            <translation>词频</translation>
        </message>
        <message>
            <source>Counting words</source>
            <translation>正在统计词语</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Counting words…</source>
            <translation>正在统计词语…</translation>
        </message>
        <message>
            <source>Canceled: the counts shown are not of the current filter.</source>
            <translation>已取消：显示的统计不是当前筛选条件的结果。</translation>
        </message>
        <message>
            <source>Could not count the words: %1</source>
            <translation>无法统计词语：%1</translation>
        </message>
        <message numerus="yes">
            <source>%n different word(s)</source>
            <translation>
                <numerusform>%n 个不同的词语</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unit(s) of text (characters or words)</source>
            <translation>
                <numerusform>文本共 %n 个单位（字或词）</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ZipArchive</name>
        <message>
            <source>Cannot build the zip archive (%1): %2</source>
            <translation>无法构建 zip 归档（%1）：%2</translation>
        </message>
        <message>
            <source>Cannot add %1 to the zip archive: %2</source>
            <translation>无法将 %1 添加到 zip 归档：%2</translation>
        </message>
        <message>
            <source>Cannot build the zip archive: %1</source>
            <translation>无法构建 zip 归档：%1</translation>
        </message>
        <message>
            <source>Cannot read the zip archive back.</source>
            <translation>无法读回 zip 归档。</translation>
        </message>
    </context>
    <context>
        <name>ZipReader</name>
        <message>
            <source>%1: not a readable zip archive: %2</source>
            <translation>%1：不是可读取的 zip 归档：%2</translation>
        </message>
        <message>
            <source>%1: the archive has %2 entries; at most %3 are read.</source>
            <translation>%1：归档中有 %2 个条目；最多只读取 %3 个。</translation>
        </message>
        <message>
            <source>%1: the archive entry "%2" points outside the archive (an absolute path or a ".." step); the archive is refused.</source>
            <translation>%1：归档条目“%2”指向归档之外（绝对路径或“..”路径段）；已拒绝该归档。</translation>
        </message>
        <message>
            <source>%1: the archive has no entry "%2".</source>
            <translation>%1：归档中没有条目“%2”。</translation>
        </message>
        <message>
            <source>%1: cannot read the archive entry "%2": %3</source>
            <translation>%1：无法读取归档条目“%2”：%3</translation>
        </message>
        <message>
            <source>%1: the archive entry "%2" is encrypted.</source>
            <translation>%1：归档条目“%2”已加密。</translation>
        </message>
        <message>
            <source>%1: the archive entry "%2" is larger than %3 MiB uncompressed (or than what is left of the %4 MiB read per archive); it is refused.</source>
            <translation>%1：归档条目“%2”解压后大于 %3 MiB（或超过了每个归档 %4 MiB 读取上限的剩余量）；已拒绝。</translation>
        </message>
        <message>
            <source>%1: cannot open the archive entry "%2": %3</source>
            <translation>%1：无法打开归档条目“%2”：%3</translation>
        </message>
        <message>
            <source>%1: the archive entry "%2" is damaged: %3</source>
            <translation>%1：归档条目“%2”已损坏：%3</translation>
        </message>
        <message>
            <source>%1: the archive entry "%2" inflates from %3 to %4 bytes, more than %5 times; no text does that, so it is refused as a zip bomb.</source>
            <translation>%1：归档条目“%2”从 %3 字节解压为 %4 字节，超过 %5 倍；文本不会这样，因此作为 ZIP 炸弹拒绝。</translation>
        </message>
        <message>
            <source>%1: the archive entry "%2" holds more than the %3 bytes its header gives; the archive is damaged or forged, and it is refused.</source>
            <translation>%1：归档条目“%2”的内容超过其标头声明的 %3 字节；该归档已损坏或被伪造，已拒绝。</translation>
        </message>
    </context>
    <context>
        <name>bitext::Export</name>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>无法写入 %1：%2</translation>
        </message>
        <message>
            <source>Annotated notes</source>
            <translation>带批注的笔记</translation>
        </message>
        <message>
            <source>The export was cancelled.</source>
            <translation>导出已取消。</translation>
        </message>
    </context>
    <context>
        <name>bitext::cli::Command</name>
        <message>
            <source>There is no tag '%1' (give its path, e.g. Parent/Child, or its id).</source>
            <translation>不存在标签“%1”（请提供其路径，例如 Parent/Child，或其编号）。</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Transcripts to import and open.</source>
            <translation>要导入并打开的转写稿。</translation>
        </message>
        <message>
            <source>bitext: Bitext is already running on %1 but does not answer.</source>
            <translation>bitext：已有一个 Bitext 正在使用 %1 运行，但没有响应。</translation>
        </message>
        <message>
            <source>Library file or postgresql:// URL to open.</source>
            <translation>要打开的文库文件或 postgresql:// 地址。</translation>
        </message>
    </context>
</TS>
