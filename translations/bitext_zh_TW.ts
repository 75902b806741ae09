<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
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
            <translation>關於 Bitext</translation>
        </message>
        <message>
            <source>Bitext %1</source>
            <translation>Bitext %1</translation>
        </message>
        <message>
            <source>Read, compare and annotate Chinese/English transcripts side by side.</source>
            <translation>並排閱讀、對照和註解中英文逐字稿。</translation>
        </message>
        <message>
            <source>Qt: built with %1, running on %2</source>
            <translation>Qt：建置版本 %1，執行版本 %2</translation>
        </message>
        <message>
            <source>KSyntaxHighlighting (Markdown notes, export preview): %1</source>
            <translation>KSyntaxHighlighting（Markdown 筆記、匯出預覽）：%1</translation>
        </message>
        <message>
            <source>Database drivers: SQLite %1, PostgreSQL %2</source>
            <translation>資料庫驅動程式：SQLite %1，PostgreSQL %2</translation>
        </message>
        <message>
            <source>Libraries: OpenCC %1, libzip %2</source>
            <translation>程式庫：OpenCC %1，libzip %2</translation>
        </message>
        <message>
            <source>No library is open.</source>
            <translation>目前沒有開啟的文庫。</translation>
        </message>
        <message>
            <source>&amp;Library:</source>
            <translation>文庫(&amp;L)：</translation>
        </message>
        <message>
            <source>Show &amp;Folder</source>
            <translation>顯示資料夾(&amp;F)</translation>
        </message>
        <message>
            <source>Open the folder that holds the library file</source>
            <translation>開啟文庫檔案所在的資料夾</translation>
        </message>
        <message>
            <source>Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later).</source>
            <translation>授權條款：GNU 通用公共授權條款第 3 版或更新版本（GPL-3.0-or-later）。</translation>
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
            <translation>普通到良好</translation>
        </message>
        <message>
            <source>excellent</source>
            <translation>極佳</translation>
        </message>
        <message>
            <source>Kappa: below 0.40 poor, 0.40 to 0.75 fair to good, above 0.75 excellent. Agreement counts the characters both coders coded or both left out; kappa discounts what chance alone would give.</source>
            <translation>Kappa：低於 0.40 為差，0.40 到 0.75 為普通到良好，高於 0.75 為極佳。一致率計算兩位編碼者都編碼或都未編碼的字元；Kappa 扣除了僅憑偶然就會得到的一致。</translation>
        </message>
        <message>
            <source>Kappa %1: %2</source>
            <translation>Kappa %1：%2</translation>
        </message>
        <message numerus="yes">
            <source>%1 and %2 on “%3”: both coded %n character(s), neither %4; %1 only %5, %2 only %6</source>
            <translation>
                <numerusform>%1 與 %2 在「%3」上：兩人都編碼了 %n 個字元，都未編碼 %4 個；僅 %1 編碼 %5 個，僅 %2 編碼 %6 個</numerusform>
            </translation>
        </message>
        <message>
            <source>Document</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>編碼</translation>
        </message>
        <message>
            <source>Coder A</source>
            <translation>編碼者 A</translation>
        </message>
        <message>
            <source>Coder B</source>
            <translation>編碼者 B</translation>
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
            <translation>僅 A</translation>
        </message>
        <message>
            <source>B only</source>
            <translation>僅 B</translation>
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
            <translation>report agreement 不接受引數，不能是「%1」。</translation>
        </message>
        <message>
            <source>No document within these filters is coded by two or more people (annotation authors): there is nothing to compare.</source>
            <translation>在這些篩選條件下，沒有文件由兩人或更多人（註解作者）編碼：沒有可比較的內容。</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>編碼</translation>
        </message>
        <message>
            <source>Coder A</source>
            <translation>編碼者 A</translation>
        </message>
        <message>
            <source>Coder B</source>
            <translation>編碼者 B</translation>
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
            <translation>僅 A</translation>
        </message>
        <message>
            <source>B only</source>
            <translation>僅 B</translation>
        </message>
    </context>
    <context>
        <name>AgreementView</name>
        <message>
            <source>Agreement between coders</source>
            <translation>編碼者間一致性</translation>
        </message>
        <message>
            <source>Agreement needs a document coded by two or more people: quotes with codes by at least two authors (each person's name is set in Preferences) on the same document. No document within the current filter has that.</source>
            <translation>一致性需要由兩人或更多人編碼的文件：同一文件上至少有兩位作者（每人的姓名在偏好設定中設定）帶編碼的引文。目前篩選條件下沒有這樣的文件。</translation>
        </message>
        <message>
            <source>&amp;Passages coded by one coder only:</source>
            <translation>僅一位編碼者編碼的段落(&amp;P)：</translation>
        </message>
        <message>
            <source>Passages coded by one coder only</source>
            <translation>僅一位編碼者編碼的段落</translation>
        </message>
        <message>
            <source>Coder</source>
            <translation>編碼者</translation>
        </message>
        <message>
            <source>Side</source>
            <translation>語言</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>文字</translation>
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
            <translation>把中文和英文逐字稿配對成一份文件，或為單一語言的文件補上另一種語言（--document）</translation>
        </message>
        <message>
            <source>Attach FILE as the other language of document DOC (id or title), which has only one; its annotations stay on their text.</source>
            <translation>把 FILE 作為文件 DOC（ID 或標題）的另一種語言附加上去，該文件須只有一種語言；其註解保留在原來的文字上。</translation>
        </message>
        <message>
            <source>with --document, expects one FILE: the other language of that document.</source>
            <translation>使用 --document 時需要一個 FILE：該文件的另一種語言。</translation>
        </message>
        <message>
            <source>expects two files, the Chinese one first (ZH_FILE EN_FILE), or --document DOC FILE.</source>
            <translation>需要兩個檔案，中文在前（ZH_FILE EN_FILE），或使用 --document DOC FILE。</translation>
        </message>
        <message numerus="yes">
            <source>Document %1 "%2": %n pair(s)</source>
            <translation>
                <numerusform>文件 %1「%2」：%n 對</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n to review (confidence below %1, marked !)</source>
            <translation>
                <numerusform>%n 對需要複查（信賴度低於 %1，標有 !）</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AlignController</name>
        <message>
            <source>Give the open one-language document its other language from a file, paired automatically.</source>
            <translation>從檔案為開啟的單語文件加入另一種語言，並自動配對。</translation>
        </message>
        <message>
            <source>Pair Languages</source>
            <translation>配對雙語</translation>
        </message>
        <message>
            <source>Pair them as one bilingual document?

Chinese: %1
English: %2</source>
            <translation>將它們配對為一份雙語文件嗎？

中文：%1
英文：%2</translation>
        </message>
        <message>
            <source>&amp;Pair</source>
            <translation>配對(&amp;P)</translation>
        </message>
        <message>
            <source>Attach Translation</source>
            <translation>附加譯文</translation>
        </message>
        <message>
            <source>Attach %1 to “%2” as its %3 side?</source>
            <translation>將 %1 作為%3部分附加到「%2」嗎？</translation>
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
            <translation>分別匯入(&amp;S)</translation>
        </message>
        <message>
            <source>Cannot Attach Translation</source>
            <translation>無法附加譯文</translation>
        </message>
        <message>
            <source>Cannot Pair Files</source>
            <translation>無法配對檔案</translation>
        </message>
        <message numerus="yes">
            <source>Translation attached: %n pair(s).</source>
            <translation>
                <numerusform>已附加譯文：%n 個配對。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Paired as one document: %n pair(s).</source>
            <translation>
                <numerusform>已配對為一份文件：%n 個配對。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n need(s) review (F8 goes to the next).</source>
            <translation>
                <numerusform>%n 個需要檢查（按 F8 前往下一個）。</numerusform>
            </translation>
        </message>
        <message>
            <source>None needs review.</source>
            <translation>沒有需要檢查的配對。</translation>
        </message>
        <message>
            <source>Attach Trans&amp;lation…</source>
            <translation>附加譯文(&amp;L)…</translation>
        </message>
        <message>
            <source>The document could not be read back.</source>
            <translation>無法重新讀取該文件。</translation>
        </message>
    </context>
    <context>
        <name>AlignInput</name>
        <message>
            <source>%1: this is a project or annotation file, not a transcript; align pairs two transcripts.</source>
            <translation>%1：這是專案或註解檔案，不是逐字稿；align 配對的是兩份逐字稿。</translation>
        </message>
        <message>
            <source>%1: no text found; expected the %2 side of the pair.</source>
            <translation>%1：沒有找到文字；這裡應是配對中的%2一方。</translation>
        </message>
        <message>
            <source>%1:%2: the text is %3, but this file was given as the %4 side of the pair.</source>
            <translation>%1:%2：文字是%3，但這個檔案被指定為配對中的%4一方。</translation>
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
            <translation>正在附加譯文…</translation>
        </message>
        <message>
            <source>Pairing the two files…</source>
            <translation>正在配對兩個檔案…</translation>
        </message>
        <message>
            <source>Pair Languages</source>
            <translation>配對雙語</translation>
        </message>
    </context>
    <context>
        <name>AlignService</name>
        <message>
            <source>%1 and %2 are already paired in the library as document %3 ("%4").</source>
            <translation>%1 和 %2 已在文庫中配對為文件 %3（「%4」）。</translation>
        </message>
        <message>
            <source>There is no document %1.</source>
            <translation>沒有文件 %1。</translation>
        </message>
        <message>
            <source>Document %1 ("%2") already has both Chinese and English text; only a one-language document can be given its other language.</source>
            <translation>文件 %1（「%2」）已同時有中文和英文文字；只有單一語言的文件才能補上另一種語言。</translation>
        </message>
        <message>
            <source>Document %1 ("%2") has no text to pair with.</source>
            <translation>文件 %1（「%2」）沒有可配對的文字。</translation>
        </message>
    </context>
    <context>
        <name>AlignmentMark</name>
        <message>
            <source>Paired automatically with %1% confidence: check that both sides say the same.</source>
            <translation>自動配對，信賴度 %1%：請核對兩邊說的是否一致。</translation>
        </message>
        <message>
            <source>Marked as untranslated: this passage has no counterpart in the other language.</source>
            <translation>已標記為未翻譯：這段文字在另一種語言中沒有對應內容。</translation>
        </message>
    </context>
    <context>
        <name>AlignmentReviewDock</name>
        <message>
            <source>Alignment Review</source>
            <translation>對齊檢查</translation>
        </message>
        <message>
            <source>Pairs to review</source>
            <translation>待檢查的配對</translation>
        </message>
        <message>
            <source>&amp;Previous</source>
            <translation>上一個(&amp;P)</translation>
        </message>
        <message>
            <source>Previous pair to review</source>
            <translation>上一個待檢查的配對</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>下一個(&amp;N)</translation>
        </message>
        <message>
            <source>Next pair to review</source>
            <translation>下一個待檢查的配對</translation>
        </message>
        <message>
            <source>&amp;Accept</source>
            <translation>接受(&amp;A)</translation>
        </message>
        <message>
            <source>Accept this pairing</source>
            <translation>接受此配對</translation>
        </message>
        <message>
            <source>Confirm that the current pair is paired right; it leaves the list (undoable).</source>
            <translation>確認目前的配對無誤；它將從清單中移除（可復原）。</translation>
        </message>
        <message>
            <source>Next Pair to Review</source>
            <translation>下一個待檢查的配對</translation>
        </message>
        <message>
            <source>Previous Pair to Review</source>
            <translation>上一個待檢查的配對</translation>
        </message>
        <message>
            <source>Accept Pairing</source>
            <translation>接受配對</translation>
        </message>
        <message numerus="yes">
            <source>%n pair(s) to review</source>
            <translation>
                <numerusform>%n 個配對待檢查</numerusform>
            </translation>
        </message>
        <message>
            <source>No pairs to review.</source>
            <translation>沒有待檢查的配對。</translation>
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
            <translation>編碼矩陣(&amp;M)…</translation>
        </message>
        <message>
            <source>Codes by speaker, document or code: how many quotes, how much of the text.</source>
            <translation>依講者、文件或編碼檢視編碼：有多少則引文，涵蓋多少文字。</translation>
        </message>
        <message>
            <source>&amp;Charts…</source>
            <translation>圖表(&amp;C)…</translation>
        </message>
        <message>
            <source>Code frequencies by speaker, talk share per document, and the matrix as a heat map.</source>
            <translation>各講者的編碼次數、各文件的發言比例，以及以熱度圖呈現的矩陣。</translation>
        </message>
        <message>
            <source>&amp;Word Frequency and Concordance…</source>
            <translation>詞頻與語境索引(&amp;W)…</translation>
        </message>
        <message>
            <source>The words used most, and every use of a word in context, in either script.</source>
            <translation>最常用的詞，以及一個詞在上下文中的每次出現（簡繁皆可）。</translation>
        </message>
        <message>
            <source>Coder &amp;Agreement…</source>
            <translation>編碼者一致性(&amp;A)…</translation>
        </message>
        <message>
            <source>How far two coders agree on each code: percentage agreement and Cohen's kappa.</source>
            <translation>兩位編碼者在每個編碼上的一致程度：一致率與 Cohen's kappa。</translation>
        </message>
        <message>
            <source>Matrix</source>
            <translation>矩陣</translation>
        </message>
        <message>
            <source>Charts</source>
            <translation>圖表</translation>
        </message>
        <message>
            <source>Words</source>
            <translation>詞語</translation>
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
            <translation>分析檢視</translation>
        </message>
    </context>
    <context>
        <name>Anchor</name>
        <message>
            <source>The selection lies outside the document's text.</source>
            <translation>選取範圍超出文件的文字。</translation>
        </message>
        <message>
            <source>The selection is empty.</source>
            <translation>選取範圍是空的。</translation>
        </message>
        <message>
            <source>The selection is empty or lies outside the document's text.</source>
            <translation>選取範圍是空的，或超出文件的文字。</translation>
        </message>
    </context>
    <context>
        <name>AnnotateCommand</name>
        <message>
            <source>Highlight a quote of a segment, with tags, a note and a colour</source>
            <translation>以螢光標記片段中的一段引文，並可加上標籤、筆記與顏色</translation>
        </message>
        <message>
            <source>Which text the quote is in: zh or en.</source>
            <translation>引文所在的文字：zh 或 en。</translation>
        </message>
        <message>
            <source>SIDE</source>
            <translation>SIDE</translation>
        </message>
        <message>
            <source>The exact text to highlight; it must occur in the segment.</source>
            <translation>要標記的確切文字，必須出現在該片段中。</translation>
        </message>
        <message>
            <source>TEXT</source>
            <translation>TEXT</translation>
        </message>
        <message>
            <source>A codebook tag, e.g. Risk/Misuse (created when missing); repeatable.</source>
            <translation>編碼簿中的標籤，例如 Risk/Misuse（不存在時會自動建立）；可重複指定。</translation>
        </message>
        <message>
            <source>TAG</source>
            <translation>TAG</translation>
        </message>
        <message>
            <source>A Markdown note on the annotation.</source>
            <translation>附加在註解上的 Markdown 筆記。</translation>
        </message>
        <message>
            <source>Highlight colour: a name (yellow) or #rrggbb.</source>
            <translation>螢光標記顏色：顏色名稱（yellow）或 #rrggbb。</translation>
        </message>
        <message>
            <source>NAME</source>
            <translation>NAME</translation>
        </message>
        <message>
            <source>expects DOC and SEGMENT (the 0-based segment index of `show --json`).</source>
            <translation>需要 DOC 與 SEGMENT（即 `show --json` 中從 0 起算的片段索引）。</translation>
        </message>
        <message>
            <source>SEGMENT must be a 0-based segment index, not '%1'.</source>
            <translation>SEGMENT 必須是從 0 起算的片段索引，而不是「%1」。</translation>
        </message>
        <message>
            <source>--side must be zh or en.</source>
            <translation>--side 必須是 zh 或 en。</translation>
        </message>
        <message>
            <source>--quote TEXT is required.</source>
            <translation>必須指定 --quote TEXT。</translation>
        </message>
        <message>
            <source>'%1' is not a colour name or #rrggbb.</source>
            <translation>「%1」不是顏色名稱，也不是 #rrggbb。</translation>
        </message>
        <message>
            <source>'%1' has %2 segments; SEGMENT must be between 0 and %3.</source>
            <translation>「%1」有 %2 個片段；SEGMENT 必須介於 0 到 %3 之間。</translation>
        </message>
        <message>
            <source>The quote "%1" does not occur in the %2 text of segment %3 of '%4'.</source>
            <translation>引文「%1」並未出現在「%4」片段 %3 的 %2 文字中。</translation>
        </message>
        <message>
            <source>Annotation %1 (already on this passage) on segment %2 (%3) of '%4': %5</source>
            <translation>「%4」片段 %2（%3）上的註解 %1（此段落已有此註解）：%5</translation>
        </message>
        <message>
            <source>Annotation %1 on segment %2 (%3) of '%4': %5</source>
            <translation>「%4」片段 %2（%3）上的註解 %1：%5</translation>
        </message>
    </context>
    <context>
        <name>AnnotationActions</name>
        <message>
            <source>&amp;Highlight</source>
            <translation>螢光標記(&amp;H)</translation>
        </message>
        <message>
            <source>Highlight the selected text in the current colour</source>
            <translation>以目前的顏色螢光標記選取的文字</translation>
        </message>
        <message>
            <source>&amp;Tag…</source>
            <translation>加上標籤(&amp;T)…</translation>
        </message>
        <message>
            <source>Tag the selected text or the highlight under the cursor</source>
            <translation>為選取的文字或目前位置的螢光標記加上標籤</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>標籤</translation>
        </message>
        <message>
            <source>Add &amp;Note…</source>
            <translation>新增筆記(&amp;N)…</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>筆記</translation>
        </message>
        <message>
            <source>&amp;Remove Highlight</source>
            <translation>移除螢光標記(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Manage Tags…</source>
            <translation>管理標籤(&amp;M)…</translation>
        </message>
        <message>
            <source>&amp;Document Note…</source>
            <translation>文件筆記(&amp;D)…</translation>
        </message>
        <message>
            <source>Yellow</source>
            <translation>黃色</translation>
        </message>
        <message>
            <source>Green</source>
            <translation>綠色</translation>
        </message>
        <message>
            <source>Blue</source>
            <translation>藍色</translation>
        </message>
        <message>
            <source>Pink</source>
            <translation>粉紅色</translation>
        </message>
        <message>
            <source>Orange</source>
            <translation>橘色</translation>
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
            <translation>萊姆綠</translation>
        </message>
        <message>
            <source>Red</source>
            <translation>紅色</translation>
        </message>
        <message>
            <source>Grey</source>
            <translation>灰色</translation>
        </message>
        <message>
            <source>Highlight Co&amp;lour</source>
            <translation>螢光標記顏色(&amp;L)</translation>
        </message>
        <message>
            <source>Highlight</source>
            <translation>標記</translation>
        </message>
    </context>
    <context>
        <name>AnnotationController</name>
        <message>
            <source>Could not store the highlight: %1</source>
            <translation>無法儲存螢光標記：%1</translation>
        </message>
        <message>
            <source>Note on Highlight</source>
            <translation>螢光標記的筆記</translation>
        </message>
        <message>
            <source>“%1”</source>
            <translation>「%1」</translation>
        </message>
        <message>
            <source>Document Note</source>
            <translation>文件筆記</translation>
        </message>
        <message>
            <source>This quote's text is no longer in the document.</source>
            <translation>這則引文的文字已不在文件中。</translation>
        </message>
        <message>
            <source>&lt;i&gt;No tags&lt;/i&gt;</source>
            <translation>&lt;i&gt;沒有標籤&lt;/i&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Tags:&lt;/b&gt; %1</source>
            <translation>&lt;b&gt;標籤：&lt;/b&gt;%1</translation>
        </message>
    </context>
    <context>
        <name>AnnotationRepository</name>
        <message>
            <source>An annotation needs a quote.</source>
            <translation>註解必須有引文。</translation>
        </message>
        <message>
            <source>no tags</source>
            <translation>無標籤</translation>
        </message>
        <message>
            <source>Colour %1, tags: %2, passage: %3</source>
            <translation>顏色 %1，標籤：%2，引文：%3</translation>
        </message>
    </context>
    <context>
        <name>AnnotationsCommand</name>
        <message>
            <source>List annotations (highlighted quotes) with their tags and notes</source>
            <translation>列出註解（螢光標記的引文）及其標籤與筆記</translation>
        </message>
        <message>
            <source>Only this document (id or title).</source>
            <translation>僅限此文件（ID 或標題）。</translation>
        </message>
        <message>
            <source>DOC</source>
            <translation>DOC</translation>
        </message>
        <message>
            <source>Only quotes with this tag or one below it, e.g. Risk/Misuse.</source>
            <translation>僅限帶有此標籤或其下層標籤的引文，例如 Risk/Misuse。</translation>
        </message>
        <message>
            <source>TAG</source>
            <translation>TAG</translation>
        </message>
        <message>
            <source>takes no arguments; use --document DOC for one document.</source>
            <translation>不接受引數；若只要一份文件，請使用 --document DOC。</translation>
        </message>
        <message>
            <source>There is no tag '%1'. `bitext tags` lists them.</source>
            <translation>沒有「%1」這個標籤。`bitext tags` 會列出所有標籤。</translation>
        </message>
        <message>
            <source>No annotations.</source>
            <translation>沒有註解。</translation>
        </message>
        <message>
            <source>orphaned</source>
            <translation>已失去對應</translation>
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
            <translation>註解</translation>
        </message>
        <message>
            <source>This document</source>
            <translation>此文件</translation>
        </message>
        <message>
            <source>Whole library</source>
            <translation>整個文庫</translation>
        </message>
        <message>
            <source>Filter quotes, notes, tags…</source>
            <translation>篩選引文、筆記、標籤…</translation>
        </message>
        <message>
            <source>Show all</source>
            <translation>全部顯示</translation>
        </message>
        <message>
            <source>Clear every filter</source>
            <translation>清除所有篩選條件</translation>
        </message>
        <message>
            <source>All speakers</source>
            <translation>所有講者</translation>
        </message>
        <message>
            <source>All colours</source>
            <translation>所有顏色</translation>
        </message>
        <message numerus="yes">
            <source>%n quote(s)</source>
            <translation>
                <numerusform>%n 則引文</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Go to quote</source>
            <translation>前往引文(&amp;G)</translation>
        </message>
        <message>
            <source>&amp;Tag…</source>
            <translation>加上標籤(&amp;T)…</translation>
        </message>
        <message>
            <source>&amp;Untag</source>
            <translation>移除標籤(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Colour</source>
            <translation>顏色(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Remove highlight</source>
            <translation>移除螢光標記(&amp;R)</translation>
        </message>
        <message>
            <source>Show quotes from</source>
            <translation>顯示引文的範圍</translation>
        </message>
        <message>
            <source>Filter quotes</source>
            <translation>篩選引文</translation>
        </message>
        <message>
            <source>Speaker</source>
            <translation>講者</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>顏色</translation>
        </message>
        <message>
            <source>Codebook</source>
            <translation>編碼簿</translation>
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
            <translation>外觀(&amp;A)：</translation>
        </message>
        <message>
            <source>System</source>
            <translation>跟隨系統</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>淺色</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>深色</translation>
        </message>
        <message>
            <source>&amp;Simplified Chinese font:</source>
            <translation>簡體中文字型(&amp;S)：</translation>
        </message>
        <message>
            <source>&amp;Traditional Chinese font:</source>
            <translation>繁體中文字型(&amp;T)：</translation>
        </message>
        <message>
            <source>&amp;Latin font:</source>
            <translation>拉丁文字型(&amp;L)：</translation>
        </message>
        <message>
            <source>Text &amp;size:</source>
            <translation>文字大小(&amp;S)：</translation>
        </message>
        <message>
            <source>Automatic</source>
            <translation>自動</translation>
        </message>
        <message>
            <source> pt</source>
            <translation> 點</translation>
        </message>
        <message>
            <source>&amp;Highlight colours:</source>
            <translation>螢光標記顏色(&amp;H)：</translation>
        </message>
        <message>
            <source>&amp;Note editor theme:</source>
            <translation>筆記編輯器佈景主題(&amp;N)：</translation>
        </message>
        <message>
            <source>Automatic (light or dark)</source>
            <translation>自動（淺色或深色）</translation>
        </message>
    </context>
    <context>
        <name>AssignSpeakerCommand</name>
        <message numerus="yes">
            <source>Assign %n Segment(s) to %1</source>
            <translation>
                <numerusform>將 %n 個片段指派給 %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Clear Speaker of %n Segment(s)</source>
            <translation>
                <numerusform>清除 %n 個片段的講者</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AttachMediaCommand</name>
        <message>
            <source>Detach Media</source>
            <translation>取消附加媒體</translation>
        </message>
        <message>
            <source>Attach Media</source>
            <translation>附加媒體</translation>
        </message>
        <message>
            <source>Attach an audio or video file to a document (DOC: id or title), or --detach it</source>
            <translation>為文件附加音訊或視訊檔案（DOC：ID 或標題），或以 --detach 取消附加</translation>
        </message>
        <message>
            <source>Forget the document's media file instead (no FILE).</source>
            <translation>改為移除文件的媒體檔案（不加 FILE）。</translation>
        </message>
        <message>
            <source>--detach expects one DOC (a document id or title).</source>
            <translation>--detach 需要一個 DOC（文件 ID 或標題）。</translation>
        </message>
        <message>
            <source>expects a DOC (a document id or title) and a media FILE.</source>
            <translation>需要一個 DOC（文件 ID 或標題）和一個媒體 FILE。</translation>
        </message>
        <message>
            <source>%1: no media file attached.</source>
            <translation>%1：未附加媒體檔案。</translation>
        </message>
        <message>
            <source>%1: media %2</source>
            <translation>%1：媒體 %2</translation>
        </message>
    </context>
    <context>
        <name>AttachMediaController</name>
        <message>
            <source>Attach &amp;Media…</source>
            <translation>連結媒體(&amp;M)…</translation>
        </message>
        <message>
            <source>Attach an audio or video file to the open document</source>
            <translation>為開啟的文件連結音訊或視訊檔案</translation>
        </message>
        <message>
            <source>Detac&amp;h Media</source>
            <translation>解除媒體連結(&amp;H)</translation>
        </message>
        <message>
            <source>Forget the media file of the open document</source>
            <translation>不再連結開啟的文件的媒體檔案</translation>
        </message>
        <message>
            <source>Audio and video (%1);;All files (*)</source>
            <translation>音訊和視訊 (%1);;所有檔案 (*)</translation>
        </message>
        <message>
            <source>Attach Media</source>
            <translation>連結媒體</translation>
        </message>
        <message>
            <source>Cannot Attach Media</source>
            <translation>無法連結媒體</translation>
        </message>
        <message>
            <source>%1 is not an audio or video file Bitext can play. Choose a file ending in %2.</source>
            <translation>%1 不是 Bitext 能播放的音訊或視訊檔案。請選擇副檔名為 %2 的檔案。</translation>
        </message>
        <message>
            <source>Attached %1.</source>
            <translation>已連結 %1。</translation>
        </message>
        <message>
            <source>Cannot Detach Media</source>
            <translation>無法解除媒體連結</translation>
        </message>
    </context>
    <context>
        <name>AutoCodeCommand</name>
        <message numerus="yes">
            <source>Auto-code %n passage(s) as “%1”</source>
            <translation>
                <numerusform>將 %n 處段落自動編碼為「%1」</numerusform>
            </translation>
        </message>
        <message>
            <source>A highlight to tag no longer exists.</source>
            <translation>要加標籤的標記已不存在。</translation>
        </message>
    </context>
    <context>
        <name>AutoCodeRunner</name>
        <message>
            <source>Nothing to auto-code: no passage of a text was given.</source>
            <translation>沒有可自動編碼的內容：沒有提供任何文字段落。</translation>
        </message>
        <message>
            <source>Could not auto-code: %1</source>
            <translation>無法自動編碼：%1</translation>
        </message>
        <message numerus="yes">
            <source>Coded %n passage(s); %1 already had the tag</source>
            <translation>
                <numerusform>已編碼 %n 處段落；%1 處已有該標籤</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AutoCoder</name>
        <message>
            <source>The tag to code with no longer exists.</source>
            <translation>要用來編碼的標籤已不存在。</translation>
        </message>
    </context>
    <context>
        <name>BackupCommand</name>
        <message>
            <source>List, create or restore the backups of a library file</source>
            <translation>列出、建立或還原文庫檔案的備份</translation>
        </message>
        <message>
            <source>expects list, create, or restore with an optional backup file name.</source>
            <translation>需要 list、create，或 restore 加上選用的備份檔名。</translation>
        </message>
        <message>
            <source>A server library has no backups here; back it up with the server's own tools (pg_dump).</source>
            <translation>伺服器文庫在這裡沒有備份；請用伺服器本身的工具（pg_dump）備份。</translation>
        </message>
        <message>
            <source>%1 has no backups (in %2).</source>
            <translation>%1 沒有備份（在 %2 中）。</translation>
        </message>
        <message>
            <source>Backed up %1 to %2.</source>
            <translation>已將 %1 備份到 %2。</translation>
        </message>
        <message>
            <source>%1 is not a backup of %2; `bitext backup list` shows them.</source>
            <translation>%1 不是 %2 的備份；`bitext backup list` 會列出其備份。</translation>
        </message>
        <message>
            <source>%1 has no backup that passes the integrity check.</source>
            <translation>%1 沒有通過完整性檢查的備份。</translation>
        </message>
        <message>
            <source>Restored %1 from the backup of %2.</source>
            <translation>已用 %2 的備份還原 %1。</translation>
        </message>
        <message>
            <source>The library as it was is kept at %1.</source>
            <translation>原來的文庫保留在 %1。</translation>
        </message>
    </context>
    <context>
        <name>BackupController</name>
        <message>
            <source>&amp;Restore from Backup…</source>
            <translation>從備份還原(&amp;R)…</translation>
        </message>
        <message>
            <source>Put one of the library's backups in its place</source>
            <translation>以文庫的某份備份取代文庫</translation>
        </message>
        <message>
            <source>Damaged Library</source>
            <translation>文庫已損壞</translation>
        </message>
        <message>
            <source>Bitext has not changed the file. Restoring the backup from %1 puts it in the library's place; the damaged file is kept beside it.</source>
            <translation>Bitext 沒有更動該檔案。還原 %1 的備份會以它取代文庫；損壞的檔案保留在旁邊。</translation>
        </message>
        <message>
            <source>Restore Backup from %1</source>
            <translation>還原 %1 的備份</translation>
        </message>
        <message>
            <source>Bitext has not changed the file. It has no backup that could be restored.</source>
            <translation>Bitext 沒有更動該檔案。它沒有可以還原的備份。</translation>
        </message>
        <message>
            <source>Open Another Library…</source>
            <translation>開啟其他文庫…</translation>
        </message>
        <message>
            <source>The backup %1 is gone.</source>
            <translation>備份 %1 已不存在。</translation>
        </message>
        <message>
            <source>Cannot Restore Backup</source>
            <translation>無法還原備份</translation>
        </message>
        <message>
            <source>Restored the library from its backup.</source>
            <translation>已從備份還原文庫。</translation>
        </message>
        <message>
            <source>Restored the library from its backup; the library as it was is kept at %1.</source>
            <translation>已從備份還原文庫；原來的文庫保留在 %1。</translation>
        </message>
    </context>
    <context>
        <name>BoundedJson</name>
        <message>
            <source>%1:%2: a string is not closed with " before the end of the line.</source>
            <translation>%1:%2：字串在行尾之前沒有以 " 結束。</translation>
        </message>
        <message>
            <source>%1:%2: the JSON is nested more than %3 levels deep; no annotation file needs that many, so it is refused.</source>
            <translation>%1:%2：JSON 的巢狀層級超過 %3 層；註解檔案不需要這麼多層，因此拒絕讀取。</translation>
        </message>
        <message>
            <source>%1:%2: the JSON holds more than %3 values; Bitext reads files with fewer, so it is refused.</source>
            <translation>%1:%2：JSON 包含超過 %3 個值；Bitext 只讀取值較少的檔案，因此拒絕讀取。</translation>
        </message>
        <message>
            <source>%1:%2: not valid JSON: %3 (at byte %4)</source>
            <translation>%1:%2：不是有效的 JSON：%3（位於位元組 %4）</translation>
        </message>
    </context>
    <context>
        <name>BulkStatement</name>
        <message>
            <source>the connection has no SQLite handle</source>
            <translation>此連線沒有 SQLite 控制代碼</translation>
        </message>
    </context>
    <context>
        <name>ChangeTagCommand</name>
        <message>
            <source>Rename tag %1 to %2</source>
            <translation>將標籤 %1 重新命名為 %2</translation>
        </message>
        <message>
            <source>Change colour of tag %1</source>
            <translation>變更標籤 %1 的顏色</translation>
        </message>
        <message>
            <source>Describe tag %1</source>
            <translation>描述標籤 %1</translation>
        </message>
        <message>
            <source>Move tag %1</source>
            <translation>移動標籤 %1</translation>
        </message>
        <message>
            <source>The tag no longer exists.</source>
            <translation>此標籤已不存在。</translation>
        </message>
    </context>
    <context>
        <name>ChartExporter</name>
        <message>
            <source>the image could not be encoded</source>
            <translation>無法產生該圖片</translation>
        </message>
        <message>
            <source>A chart made with Bitext</source>
            <translation>用 Bitext 製作的圖表</translation>
        </message>
    </context>
    <context>
        <name>ChartsView</name>
        <message>
            <source>C&amp;hart:</source>
            <translation>圖表(&amp;H)：</translation>
        </message>
        <message>
            <source>Code frequencies by speaker</source>
            <translation>各講者的編碼次數</translation>
        </message>
        <message>
            <source>Talk share by document</source>
            <translation>各文件的發言比例</translation>
        </message>
        <message>
            <source>Heat map</source>
            <translation>熱度圖</translation>
        </message>
        <message>
            <source>Chart</source>
            <translation>圖表</translation>
        </message>
        <message>
            <source>Export &amp;PNG…</source>
            <translation>匯出 PNG(&amp;P)…</translation>
        </message>
        <message>
            <source>Save the chart as a PNG image at 300 dpi, A4 landscape</source>
            <translation>將圖表儲存為 300 dpi 的 PNG 圖片，A4 橫向</translation>
        </message>
        <message>
            <source>Export &amp;SVG…</source>
            <translation>匯出 SVG(&amp;S)…</translation>
        </message>
        <message>
            <source>Save the chart as an SVG drawing, A4 landscape</source>
            <translation>將圖表儲存為 SVG 向量圖，A4 橫向</translation>
        </message>
        <message>
            <source>Export Chart as PNG</source>
            <translation>將圖表匯出為 PNG</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>PNG 圖片 (*.png)</translation>
        </message>
        <message>
            <source>Export Chart as SVG</source>
            <translation>將圖表匯出為 SVG</translation>
        </message>
        <message>
            <source>SVG drawings (*.svg)</source>
            <translation>SVG 向量圖 (*.svg)</translation>
        </message>
    </context>
    <context>
        <name>CodeFrequencyChart</name>
        <message>
            <source>Code frequencies by speaker</source>
            <translation>各講者的編碼次數</translation>
        </message>
        <message>
            <source>Code frequencies by speaker: no coded quotes for this filter</source>
            <translation>各講者的編碼次數：此篩選條件下沒有已編碼的引文</translation>
        </message>
        <message>
            <source>%1 — %2: %3</source>
            <translation>%1 — %2：%3</translation>
        </message>
        <message>
            <source>Coverage of the speaker's text (%)</source>
            <translation>占該講者文字的涵蓋率（%）</translation>
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
            <translation>（無講者）</translation>
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
閱讀並註解中英文逐字稿。未指定指令時會開啟視窗。

指令：
</translation>
        </message>
        <message>
            <source>bitext: unknown command '%1'. Run `bitext --help` for the list of commands.</source>
            <translation>bitext：不明的指令「%1」。執行 `bitext --help` 可查看指令清單。</translation>
        </message>
        <message>
            <source>Print machine-readable JSON (keys documented in the README).</source>
            <translation>輸出機器可讀的 JSON（各鍵的說明請見 README）。</translation>
        </message>
        <message>
            <source>Run `bitext %1 --help` for usage.</source>
            <translation>執行 `bitext %1 --help` 以查看用法。</translation>
        </message>
        <message>
            <source>Library file or postgresql://USER@HOST:PORT/DB to use (default: %1; also set by BITEXT_LIBRARY).</source>
            <translation>要使用的文庫檔案或 postgresql://USER@HOST:PORT/DB 位址（預設：%1；也可用 BITEXT_LIBRARY 設定）。</translation>
        </message>
        <message>
            <source>
Options:
  --library PATH  Library file or postgresql:// URL (default: %1; also BITEXT_LIBRARY)
  -h, --help      Show this help; `bitext COMMAND --help` shows a command's options
  -v, --version   Show the version
</source>
            <translation>
選項：
  --library PATH  文庫檔案或 postgresql:// 位址（預設：%1；也可用 BITEXT_LIBRARY 設定）
  -h, --help      顯示此說明；`bitext COMMAND --help` 會顯示指令的選項
  -v, --version   顯示版本
</translation>
        </message>
        <message>
            <source>`bitext backup list` shows its backups; `bitext backup restore` puts the latest good one in its place.</source>
            <translation>`bitext backup list` 列出其備份；`bitext backup restore` 以最新的完好備份取代它。</translation>
        </message>
    </context>
    <context>
        <name>ConcordanceModel</name>
        <message>
            <source>%1, segment %2</source>
            <translation>%1，第 %2 個片段</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Speaker</source>
            <translation>講者</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>前文</translation>
        </message>
        <message>
            <source>Word</source>
            <translation>詞語</translation>
        </message>
        <message>
            <source>After</source>
            <translation>後文</translation>
        </message>
    </context>
    <context>
        <name>ConcordanceView</name>
        <message>
            <source>Word to find in context</source>
            <translation>要在語境中尋找的詞語</translation>
        </message>
        <message>
            <source>A word in Chinese (either script) or English</source>
            <translation>中文（簡體或繁體）或英文詞語</translation>
        </message>
        <message>
            <source>&amp;Word:</source>
            <translation>詞語(&amp;W)：</translation>
        </message>
        <message>
            <source>Order of the lines</source>
            <translation>各行的順序</translation>
        </message>
        <message>
            <source>In reading order</source>
            <translation>依閱讀順序</translation>
        </message>
        <message>
            <source>By what comes before</source>
            <translation>依前文排序</translation>
        </message>
        <message>
            <source>By what comes after</source>
            <translation>依後文排序</translation>
        </message>
        <message>
            <source>&amp;Sort:</source>
            <translation>排序(&amp;S)：</translation>
        </message>
        <message>
            <source>Auto-code…</source>
            <translation>自動編碼…</translation>
        </message>
        <message>
            <source>Highlight every line of the concordance with a code</source>
            <translation>用一個編碼標記語境索引的每一行</translation>
        </message>
        <message>
            <source>Concordance</source>
            <translation>語境索引</translation>
        </message>
        <message>
            <source>Finding the word</source>
            <translation>正在尋找詞語</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Finding “%1”…</source>
            <translation>正在尋找「%1」…</translation>
        </message>
        <message>
            <source>Canceled.</source>
            <translation>已取消。</translation>
        </message>
        <message>
            <source>Could not find the word: %1</source>
            <translation>無法尋找該詞語：%1</translation>
        </message>
        <message numerus="yes">
            <source>“%1”: %n line(s)</source>
            <translation>
                <numerusform>「%1」：%n 行</numerusform>
            </translation>
        </message>
        <message>
            <source>Context on each side</source>
            <translation>每側的上下文</translation>
        </message>
        <message>
            <source>Words (English) or characters (Chinese) shown on each side of the word</source>
            <translation>在詞語兩側各顯示的單字數（英文）或字數（中文）</translation>
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
            <translation>連線到團隊文庫</translation>
        </message>
        <message>
            <source>&amp;Host:</source>
            <translation>主機(&amp;H)：</translation>
        </message>
        <message>
            <source>&amp;Port:</source>
            <translation>連接埠(&amp;P)：</translation>
        </message>
        <message>
            <source>&amp;Database:</source>
            <translation>資料庫(&amp;D)：</translation>
        </message>
        <message>
            <source>&amp;User:</source>
            <translation>使用者(&amp;U)：</translation>
        </message>
        <message>
            <source>&amp;Encryption (TLS):</source>
            <translation>加密 (TLS)(&amp;E)：</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>位址：</translation>
        </message>
        <message>
            <source>Empty: this computer's socket</source>
            <translation>留空：使用本機的通訊端</translation>
        </message>
        <message>
            <source>Prefer (default)</source>
            <translation>優先加密（預設）</translation>
        </message>
        <message>
            <source>Require</source>
            <translation>必須加密</translation>
        </message>
        <message>
            <source>Verify certificate (verify-full)</source>
            <translation>驗證憑證 (verify-full)</translation>
        </message>
        <message>
            <source>Disable</source>
            <translation>不加密</translation>
        </message>
        <message>
            <source>Whether the connection is encrypted, and whether the server's certificate is checked.</source>
            <translation>連線是否加密，以及是否檢查伺服器的憑證。</translation>
        </message>
        <message>
            <source>The library's address, as the command line takes it with --library.</source>
            <translation>文庫的位址，即命令列中 --library 所用的寫法。</translation>
        </message>
        <message>
            <source>&amp;Test Connection</source>
            <translation>測試連線(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Connect</source>
            <translation>連線(&amp;C)</translation>
        </message>
        <message>
            <source>Connecting to %1…</source>
            <translation>正在連線到 %1…</translation>
        </message>
        <message>
            <source>No password was given; not connected.</source>
            <translation>未提供密碼；未連線。</translation>
        </message>
    </context>
    <context>
        <name>ConnectionIdentity</name>
        <message>
            <source>Not a PostgreSQL URL: it must start with postgresql://</source>
            <translation>不是 PostgreSQL URL：開頭必須是 postgresql://</translation>
        </message>
        <message>
            <source>Not a valid PostgreSQL URL (postgresql://USER@HOST:PORT/DATABASE).</source>
            <translation>無效的 PostgreSQL URL（postgresql://USER@HOST:PORT/DATABASE）。</translation>
        </message>
        <message>
            <source>%1: the URL contains a password. Bitext never takes a password from a URL or the command line; use `bitext password set` or a .pgpass file.</source>
            <translation>%1：URL 中含有密碼。Bitext 絕不接受 URL 或命令列中的密碼；請使用 `bitext password set` 或 .pgpass 檔案。</translation>
        </message>
        <message>
            <source>%1: the port must be a number from 1 to 65535.</source>
            <translation>%1：連接埠必須是 1 到 65535 之間的數字。</translation>
        </message>
    </context>
    <context>
        <name>ConnectionSettings</name>
        <message>
            <source>%1 is not a valid server library address. Write it as postgresql://USER@HOST:PORT/DATABASE?sslmode=MODE.</source>
            <translation>%1 不是有效的伺服器文庫位址。請寫成 postgresql://USER@HOST:PORT/DATABASE?sslmode=MODE。</translation>
        </message>
        <message>
            <source>Do not write the password into the library address %1: Bitext takes it from the system keychain, from PGPASSFILE or ~/.pgpass, or asks for it.</source>
            <translation>請不要把密碼寫進文庫位址 %1：Bitext 會從系統鑰匙圈、PGPASSFILE 或 ~/.pgpass 讀取密碼，或向您詢問。</translation>
        </message>
        <message>
            <source>The library address %1 names no database. Write it as postgresql://USER@HOST:PORT/DATABASE.</source>
            <translation>文庫位址 %1 沒有指明資料庫。請寫成 postgresql://USER@HOST:PORT/DATABASE。</translation>
        </message>
        <message>
            <source>The library address %1 has an unknown option %2=%3. Known: sslmode (%4), connect_timeout (seconds).</source>
            <translation>文庫位址 %1 含有未知的選項 %2=%3。可用的選項：sslmode（%4）、connect_timeout（秒）。</translation>
        </message>
    </context>
    <context>
        <name>CopyLibraryCommand</name>
        <message>
            <source>Copy a whole library (a file or a postgresql:// URL) into a new or empty one</source>
            <translation>將整個文庫（檔案或 postgresql:// 位址）複製到新的或空的文庫中</translation>
        </message>
        <message>
            <source>takes the source and the destination library: copy-library SRC DST.</source>
            <translation>需要來源文庫和目的文庫：copy-library SRC DST。</translation>
        </message>
        <message>
            <source>Copied %1 to %2.</source>
            <translation>已將 %1 複製到 %2。</translation>
        </message>
        <message>
            <source>Merge into a destination that already holds data: documents, annotations, tags, speakers and notes it has already are matched, not duplicated.</source>
            <translation>合併到已有內容的目的文庫：其中已有的文件、註解、標籤、講者和筆記會被比對，不會重複。</translation>
        </message>
        <message>
            <source>Documents: %1 added, %2 already there.</source>
            <translation>文件：新增 %1 份，已有 %2 份。</translation>
        </message>
        <message>
            <source>Annotations: %1 added, %2 merged into one already there, %3 skipped.</source>
            <translation>註解：新增 %1 則，%2 則合併到既有註解，略過 %3 則。</translation>
        </message>
        <message>
            <source>Tags: %1 added, %2 already there.</source>
            <translation>標籤：新增 %1 個，已有 %2 個。</translation>
        </message>
        <message>
            <source>Speakers: %1 added, %2 already there.</source>
            <translation>講者：新增 %1 位，已有 %2 位。</translation>
        </message>
        <message>
            <source>Notes: %1 added, %2 merged into one already there.</source>
            <translation>筆記：新增 %1 則，%2 則合併到既有筆記。</translation>
        </message>
        <message>
            <source>Merged %1 into %2.</source>
            <translation>已將 %1 合併到 %2。</translation>
        </message>
    </context>
    <context>
        <name>CreateAnnotationCommand</name>
        <message>
            <source>Highlight “%1”</source>
            <translation>螢光標記「%1」</translation>
        </message>
    </context>
    <context>
        <name>CreateSpeakerCommand</name>
        <message>
            <source>Add speaker %1</source>
            <translation>新增講者 %1</translation>
        </message>
        <message numerus="yes">
            <source>Speaker %1 is not removed: %n segment(s) are spoken by them.</source>
            <translation>
                <numerusform>未移除講者 %1：仍有 %n 個片段屬於此講者。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CreateTagCommand</name>
        <message>
            <source>Create tag %1</source>
            <translation>建立標籤 %1</translation>
        </message>
        <message numerus="yes">
            <source>Tag %1 is not removed: %n quote(s) use it. Remove it from them, or delete it in Manage Tags.</source>
            <translation>
                <numerusform>未移除標籤 %1：仍有 %n 則引文使用此標籤。請先從這些引文移除此標籤，或在「管理標籤」中刪除它。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <source>The Qt SQLite driver (QSQLITE) is not installed.</source>
            <translation>未安裝 Qt SQLite 驅動程式（QSQLITE）。</translation>
        </message>
        <message>
            <source>Cannot open library %1: %2</source>
            <translation>無法開啟文庫 %1：%2</translation>
        </message>
        <message>
            <source>Database error: %1 (in: %2)</source>
            <translation>資料庫錯誤：%1（於：%2）</translation>
        </message>
        <message>
            <source>Database error: no id for new row (in: %1)</source>
            <translation>資料庫錯誤：新資料列沒有 ID（於：%1）</translation>
        </message>
        <message>
            <source>Cannot start a transaction: %1</source>
            <translation>無法開始交易：%1</translation>
        </message>
        <message>
            <source>A nested write failed; nothing was saved.</source>
            <translation>巢狀寫入失敗；未儲存任何內容。</translation>
        </message>
        <message>
            <source>Cannot save changes: %1</source>
            <translation>無法儲存變更：%1</translation>
        </message>
        <message>
            <source>The server refused the user name or password.</source>
            <translation>伺服器拒絕了使用者名稱或密碼。</translation>
        </message>
        <message>
            <source>The server wants a password and none was given.</source>
            <translation>伺服器要求密碼，但未提供密碼。</translation>
        </message>
        <message>
            <source>The server cannot be reached; check the host name, the port and the network.</source>
            <translation>無法連線到伺服器；請檢查主機名稱、連接埠和網路。</translation>
        </message>
        <message>
            <source>Cannot connect to the library %1: %2</source>
            <translation>無法連線到文庫 %1：%2</translation>
        </message>
        <message>
            <source>The Qt PostgreSQL driver (QPSQL) is not installed.</source>
            <translation>未安裝 Qt PostgreSQL 驅動程式（QPSQL）。</translation>
        </message>
        <message>
            <source>The connection to the library was lost and could not be opened again; nothing of this edit was saved, and it can be tried again. (%1)</source>
            <translation>與文庫的連線已中斷，且無法重新建立；這次編輯沒有儲存任何內容，可以再試一次。（%1）</translation>
        </message>
        <message>
            <source>The disk holding %1 is full: the change was not saved. Everything saved before is kept.</source>
            <translation>存放 %1 的磁碟已滿：此次變更未儲存。先前儲存的內容全數保留。</translation>
        </message>
        <message>
            <source>The library %1 is read-only: %2. It can be read and searched, not changed.</source>
            <translation>文庫 %1 為唯讀：%2。可以閱讀和搜尋，但不能修改。</translation>
        </message>
    </context>
    <context>
        <name>DeleteAnnotationCommand</name>
        <message>
            <source>Remove highlight</source>
            <translation>移除螢光標記</translation>
        </message>
        <message>
            <source>The annotation no longer exists.</source>
            <translation>此註解已不存在。</translation>
        </message>
    </context>
    <context>
        <name>DeleteDocumentsCommand</name>
        <message numerus="yes">
            <source>Delete %n Document(s)</source>
            <translation>
                <numerusform>刪除 %n 份文件</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DeleteTagCommand</name>
        <message>
            <source>Delete tag</source>
            <translation>刪除標籤</translation>
        </message>
        <message>
            <source>The tag no longer exists.</source>
            <translation>此標籤已不存在。</translation>
        </message>
        <message>
            <source>Delete tag %1</source>
            <translation>刪除標籤 %1</translation>
        </message>
    </context>
    <context>
        <name>DocumentController</name>
        <message>
            <source>Document Information</source>
            <translation>文件資訊</translation>
        </message>
        <message>
            <source>Delete “%1” from the library, with its annotations and notes?</source>
            <translation>要從文庫中刪除「%1」及其註解和筆記嗎？</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n documents from the library, with their annotations and notes?</source>
            <translation>
                <numerusform>要從文庫中刪除 %n 份文件及其註解和筆記嗎？</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete Documents</source>
            <translation>刪除文件</translation>
        </message>
        <message>
            <source>You can bring them back with Edit &gt; Undo.</source>
            <translation>可以使用「編輯 &gt; 復原」還原。</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>刪除</translation>
        </message>
    </context>
    <context>
        <name>DocumentDelegate</name>
        <message numerus="yes">
            <source>%n segment(s)</source>
            <translation>
                <numerusform>%n 個片段</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DocumentHeader</name>
        <message>
            <source>Edit…</source>
            <translation>編輯…</translation>
        </message>
        <message>
            <source>Edit the title, date, people, tags and summary</source>
            <translation>編輯標題、日期、人物、標籤與摘要</translation>
        </message>
        <message>
            <source>Tags: %1</source>
            <translation>標籤：%1</translation>
        </message>
        <message>
            <source>Document details</source>
            <translation>文件詳細資訊</translation>
        </message>
    </context>
    <context>
        <name>DocumentListModel</name>
        <message>
            <source>Title</source>
            <translation>標題</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Speakers</source>
            <translation>講者</translation>
        </message>
        <message>
            <source>Segments</source>
            <translation>片段</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>標籤</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>匯入時間</translation>
        </message>
    </context>
    <context>
        <name>DocumentParser</name>
        <message>
            <source>no recognisable text (no Chinese or Latin words) in this %1 file.</source>
            <translation>此 %1 檔案中沒有可辨識的文字（沒有中文或拉丁字母的字詞）。</translation>
        </message>
    </context>
    <context>
        <name>DocumentRef</name>
        <message>
            <source>DOC is empty: give a document id (#3), a title or a file name.</source>
            <translation>DOC 是空的：請提供文件 ID（#3）、標題或檔名。</translation>
        </message>
        <message>
            <source>'%1' is not a document id: #ID takes a number, as `bitext list` shows.</source>
            <translation>「%1」不是文件 ID：#ID 後面須接數字，即 `bitext list` 所顯示的編號。</translation>
        </message>
        <message>
            <source>There is no document with id %1.</source>
            <translation>沒有 ID 為 %1 的文件。</translation>
        </message>
        <message>
            <source>There is no document with id %1, and no title or file name contains '%2'.</source>
            <translation>沒有 ID 為 %1 的文件，也沒有任何標題或檔名包含「%2」。</translation>
        </message>
        <message>
            <source>No document matches '%1'.</source>
            <translation>沒有符合「%1」的文件。</translation>
        </message>
        <message>
            <source>id</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>title or file name</source>
            <translation>標題或檔名</translation>
        </message>
        <message>
            <source>part of the title or file name</source>
            <translation>標題或檔名的一部分</translation>
        </message>
        <message>
            <source>'%1' matches more than one document:
%2
Use #ID for a document id, or more of the title.</source>
            <translation>「%1」符合多份文件：
%2
請以 #ID 指定文件 ID，或輸入更完整的標題。</translation>
        </message>
    </context>
    <context>
        <name>DocumentRepository</name>
        <message>
            <source>A document needs a title.</source>
            <translation>文件必須有標題。</translation>
        </message>
    </context>
    <context>
        <name>EditConflict</name>
        <message>
            <source>%1's version (%2), replaced by %3:</source>
            <translation>%1 的版本（%2），已被 %3 取代：</translation>
        </message>
        <message>
            <source>%1 changed this note at the same time; their text is kept below yours.</source>
            <translation>%1 同時修改了這則筆記；對方的文字保留在你的文字下方。</translation>
        </message>
        <message>
            <source>%1 changed this highlight at the same time; their version is kept in its note.</source>
            <translation>%1 同時修改了這處螢光標記；對方的版本保留在它的筆記中。</translation>
        </message>
    </context>
    <context>
        <name>EditDocumentCommand</name>
        <message>
            <source>Edit Document Information</source>
            <translation>編輯文件資訊</translation>
        </message>
    </context>
    <context>
        <name>EditNoteCommand</name>
        <message>
            <source>Edit note</source>
            <translation>編輯筆記</translation>
        </message>
        <message>
            <source>Edit document note</source>
            <translation>編輯文件筆記</translation>
        </message>
    </context>
    <context>
        <name>EditStamp</name>
        <message>
            <source>Highlighted by %1, %2</source>
            <translation>由 %1 標記，%2</translation>
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
            <translation>沒有 ID 為 %1 的標籤。</translation>
        </message>
        <message>
            <source>There is no document with id %1.</source>
            <translation>沒有 ID 為 %1 的文件。</translation>
        </message>
        <message>
            <source>Untagged</source>
            <translation>未加標籤</translation>
        </message>
    </context>
    <context>
        <name>ExportCommand</name>
        <message>
            <source>Export annotated notes (md, html, csv, pdf, odt, json, qdc, qdpx)</source>
            <translation>匯出已註解的筆記（md、html、csv、pdf、odt、json、qdc、qdpx）</translation>
        </message>
        <message>
            <source>Output format: %1.</source>
            <translation>輸出格式：%1。</translation>
        </message>
        <message>
            <source>FORMAT</source>
            <translation>FORMAT</translation>
        </message>
        <message>
            <source>File to write (replaced atomically).</source>
            <translation>要寫入的檔案（以不可分割的方式取代）。</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>FILE</translation>
        </message>
        <message>
            <source>Export this document (id or title); repeat for several. Default: all.</source>
            <translation>匯出此文件（ID 或標題）；可重複指定多份。預設：全部。</translation>
        </message>
        <message>
            <source>DOC</source>
            <translation>DOC</translation>
        </message>
        <message>
            <source>Export the quotes with this tag (path or id) or a tag below it; repeat for several.</source>
            <translation>匯出帶有此標籤（路徑或 ID）或其下層標籤的引文；可重複指定多個。</translation>
        </message>
        <message>
            <source>TAG</source>
            <translation>TAG</translation>
        </message>
        <message>
            <source>Group quotes by 'document' (default) or 'tag'.</source>
            <translation>依「document」（預設）或「tag」將引文分組。</translation>
        </message>
        <message>
            <source>GROUP</source>
            <translation>GROUP</translation>
        </message>
        <message>
            <source>Print the aligned passage of the other language with each quote (default).</source>
            <translation>在每則引文旁一併輸出另一種語言的對齊段落（預設）。</translation>
        </message>
        <message>
            <source>Print only the quoted side.</source>
            <translation>僅輸出引文所在的一側。</translation>
        </message>
        <message>
            <source>takes no positional arguments.</source>
            <translation>不接受位置引數。</translation>
        </message>
        <message>
            <source>needs --format (%1).</source>
            <translation>需要 --format（%1）。</translation>
        </message>
        <message>
            <source>unknown format '%1' (use %2).</source>
            <translation>不明的格式「%1」（請使用 %2）。</translation>
        </message>
        <message>
            <source>needs --output FILE.</source>
            <translation>需要 --output FILE。</translation>
        </message>
        <message>
            <source>--with-translation and --without-translation exclude each other.</source>
            <translation>--with-translation 與 --without-translation 不可同時使用。</translation>
        </message>
        <message>
            <source>--group-by takes 'document' or 'tag', not '%1'.</source>
            <translation>--group-by 只接受「document」或「tag」，而不是「%1」。</translation>
        </message>
        <message>
            <source>Exported %1 from %2 to %3</source>
            <translation>已將 %2 中的 %1 匯出至 %3</translation>
        </message>
        <message numerus="yes">
            <source>%n quote(s)</source>
            <translation>
                <numerusform>%n 則引文</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n document(s)</source>
            <translation>
                <numerusform>%n 份文件</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportController</name>
        <message>
            <source>&amp;Export Notes…</source>
            <translation>匯出筆記(&amp;E)…</translation>
        </message>
        <message>
            <source>Export annotated quotes and notes to Markdown, HTML, CSV, PDF, ODT or REFI-QDA</source>
            <translation>將已註解的引文與筆記匯出為 Markdown、HTML、CSV、PDF、ODT 或 REFI-QDA</translation>
        </message>
        <message>
            <source>Exported to %1 (quotes: %2, documents: %3)</source>
            <translation>已匯出至 %1（引文：%2，文件：%3）</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Markdown for Obsidian and Zotero</source>
            <translation>適用於 Obsidian 與 Zotero 的 Markdown</translation>
        </message>
        <message>
            <source>HTML web page</source>
            <translation>HTML 網頁</translation>
        </message>
        <message>
            <source>CSV spreadsheet</source>
            <translation>CSV 試算表</translation>
        </message>
        <message>
            <source>PDF document</source>
            <translation>PDF 文件</translation>
        </message>
        <message>
            <source>OpenDocument text for LibreOffice and Word</source>
            <translation>適用於 LibreOffice 與 Word 的 OpenDocument 文字檔</translation>
        </message>
        <message>
            <source>W3C Web Annotations, JSON-LD</source>
            <translation>W3C Web Annotation，JSON-LD</translation>
        </message>
        <message>
            <source>REFI-QDA codebook</source>
            <translation>REFI-QDA 編碼簿</translation>
        </message>
        <message>
            <source>REFI-QDA project for NVivo, ATLAS.ti, MAXQDA, QualCoder</source>
            <translation>適用於 NVivo、ATLAS.ti、MAXQDA、QualCoder 的 REFI-QDA 專案</translation>
        </message>
        <message>
            <source>Export Notes</source>
            <translation>匯出筆記</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>預覽</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>匯出(&amp;E)…</translation>
        </message>
        <message>
            <source>%1 (.%2)</source>
            <translation>%1（.%2）</translation>
        </message>
        <message>
            <source>By document</source>
            <translation>依文件</translation>
        </message>
        <message>
            <source>By tag</source>
            <translation>依標籤</translation>
        </message>
        <message>
            <source>Include the aligned passage in the &amp;other language</source>
            <translation>一併包含另一種語言的對齊段落(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Format:</source>
            <translation>格式(&amp;F)：</translation>
        </message>
        <message>
            <source>&amp;Group quotes:</source>
            <translation>引文分組方式(&amp;G)：</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>匯出</translation>
        </message>
        <message>
            <source>The current document</source>
            <translation>目前的文件</translation>
        </message>
        <message>
            <source>The current document: %1</source>
            <translation>目前的文件：%1</translation>
        </message>
        <message>
            <source>The documents selected in the library (%1)</source>
            <translation>文庫中選取的文件（%1）</translation>
        </message>
        <message>
            <source>Quotes with these tags, in every document:</source>
            <translation>所有文件中帶有這些標籤的引文：</translation>
        </message>
        <message>
            <source>The whole library</source>
            <translation>整個文庫</translation>
        </message>
        <message>
            <source>Annotated notes</source>
            <translation>已註解的筆記</translation>
        </message>
        <message>
            <source>Tick one or more tags to export the quotes that carry them.</source>
            <translation>勾選一或多個標籤，以匯出帶有這些標籤的引文。</translation>
        </message>
        <message>
            <source>There are no annotated quotes here yet.</source>
            <translation>這裡還沒有已註解的引文。</translation>
        </message>
        <message>
            <source>No quotes to export.</source>
            <translation>沒有可匯出的引文。</translation>
        </message>
        <message>
            <source>Quotes to export: %1 · Documents: %2</source>
            <translation>要匯出的引文：%1 · 文件：%2</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>正在匯出…</translation>
        </message>
        <message>
            <source>Export Failed</source>
            <translation>匯出失敗</translation>
        </message>
        <message>
            <source>The notes were not exported; nothing was written.</source>
            <translation>筆記未匯出；未寫入任何內容。</translation>
        </message>
        <message>
            <source>%1 (*.%2)</source>
            <translation>%1 (*.%2)</translation>
        </message>
        <message>
            <source>Export progress</source>
            <translation>匯出進度</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>正在取消…</translation>
        </message>
        <message>
            <source>Export cancelled; nothing was written.</source>
            <translation>已取消匯出；未寫入任何內容。</translation>
        </message>
    </context>
    <context>
        <name>ExportJob</name>
        <message>
            <source>There are no quotes to export.</source>
            <translation>沒有可匯出的引文。</translation>
        </message>
    </context>
    <context>
        <name>ExportPreview</name>
        <message>
            <source>… (the preview stops here; the file holds everything)</source>
            <translation>…（預覽到此為止；檔案包含完整內容）</translation>
        </message>
        <message>
            <source>REFI-QDA project</source>
            <translation>REFI-QDA 專案</translation>
        </message>
        <message>
            <source>For NVivo, ATLAS.ti, MAXQDA and QualCoder: a project file and one text source per document side, with the quotes as coded selections.</source>
            <translation>適用於 NVivo、ATLAS.ti、MAXQDA 與 QualCoder：包含一個專案檔，每份文件的每一側各有一個文字來源，引文則成為已編碼的選取範圍。</translation>
        </message>
        <message>
            <source>Quotes: %1 · Documents: %2</source>
            <translation>引文：%1 · 文件：%2</translation>
        </message>
        <message>
            <source>Codes used: %1 of the %2 in the codebook (all of them go into the project).</source>
            <translation>使用的編碼：編碼簿 %2 個編碼中的 %1 個（所有編碼都會寫入專案）。</translation>
        </message>
    </context>
    <context>
        <name>ExternalLink</name>
        <message>
            <source>Link Not Opened</source>
            <translation>未開啟連結</translation>
        </message>
        <message>
            <source>Bitext opens only web addresses (http and https) from documents and notes.</source>
            <translation>對於文件和筆記中的連結，Bitext 只開啟網址（http 和 https）。</translation>
        </message>
        <message>
            <source>Open Link</source>
            <translation>開啟連結</translation>
        </message>
        <message>
            <source>Open this address in your browser?</source>
            <translation>要在瀏覽器中開啟這個網址嗎？</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>開啟(&amp;O)</translation>
        </message>
    </context>
    <context>
        <name>FileController</name>
        <message>
            <source>New Library</source>
            <translation>新增文庫</translation>
        </message>
        <message>
            <source>/library.sqlite</source>
            <translation>/library.sqlite</translation>
        </message>
        <message>
            <source>Bitext libraries (*.sqlite)</source>
            <translation>Bitext 文庫 (*.sqlite)</translation>
        </message>
        <message>
            <source>Cannot replace %1.</source>
            <translation>無法取代 %1。</translation>
        </message>
        <message>
            <source>Open Library</source>
            <translation>開啟文庫</translation>
        </message>
        <message>
            <source>Bitext libraries (*.sqlite);;All files (*)</source>
            <translation>Bitext 文庫 (*.sqlite);;所有檔案 (*)</translation>
        </message>
        <message>
            <source>An import is already running.</source>
            <translation>已有匯入作業正在進行。</translation>
        </message>
        <message>
            <source>Lost the connection to the library server; reconnecting… (%1)</source>
            <translation>與文庫伺服器的連線已中斷，正在重新連線…（%1）</translation>
        </message>
        <message>
            <source>Connected to the library server again.</source>
            <translation>已重新連線到文庫伺服器。</translation>
        </message>
        <message>
            <source>Cannot Import</source>
            <translation>無法匯入</translation>
        </message>
    </context>
    <context>
        <name>FilterPanel</name>
        <message>
            <source>C&amp;odes:</source>
            <translation>編碼(&amp;O)：</translation>
        </message>
        <message>
            <source>&amp;Documents:</source>
            <translation>文件(&amp;D)：</translation>
        </message>
        <message>
            <source>S&amp;peakers:</source>
            <translation>講者(&amp;P)：</translation>
        </message>
        <message>
            <source>Code&amp;rs:</source>
            <translation>編碼者(&amp;R)：</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>語言(&amp;L)：</translation>
        </message>
        <message>
            <source>Codes</source>
            <translation>編碼</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Speakers</source>
            <translation>講者</translation>
        </message>
        <message>
            <source>Coders</source>
            <translation>編碼者</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>語言</translation>
        </message>
        <message>
            <source>Both sides</source>
            <translation>雙語</translation>
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
            <translation>（無講者）</translation>
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
            <translation>在文件中尋找</translation>
        </message>
        <message>
            <source>Previous match (Shift+Enter)</source>
            <translation>上一個符合項目（Shift+Enter）</translation>
        </message>
        <message>
            <source>Next match (Enter)</source>
            <translation>下一個符合項目（Enter）</translation>
        </message>
        <message>
            <source>Close (Esc)</source>
            <translation>關閉（Esc）</translation>
        </message>
        <message>
            <source>No matches</source>
            <translation>沒有符合項目</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 / %2</translation>
        </message>
        <message>
            <source>Previous match</source>
            <translation>上一個符合項目</translation>
        </message>
        <message>
            <source>Next match</source>
            <translation>下一個符合項目</translation>
        </message>
        <message>
            <source>Close the find bar</source>
            <translation>關閉尋找列</translation>
        </message>
        <message>
            <source>Preparing…</source>
            <translation>正在準備…</translation>
        </message>
    </context>
    <context>
        <name>FrontMatter</name>
        <message>
            <source>the front matter opened here is never closed with "---".</source>
            <translation>此處開始的前置資料（front matter）始終沒有以「---」結束。</translation>
        </message>
        <message>
            <source>the front matter is not valid YAML: %1</source>
            <translation>前置資料（front matter）不是有效的 YAML：%1</translation>
        </message>
        <message>
            <source>the front matter is not a YAML mapping of fields.</source>
            <translation>前置資料（front matter）不是由欄位組成的 YAML 對應表。</translation>
        </message>
        <message>
            <source>the front matter has an unusable key: %1</source>
            <translation>前置資料（front matter）含有無法使用的鍵：%1</translation>
        </message>
        <message>
            <source>the front matter stands for more than %1 values (through aliases, "*name"); it is refused.</source>
            <translation>前置資料（front matter）展開後超過 %1 個值（透過別名「*name」）；拒絕讀取。</translation>
        </message>
    </context>
    <context>
        <name>GeneralPage</name>
        <message>
            <source>Interface &amp;language:</source>
            <translation>介面語言(&amp;L)：</translation>
        </message>
        <message>
            <source>System</source>
            <translation>跟隨系統</translation>
        </message>
        <message>
            <source>&amp;Author name:</source>
            <translation>作者姓名(&amp;A)：</translation>
        </message>
        <message>
            <source>Written as the author of every new annotation and shown in exports.</source>
            <translation>記錄為每則新註解的作者，並顯示在匯出內容中。</translation>
        </message>
        <message>
            <source>Li&amp;brary:</source>
            <translation>文庫(&amp;B)：</translation>
        </message>
        <message>
            <source>The library opened at start when there is no recent one; New and Open Library start in its folder.</source>
            <translation>沒有最近使用的文庫時，啟動時開啟此文庫；「新增文庫」和「開啟文庫」從它所在的資料夾開始。</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>瀏覽…</translation>
        </message>
        <message>
            <source>Library Location</source>
            <translation>文庫位置</translation>
        </message>
        <message>
            <source>Bitext libraries (*.sqlite)</source>
            <translation>Bitext 文庫 (*.sqlite)</translation>
        </message>
        <message>
            <source>Backups &amp;kept:</source>
            <translation>保留的備份數(&amp;K)：</translation>
        </message>
        <message>
            <source>How many backups of a library file are kept: one a day, one before each upgrade and those made by hand. Help › Restore from Backup lists them. Server libraries are backed up with the server's own tools.</source>
            <translation>保留幾份文庫檔案的備份：每天一份、每次升級前一份，以及手動建立的備份。說明 › 從備份還原 會列出它們。伺服器文庫請用伺服器本身的工具備份。</translation>
        </message>
    </context>
    <context>
        <name>HeatMapChart</name>
        <message>
            <source>Heat map: coverage of codes by speaker</source>
            <translation>熱度圖：各講者的編碼涵蓋率</translation>
        </message>
        <message>
            <source>Heat map: quotes of codes by speaker</source>
            <translation>熱度圖：各講者的編碼引文數</translation>
        </message>
        <message>
            <source>Heat map: coverage of codes by document</source>
            <translation>熱度圖：各文件的編碼涵蓋率</translation>
        </message>
        <message>
            <source>Heat map: quotes of codes by document</source>
            <translation>熱度圖：各文件的編碼引文數</translation>
        </message>
        <message>
            <source>Heat map: coverage of codes by code</source>
            <translation>熱度圖：編碼之間的涵蓋率</translation>
        </message>
        <message>
            <source>Heat map: co-occurring codes</source>
            <translation>熱度圖：共現編碼</translation>
        </message>
        <message>
            <source>Heat map: nothing to show for this filter</source>
            <translation>熱度圖：此篩選條件下沒有可顯示的內容</translation>
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
                <numerusform>於 %1 由 Bitext 匯出 · %n 則引文</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportCommand</name>
        <message>
            <source>Import transcripts, REFI-QDA projects and codebooks, and Web Annotation JSON (formats: %1)</source>
            <translation>匯入逐字稿、REFI-QDA 專案與編碼簿，以及 Web Annotation JSON（格式：%1）</translation>
        </message>
        <message>
            <source>Read every FILE as NAME instead of detecting its form: %1.</source>
            <translation>將每個 FILE 一律視為 NAME 讀取，而不自動偵測其格式：%1。</translation>
        </message>
        <message>
            <source>Update a changed version of a document already in the library, keeping its annotations.</source>
            <translation>更新文庫中已有文件的變更版本，並保留其註解。</translation>
        </message>
        <message>
            <source>expects at least one FILE.</source>
            <translation>需要至少一個 FILE。</translation>
        </message>
        <message>
            <source>unknown format "%1"; the formats are: %2.</source>
            <translation>不明的格式「%1」；可用的格式為：%2。</translation>
        </message>
        <message numerus="yes">
            <source>%1: document %2 "%3" (%4, %5): %n segment(s)</source>
            <translation>
                <numerusform>%1：文件 %2「%3」（%4，%5）：%n 個片段</numerusform>
            </translation>
        </message>
        <message>
            <source>; speakers: %1</source>
            <translation>；講者：%1</translation>
        </message>
        <message>
            <source>; languages: %1</source>
            <translation>；語言：%1</translation>
        </message>
        <message>
            <source>%1: attached the media file beside it, %2</source>
            <translation>%1：已附加同一資料夾中的媒體檔案 %2</translation>
        </message>
    </context>
    <context>
        <name>ImportController</name>
        <message>
            <source>Transcripts and projects (*.txt *.md *.markdown *.srt *.vtt *.qdpx *.qdc *.json *.jsonld);;REFI-QDA projects and codebooks (*.qdpx *.qdc);;Web Annotation (*.json *.jsonld);;All files (*)</source>
            <translation>逐字稿與專案 (*.txt *.md *.markdown *.srt *.vtt *.qdpx *.qdc *.json *.jsonld);;REFI-QDA 專案與編碼簿 (*.qdpx *.qdc);;Web Annotation (*.json *.jsonld);;所有檔案 (*)</translation>
        </message>
        <message>
            <source>Import Transcripts</source>
            <translation>匯入逐字稿</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>正在匯入…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>匯入</translation>
        </message>
        <message>
            <source>Importing %1 (%2 of %3)…</source>
            <translation>正在匯入 %1（第 %2 個，共 %3 個）…</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) are changed versions of documents already in the library. Replace those documents? Their annotations are kept and moved to the new text where it can be found.</source>
            <translation>
                <numerusform>有 %n 個檔案是文庫中已有文件的變更版本。要取代這些文件嗎？其註解會保留，並在新文字中找得到對應內容時移到新位置。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportMonitor</name>
        <message>
            <source>The import was cancelled.</source>
            <translation>已取消匯入。</translation>
        </message>
    </context>
    <context>
        <name>ImportReportDialog</name>
        <message>
            <source>Import</source>
            <translation>匯入</translation>
        </message>
    </context>
    <context>
        <name>ImportService</name>
        <message>
            <source>%1: unknown format "%2"; the formats are: %3.</source>
            <translation>%1：不明的格式「%2」；可用的格式為：%3。</translation>
        </message>
        <message>
            <source>%1: cannot read the file: %2</source>
            <translation>%1：無法讀取檔案：%2</translation>
        </message>
        <message>
            <source>%1: already in the library as document %2 (same content); skipped.</source>
            <translation>%1：已以文件 %2 存在於文庫中（內容相同）；已略過。</translation>
        </message>
        <message>
            <source>%1: not enough memory to import this file.</source>
            <translation>%1：記憶體不足，無法匯入此檔案。</translation>
        </message>
        <message>
            <source>%1: a different version of this document is already in the library as document %2 ("%3"); nothing was imported. Import with --replace to update it.</source>
            <translation>%1：此文件的另一個版本已以文件 %2（「%3」）存在於文庫中；未匯入任何內容。若要更新，請加上 --replace 匯入。</translation>
        </message>
        <message>
            <source>%1: replaced the text of document %2; %3 kept, %4 orphaned.</source>
            <translation>%1：已取代文件 %2 的文字；保留 %3，%4 失去對應。</translation>
        </message>
        <message numerus="yes">
            <source>%n annotation(s)</source>
            <translation>
                <numerusform>%n 則註解</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportSummary</name>
        <message numerus="yes">
            <source>Imported %n document(s)</source>
            <translation>
                <numerusform>已匯入 %n 份文件</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Replaced %n document(s)</source>
            <translation>
                <numerusform>已取代 %n 份文件</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n quote(s)</source>
            <translation>
                <numerusform>%n 則引文</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new tag(s)</source>
            <translation>
                <numerusform>%n 個新標籤</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already in the library</source>
            <translation>
                <numerusform>%n 個已在文庫中</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n changed version(s) not imported</source>
            <translation>
                <numerusform>%n 個變更版本未匯入</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n failed</source>
            <translation>
                <numerusform>%n 個失敗</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cancelled</source>
            <translation>
                <numerusform>%n 個已取消</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing imported: %1</source>
            <translation>未匯入任何內容：%1</translation>
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
            <translation>%1：檔案大小為 %2 MiB；Bitext 只能匯入不超過 %3 MiB 的檔案。請將它分割成較小的檔案，再逐一匯入。</translation>
        </message>
        <message>
            <source>%1: cannot read the file: %2</source>
            <translation>%1：無法讀取檔案：%2</translation>
        </message>
    </context>
    <context>
        <name>Library</name>
        <message>
            <source>%1 is a folder, not a library file.</source>
            <translation>%1 是資料夾，不是文庫檔案。</translation>
        </message>
        <message>
            <source>Cannot create the folder %1.</source>
            <translation>無法建立資料夾 %1。</translation>
        </message>
        <message>
            <source>it is on a read-only disk</source>
            <translation>它位於唯讀磁碟上</translation>
        </message>
        <message>
            <source>you have no permission to change its file</source>
            <translation>你沒有修改其檔案的權限</translation>
        </message>
        <message>
            <source>you have no permission to write in its folder</source>
            <translation>你沒有在其所在資料夾中寫入的權限</translation>
        </message>
        <message>
            <source>its disk is full</source>
            <translation>其所在磁碟已滿</translation>
        </message>
    </context>
    <context>
        <name>LibraryBackups</name>
        <message>
            <source>There is no library file %1 to back up.</source>
            <translation>沒有可備份的文庫檔案 %1。</translation>
        </message>
        <message>
            <source>Cannot create the backups folder %1.</source>
            <translation>無法建立備份資料夾 %1。</translation>
        </message>
        <message>
            <source>The backup of %1 failed its check: it %2.</source>
            <translation>%1 的備份未通過檢查：它%2。</translation>
        </message>
        <message>
            <source>Cannot name the backup %1.</source>
            <translation>無法為備份命名 %1。</translation>
        </message>
        <message>
            <source>Cannot move %1 aside.</source>
            <translation>無法把 %1 移到一旁。</translation>
        </message>
        <message>
            <source>The library %1 is open in Bitext or a bitext command; close it before restoring a backup.</source>
            <translation>文庫 %1 正在 Bitext 或 bitext 指令中開啟；請先關閉它再還原備份。</translation>
        </message>
        <message>
            <source>The backup %1 cannot be restored: it %2.</source>
            <translation>備份 %1 無法還原：它%2。</translation>
        </message>
        <message>
            <source>Cannot copy the backup %1 next to the library %2.</source>
            <translation>無法把備份 %1 複製到文庫 %2 旁邊。</translation>
        </message>
        <message>
            <source>Cannot put the backup %1 in place of %2.</source>
            <translation>無法以備份 %1 取代 %2。</translation>
        </message>
    </context>
    <context>
        <name>LibraryCheck</name>
        <message>
            <source>has a -wal file beside it that does not belong to it (%1)</source>
            <translation>旁邊的 -wal 檔案不屬於它（%1）</translation>
        </message>
        <message>
            <source>The library file %1 is damaged: it %2.</source>
            <translation>文庫檔案 %1 已損壞：它%2。</translation>
        </message>
        <message>
            <source>The library file %1 is damaged: it is empty.</source>
            <translation>文庫檔案 %1 已損壞：它是空的。</translation>
        </message>
        <message>
            <source>cannot be read (%1)</source>
            <translation>無法讀取（%1）</translation>
        </message>
        <message>
            <source>is not an SQLite database, so not a Bitext library</source>
            <translation>不是 SQLite 資料庫，因此不是 Bitext 文庫</translation>
        </message>
        <message>
            <source>has a damaged header</source>
            <translation>檔頭已損壞</translation>
        </message>
        <message>
            <source>is truncated: %1 bytes, where its header counts %2 pages of %3 bytes</source>
            <translation>被截斷了：只有 %1 位元組，而檔頭記錄了 %2 頁、每頁 %3 位元組</translation>
        </message>
        <message>
            <source>has a -wal file beside it that does not belong to it (page size %1, not %2)</source>
            <translation>旁邊的 -wal 檔案不屬於它（頁面大小為 %1，而不是 %2）</translation>
        </message>
        <message>
            <source>failed SQLite's check: %1</source>
            <translation>未通過 SQLite 的檢查：%1</translation>
        </message>
        <message>
            <source>has no readable schema version: %1</source>
            <translation>沒有可讀取的結構描述版本：%1</translation>
        </message>
        <message>
            <source>The check of %1 was cancelled; the library was not opened.</source>
            <translation>已取消對 %1 的檢查，文庫未開啟。</translation>
        </message>
    </context>
    <context>
        <name>LibraryCheckProgress</name>
        <message>
            <source>Opening Library</source>
            <translation>開啟文庫</translation>
        </message>
        <message>
            <source>Checking %1 before opening it…</source>
            <translation>正在檢查 %1，檢查後開啟…</translation>
        </message>
    </context>
    <context>
        <name>LibraryCommand</name>
        <message>
            <source>%1 changed this at %2, after your edit; it was left as they made it instead of being undone.</source>
            <translation>%1 在你編輯之後於 %2 修改了此項；因此保留對方的修改，沒有復原。</translation>
        </message>
    </context>
    <context>
        <name>LibraryCopier</name>
        <message>
            <source>The source library's tags form a loop.</source>
            <translation>來源文庫的標籤形成了循環。</translation>
        </message>
        <message>
            <source>%1 is not empty; copy into a new library, or an empty database.</source>
            <translation>%1 不是空的；請複製到新的文庫或空的資料庫中。</translation>
        </message>
    </context>
    <context>
        <name>LibraryMerger</name>
        <message>
            <source>%1 cannot be merged into itself.</source>
            <translation>%1 無法合併到它本身。</translation>
        </message>
    </context>
    <context>
        <name>LibraryPanel</name>
        <message>
            <source>Filter by title, speaker, tag…</source>
            <translation>依標題、講者、標籤篩選…</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>標題</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>匯入時間</translation>
        </message>
        <message>
            <source>Sort the library</source>
            <translation>排序文庫</translation>
        </message>
        <message>
            <source>Filter the library</source>
            <translation>篩選文庫</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>文件</translation>
        </message>
    </context>
    <context>
        <name>LibraryProbe</name>
        <message>
            <source>The database %1 holds other tables; Bitext does not change it.</source>
            <translation>資料庫 %1 中有其他資料表；Bitext 不會變更它。</translation>
        </message>
        <message>
            <source>The library was written by a newer Bitext; update Bitext to open it.</source>
            <translation>此文庫由較新版本的 Bitext 寫入；請更新 Bitext 後再開啟。</translation>
        </message>
        <message numerus="yes">
            <source>Connected: a Bitext library with %n document(s).</source>
            <translation>
                <numerusform>已連線：一個包含 %n 份文件的 Bitext 文庫。</numerusform>
            </translation>
        </message>
        <message>
            <source>Connected: an empty database; Bitext will create a library in it.</source>
            <translation>已連線：這是一個空的資料庫；Bitext 會在其中建立文庫。</translation>
        </message>
        <message>
            <source>Connected, but this is not a Bitext library. %1</source>
            <translation>已連線，但這不是 Bitext 文庫。%1</translation>
        </message>
    </context>
    <context>
        <name>LibrarySearchPanel</name>
        <message>
            <source>Search: 对齐, 對齊, alignment, "a phrase", align*, a OR b, a NOT b</source>
            <translation>搜尋：對齊（簡繁皆可）、alignment、"a phrase"、align*、a OR b、a NOT b</translation>
        </message>
        <message>
            <source>Both sides</source>
            <translation>中英文</translation>
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
            <translation>沒有符合結果。</translation>
        </message>
        <message numerus="yes">
            <source>The first %n matches.</source>
            <translation>
                <numerusform>前 %n 筆符合結果。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n match(es).</source>
            <translation>
                <numerusform>%n 筆符合結果。</numerusform>
            </translation>
        </message>
        <message>
            <source>Search the library</source>
            <translation>搜尋文庫</translation>
        </message>
        <message>
            <source>Search in</source>
            <translation>搜尋範圍</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>搜尋結果</translation>
        </message>
        <message>
            <source>Auto-code Results…</source>
            <translation>自動編碼結果…</translation>
        </message>
        <message>
            <source>Highlight the first match of every result in a text with a tag, as one undoable step</source>
            <translation>以一個標籤標記每個文字結果中的第一個符合項目，作為一步可復原的操作</translation>
        </message>
    </context>
    <context>
        <name>ListCommand</name>
        <message>
            <source>List the documents of the library</source>
            <translation>列出文庫中的文件</translation>
        </message>
        <message>
            <source>The library %1 has no documents yet. Add some with `bitext import FILE...`.</source>
            <translation>文庫 %1 還沒有任何文件。請使用 `bitext import FILE...` 加入文件。</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>TITLE</source>
            <translation>標題</translation>
        </message>
        <message>
            <source>FORMAT</source>
            <translation>格式</translation>
        </message>
        <message>
            <source>SEGMENTS</source>
            <translation>片段數</translation>
        </message>
        <message>
            <source>SPEAKERS</source>
            <translation>講者</translation>
        </message>
    </context>
    <context>
        <name>MainActions</name>
        <message>
            <source>&amp;New Library…</source>
            <translation>新增文庫(&amp;N)…</translation>
        </message>
        <message>
            <source>&amp;Open Library…</source>
            <translation>開啟文庫(&amp;O)…</translation>
        </message>
        <message>
            <source>&amp;Import Transcripts…</source>
            <translation>匯入逐字稿(&amp;I)…</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>匯入</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>結束(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>複製(&amp;C)</translation>
        </message>
        <message>
            <source>Document &amp;Information…</source>
            <translation>文件資訊(&amp;I)…</translation>
        </message>
        <message>
            <source>&amp;Delete Documents…</source>
            <translation>刪除文件(&amp;D)…</translation>
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
            <translation>僅中文(&amp;O)</translation>
        </message>
        <message>
            <source>English O&amp;nly</source>
            <translation>僅英文(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Interlinear</source>
            <translation>逐行對照(&amp;I)</translation>
        </message>
        <message>
            <source>Zoom &amp;In</source>
            <translation>放大(&amp;I)</translation>
        </message>
        <message>
            <source>Zoom &amp;Out</source>
            <translation>縮小(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Actual Size</source>
            <translation>實際大小(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Next Segment</source>
            <translation>下一個片段(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Previous Segment</source>
            <translation>上一個片段(&amp;P)</translation>
        </message>
        <message>
            <source>Next &amp;Turn of This Speaker</source>
            <translation>此講者的下一次發言(&amp;T)</translation>
        </message>
        <message>
            <source>Previous T&amp;urn of This Speaker</source>
            <translation>此講者的上一次發言(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Go to Segment…</source>
            <translation>前往片段(&amp;G)…</translation>
        </message>
        <message>
            <source>&amp;Rename Speaker…</source>
            <translation>重新命名講者(&amp;R)…</translation>
        </message>
        <message>
            <source>Change &amp;Colour…</source>
            <translation>變更顏色(&amp;C)…</translation>
        </message>
        <message>
            <source>&amp;Merge Into…</source>
            <translation>合併至(&amp;M)…</translation>
        </message>
        <message>
            <source>&amp;Assign to Selected Segments…</source>
            <translation>指派給選取的片段(&amp;A)…</translation>
        </message>
        <message>
            <source>Assign</source>
            <translation>指派</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>重新命名</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>顏色</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>合併</translation>
        </message>
        <message>
            <source>&amp;Keyboard Shortcuts</source>
            <translation>鍵盤快速鍵(&amp;K)</translation>
        </message>
        <message>
            <source>&amp;About Bitext</source>
            <translation>關於 Bitext(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>檔案(&amp;F)</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>最近開啟(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>編輯(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>檢視(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Layout</source>
            <translation>版面配置(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Panels</source>
            <translation>面板(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>前往(&amp;G)</translation>
        </message>
        <message>
            <source>&amp;Annotate</source>
            <translation>註解(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Speakers</source>
            <translation>講者(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>說明(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;Manual</source>
            <translation>使用手冊(&amp;M)</translation>
        </message>
        <message>
            <source>Connect to &amp;Team Library…</source>
            <translation>連線到團隊文庫(&amp;T)…</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Main Toolbar</source>
            <translation>主工具列</translation>
        </message>
        <message>
            <source>Bitext</source>
            <translation>Bitext</translation>
        </message>
        <message>
            <source>&lt;p style="font-size:large"&gt;No document open&lt;/p&gt;&lt;p&gt;Choose one in the library, or import transcripts with &lt;b&gt;File › Import Transcripts…&lt;/b&gt; or by dropping files here.&lt;/p&gt;</source>
            <translation>&lt;p style="font-size:large"&gt;尚未開啟文件&lt;/p&gt;&lt;p&gt;請從文庫中選擇一份文件，或使用 &lt;b&gt;檔案 › 匯入逐字稿…&lt;/b&gt; 匯入逐字稿，也可以直接將檔案拖放到這裡。&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Library</source>
            <translation>文庫</translation>
        </message>
        <message>
            <source>Speakers</source>
            <translation>講者</translation>
        </message>
        <message>
            <source>Speaker Timeline</source>
            <translation>講者時間軸</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>匯出</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>搜尋</translation>
        </message>
        <message>
            <source>Cannot Open Library</source>
            <translation>無法開啟文庫</translation>
        </message>
        <message>
            <source>The library was upgraded; a copy of the old file is at %1</source>
            <translation>文庫已升級；舊檔案的副本位於 %1</translation>
        </message>
        <message>
            <source>Cannot Open Document</source>
            <translation>無法開啟文件</translation>
        </message>
        <message>
            <source>Segment %1 of %2</source>
            <translation>第 %1 個片段，共 %2 個</translation>
        </message>
        <message>
            <source>Zoom %1%</source>
            <translation>縮放 %1%</translation>
        </message>
        <message>
            <source>%1 — Bitext</source>
            <translation>%1 — Bitext</translation>
        </message>
        <message>
            <source>Go to Segment</source>
            <translation>前往片段</translation>
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
            <translation>正在連線到 %1…</translation>
        </message>
        <message>
            <source>Opening %1 was cancelled.</source>
            <translation>已取消開啟 %1。</translation>
        </message>
    </context>
    <context>
        <name>ManualDialog</name>
        <message>
            <source>Bitext Manual</source>
            <translation>Bitext 使用手冊</translation>
        </message>
        <message>
            <source>&amp;Find:</source>
            <translation>尋找(&amp;F)：</translation>
        </message>
        <message>
            <source>Find in the manual…</source>
            <translation>在手冊中尋找…</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>目錄</translation>
        </message>
        <message>
            <source>Manual</source>
            <translation>使用手冊</translation>
        </message>
        <message>
            <source>No matches</source>
            <translation>沒有符合項目</translation>
        </message>
        <message numerus="yes">
            <source>%n match(es)</source>
            <translation>
                <numerusform>%n 筆符合項目</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MarkSegmentsCommand</name>
        <message numerus="yes">
            <source>Mark %n Segment(s) Untranslated</source>
            <translation>
                <numerusform>將 %n 個片段標為未翻譯</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Unmark %n Segment(s) Untranslated</source>
            <translation>
                <numerusform>取消 %n 個片段的未翻譯標記</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Accept %n Pairing(s)</source>
            <translation>
                <numerusform>接受 %n 處配對</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MarkdownArticleParser</name>
        <message>
            <source>this &lt;details&gt; block is never closed with &lt;/details&gt;.</source>
            <translation>此 &lt;details&gt; 區塊始終沒有以 &lt;/details&gt; 結束。</translation>
        </message>
    </context>
    <context>
        <name>MatrixQuoteModel</name>
        <message>
            <source>Document</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Speaker</source>
            <translation>講者</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>引文</translation>
        </message>
        <message>
            <source>Codes</source>
            <translation>編碼</translation>
        </message>
        <message>
            <source>Coder</source>
            <translation>編碼者</translation>
        </message>
    </context>
    <context>
        <name>MatrixTableModel</name>
        <message>
            <source>Total</source>
            <translation>合計</translation>
        </message>
        <message>
            <source>%1 × %2: %3</source>
            <translation>%1 × %2：%3</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>編碼</translation>
        </message>
    </context>
    <context>
        <name>MatrixView</name>
        <message>
            <source>Col&amp;umns:</source>
            <translation>欄(&amp;U)：</translation>
        </message>
        <message>
            <source>Speakers</source>
            <translation>講者</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Codes</source>
            <translation>編碼</translation>
        </message>
        <message>
            <source>S&amp;how:</source>
            <translation>顯示(&amp;H)：</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>數量</translation>
        </message>
        <message>
            <source>Coverage</source>
            <translation>涵蓋率</translation>
        </message>
        <message>
            <source>Count: how many quotes. Coverage: the share of the text coded, in Chinese characters and English words.</source>
            <translation>數量：引文的則數。涵蓋率：已編碼文字所占的比例，中文以字計，英文以詞計。</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>欄</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>顯示</translation>
        </message>
        <message>
            <source>&amp;Export CSV…</source>
            <translation>匯出 CSV(&amp;E)…</translation>
        </message>
        <message>
            <source>Coding matrix</source>
            <translation>編碼矩陣</translation>
        </message>
        <message>
            <source>Quotes of the cell</source>
            <translation>該儲存格的引文</translation>
        </message>
        <message>
            <source>Choose a cell to list its quotes.</source>
            <translation>選擇一個儲存格以列出其引文。</translation>
        </message>
        <message>
            <source>No codes to show: make codes and highlight with them.</source>
            <translation>沒有可顯示的編碼：請先建立編碼並用它們標記。</translation>
        </message>
        <message>
            <source>all codes</source>
            <translation>所有編碼</translation>
        </message>
        <message>
            <source>all columns</source>
            <translation>所有欄</translation>
        </message>
        <message numerus="yes">
            <source>%1 × %2: %n quote(s)</source>
            <translation>
                <numerusform>%1 × %2：%n 則引文</numerusform>
            </translation>
        </message>
        <message>
            <source>coding matrix</source>
            <translation>編碼矩陣</translation>
        </message>
        <message>
            <source>Export Matrix as CSV</source>
            <translation>將矩陣匯出為 CSV</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV 檔案 (*.csv)</translation>
        </message>
        <message>
            <source>Cannot Export</source>
            <translation>無法匯出</translation>
        </message>
    </context>
    <context>
        <name>MediaController</name>
        <message>
            <source>The media file %1 cannot be found. It may have been moved, renamed or deleted.</source>
            <translation>找不到媒體檔案 %1。它可能已被移動、重新命名或刪除。</translation>
        </message>
    </context>
    <context>
        <name>MediaFormat</name>
        <message>
            <source>%1 is not an audio or video file: it holds %2 (%3).</source>
            <translation>%1 不是音訊或視訊檔案：其內容為 %2（%3）。</translation>
        </message>
        <message>
            <source>%1 cannot be played: no decoder for its format, %2, is installed. On Debian, install gstreamer1.0-libav, gstreamer1.0-plugins-good and gstreamer1.0-plugins-bad.</source>
            <translation>無法播放 %1：未安裝其格式 %2 的解碼器。在 Debian 上請安裝 gstreamer1.0-libav、gstreamer1.0-plugins-good 與 gstreamer1.0-plugins-bad。</translation>
        </message>
        <message>
            <source>The player said: %1</source>
            <translation>播放器回報：%1</translation>
        </message>
    </context>
    <context>
        <name>MediaRepository</name>
        <message>
            <source>There is no media file %1.</source>
            <translation>媒體檔案 %1 不存在。</translation>
        </message>
        <message>
            <source>There is no document %1.</source>
            <translation>不存在文件 %1。</translation>
        </message>
    </context>
    <context>
        <name>MediaSession</name>
        <message>
            <source>This segment has no time to play from.</source>
            <translation>此片段沒有可供播放的時間。</translation>
        </message>
        <message>
            <source>&amp;Media</source>
            <translation>媒體(&amp;M)</translation>
        </message>
        <message>
            <source>Player</source>
            <translation>播放器</translation>
        </message>
        <message>
            <source>&amp;Back 2 Seconds</source>
            <translation>倒退 2 秒(&amp;B)</translation>
        </message>
        <message>
            <source>&amp;Forward 5 Seconds</source>
            <translation>快轉 5 秒(&amp;F)</translation>
        </message>
        <message>
            <source>Play from &amp;Segment</source>
            <translation>從片段開始播放(&amp;S)</translation>
        </message>
        <message>
            <source>F&amp;ollow Along</source>
            <translation>跟隨播放(&amp;O)</translation>
        </message>
        <message>
            <source>Keep the segment being heard in view</source>
            <translation>讓正在播放的片段保持可見</translation>
        </message>
        <message>
            <source>Video in a Separate &amp;Window</source>
            <translation>在獨立視窗中顯示視訊(&amp;W)</translation>
        </message>
        <message>
            <source>&amp;Pause</source>
            <translation>暫停(&amp;P)</translation>
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
            <translation>將 %1 合併至 %2</translation>
        </message>
    </context>
    <context>
        <name>MergeTagsCommand</name>
        <message>
            <source>Merge tags</source>
            <translation>合併標籤</translation>
        </message>
        <message>
            <source>The tag no longer exists.</source>
            <translation>此標籤已不存在。</translation>
        </message>
        <message>
            <source>A tag cannot be merged into itself.</source>
            <translation>標籤無法合併至自身。</translation>
        </message>
        <message>
            <source>%1 cannot be merged into %2, which is below it.</source>
            <translation>%1 無法合併至其下層的 %2。</translation>
        </message>
        <message>
            <source>Merge tag %1 into %2</source>
            <translation>將標籤 %1 合併至 %2</translation>
        </message>
    </context>
    <context>
        <name>MetadataDialog</name>
        <message>
            <source>Document Information</source>
            <translation>文件資訊</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>YYYY-MM-DD</translation>
        </message>
        <message>
            <source>Separated by commas</source>
            <translation>以逗號分隔</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>標題(&amp;T)：</translation>
        </message>
        <message>
            <source>&amp;Source link:</source>
            <translation>來源連結(&amp;S)：</translation>
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
            <translation>標籤(&amp;A)：</translation>
        </message>
        <message>
            <source>S&amp;ummary:</source>
            <translation>摘要(&amp;U)：</translation>
        </message>
        <message>
            <source>A document needs a title.</source>
            <translation>文件必須有標題。</translation>
        </message>
    </context>
    <context>
        <name>MissingMediaBar</name>
        <message>
            <source>The media file %1 is missing: it was moved, renamed or is on a disk that is not connected.</source>
            <translation>找不到媒體檔案 %1：它已被移動、重新命名，或位於未連接的磁碟上。</translation>
        </message>
        <message>
            <source>&amp;Locate…</source>
            <translation>尋找位置(&amp;L)…</translation>
        </message>
        <message>
            <source>Choose where the media file is now</source>
            <translation>選擇媒體檔案目前所在的位置</translation>
        </message>
        <message>
            <source>&amp;Detach</source>
            <translation>解除連結(&amp;D)</translation>
        </message>
        <message>
            <source>Forget the media file of this document</source>
            <translation>不再連結此文件的媒體檔案</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>關閉</translation>
        </message>
    </context>
    <context>
        <name>NoteDialog</name>
        <message>
            <source>Save the note (Ctrl+Enter)</source>
            <translation>儲存筆記（Ctrl+Enter）</translation>
        </message>
        <message>
            <source>Save the changes to this note?</source>
            <translation>要儲存對這則筆記的變更嗎？</translation>
        </message>
        <message>
            <source>&amp;Keep Editing</source>
            <translation>繼續編輯(&amp;K)</translation>
        </message>
    </context>
    <context>
        <name>NoteEditor</name>
        <message>
            <source>Write a note in Markdown: *emphasis*, **strong**, - lists, &gt; quotes</source>
            <translation>以 Markdown 撰寫筆記：*強調*、**粗體**、- 清單、&gt; 引言</translation>
        </message>
        <message>
            <source>&amp;Write</source>
            <translation>撰寫(&amp;W)</translation>
        </message>
        <message>
            <source>&amp;Preview</source>
            <translation>預覽(&amp;P)</translation>
        </message>
        <message>
            <source>The note could not be saved: %1</source>
            <translation>無法儲存筆記：%1</translation>
        </message>
        <message>
            <source>Note text</source>
            <translation>筆記內容</translation>
        </message>
        <message>
            <source>Note preview</source>
            <translation>筆記預覽</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>筆記</translation>
        </message>
        <message>
            <source>Edited by %1, %2</source>
            <translation>由 %1 編輯，%2</translation>
        </message>
    </context>
    <context>
        <name>NotificationListener</name>
        <message>
            <source>Cannot listen for changes: %1</source>
            <translation>無法接收變更通知：%1</translation>
        </message>
    </context>
    <context>
        <name>NudgeSegmentCommand</name>
        <message>
            <source>Move Segment Start Earlier</source>
            <translation>將片段開始時間提前</translation>
        </message>
        <message>
            <source>Move Segment Start Later</source>
            <translation>將片段開始時間延後</translation>
        </message>
    </context>
    <context>
        <name>OdtExporter</name>
        <message>
            <source>The ODF writer could not write the document.</source>
            <translation>ODF 寫入器無法寫出文件。</translation>
        </message>
    </context>
    <context>
        <name>OdtStyles</name>
        <message>
            <source>Cannot read the ODF package: %1</source>
            <translation>無法讀取 ODF 套件：%1</translation>
        </message>
        <message>
            <source>The ODF writer wrote no content.xml.</source>
            <translation>ODF 寫入器沒有寫出 content.xml。</translation>
        </message>
        <message>
            <source>Cannot rewrite the ODF package: %1</source>
            <translation>無法重寫 ODF 套件：%1</translation>
        </message>
        <message>
            <source>Cannot read the rewritten ODF package back.</source>
            <translation>無法讀回重寫後的 ODF 套件。</translation>
        </message>
    </context>
    <context>
        <name>PaletteEditor</name>
        <message>
            <source>Add a colour</source>
            <translation>新增顏色</translation>
        </message>
        <message>
            <source>Remove the last colour</source>
            <translation>移除最後一個顏色</translation>
        </message>
        <message>
            <source>Colour %1: %2 (click to change)</source>
            <translation>顏色 %1：%2（按一下以變更）</translation>
        </message>
        <message>
            <source>Highlight colour %1</source>
            <translation>螢光標記顏色 %1</translation>
        </message>
        <message>
            <source>Highlight Colour</source>
            <translation>螢光標記顏色</translation>
        </message>
    </context>
    <context>
        <name>PasswordCommand</name>
        <message>
            <source>Store a server library's password in the system keychain, or forget it</source>
            <translation>將伺服器文庫的密碼儲存到系統鑰匙圈，或將其刪除</translation>
        </message>
        <message>
            <source>set: read the password from the first line of standard input instead of a prompt.</source>
            <translation>set：從標準輸入的第一行讀取密碼，而不是提示輸入。</translation>
        </message>
        <message>
            <source>expects set or forget and a postgresql:// URL.</source>
            <translation>需要 set 或 forget，以及一個 postgresql:// URL。</translation>
        </message>
        <message>
            <source>--password-stdin goes with set only.</source>
            <translation>--password-stdin 只能與 set 一起使用。</translation>
        </message>
        <message>
            <source>Password for %1: </source>
            <translation>%1 的密碼：</translation>
        </message>
        <message>
            <source>Run the command in a terminal, or pipe the password in with --password-stdin.</source>
            <translation>請在終端機中執行此命令，或用 --password-stdin 透過管線傳入密碼。</translation>
        </message>
        <message>
            <source>An empty password is not stored.</source>
            <translation>不儲存空白密碼。</translation>
        </message>
        <message>
            <source>Stored the password for %1 in the system keychain.</source>
            <translation>已將 %1 的密碼儲存到系統鑰匙圈。</translation>
        </message>
        <message>
            <source>The system keychain holds no password for %1 any more.</source>
            <translation>系統鑰匙圈中已不再有 %1 的密碼。</translation>
        </message>
    </context>
    <context>
        <name>PasswordDialog</name>
        <message>
            <source>Server Password</source>
            <translation>伺服器密碼</translation>
        </message>
        <message>
            <source>Bitext needs the password of %1.</source>
            <translation>Bitext 需要 %1 的密碼。</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>密碼(&amp;P)：</translation>
        </message>
        <message>
            <source>&amp;Remember in the keychain</source>
            <translation>在鑰匙圈中記住(&amp;R)</translation>
        </message>
        <message>
            <source>Keep the password in the system keychain, so that Bitext does not ask again.</source>
            <translation>將密碼儲存在系統鑰匙圈中，Bitext 就不會再次詢問。</translation>
        </message>
    </context>
    <context>
        <name>PasswordResolver</name>
        <message>
            <source>Password for %1: </source>
            <translation>%1 的密碼：</translation>
        </message>
        <message>
            <source>Store the password with `bitext password set %1` (in a terminal), or add a line for it to %2 (permissions 0600).</source>
            <translation>請（在終端機中）用 `bitext password set %1` 儲存密碼，或在 %2 中為它新增一行（權限 0600）。</translation>
        </message>
    </context>
    <context>
        <name>PasswordStore</name>
        <message>
            <source>The system keychain holds no password for %1.</source>
            <translation>系統鑰匙圈中沒有 %1 的密碼。</translation>
        </message>
        <message>
            <source>The system keychain refused access to the password for %1 (%2). Unlock the keychain and allow Bitext to use it.</source>
            <translation>系統鑰匙圈拒絕存取 %1 的密碼（%2）。請解鎖鑰匙圈並允許 Bitext 使用。</translation>
        </message>
        <message>
            <source>The system keychain failed for %1: %2</source>
            <translation>系統鑰匙圈處理 %1 時發生錯誤：%2</translation>
        </message>
        <message>
            <source>No system keychain is reachable (%1), so Bitext cannot remember the password and asks for it each time. It never keeps a password anywhere else.</source>
            <translation>無法連上系統鑰匙圈（%1），因此 Bitext 無法記住密碼，每次都會詢問。Bitext 絕不將密碼儲存在其他任何地方。</translation>
        </message>
    </context>
    <context>
        <name>PdfExporter</name>
        <message>
            <source>The PDF writer produced no output.</source>
            <translation>PDF 寫入器沒有產生任何輸出。</translation>
        </message>
    </context>
    <context>
        <name>PgPassFile</name>
        <message>
            <source>The password file %1 is not a plain file; it was not read.</source>
            <translation>密碼檔 %1 不是一般檔案，未讀取。</translation>
        </message>
        <message>
            <source>The password file %1 has group or world access, so it was not read; its permissions should be u=rw (0600) or less (chmod 0600 %1).</source>
            <translation>密碼檔 %1 允許群組或其他使用者存取，因此未讀取；其權限應為 u=rw（0600）或更嚴格（chmod 0600 %1）。</translation>
        </message>
        <message>
            <source>The password file %1 cannot be read: %2</source>
            <translation>無法讀取密碼檔 %1：%2</translation>
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
            <translation>視訊 — Bitext</translation>
        </message>
        <message>
            <source>%1 / %2</source>
            <translation>%1 / %2</translation>
        </message>
        <message>
            <source>No media</source>
            <translation>無媒體</translation>
        </message>
    </context>
    <context>
        <name>PreferencesController</name>
        <message>
            <source>&amp;Preferences…</source>
            <translation>偏好設定(&amp;P)…</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>偏好設定</translation>
        </message>
        <message>
            <source>General</source>
            <translation>一般</translation>
        </message>
        <message>
            <source>Appearance</source>
            <translation>外觀</translation>
        </message>
        <message>
            <source>Reading</source>
            <translation>閱讀</translation>
        </message>
    </context>
    <context>
        <name>ProjectImportResult</name>
        <message>
            <source>%1: "%2" is already in the library as document %3; left as it is.</source>
            <translation>%1：「%2」已以文件 %3 存在於文庫中；維持原狀。</translation>
        </message>
        <message numerus="yes">
            <source>%n document(s)</source>
            <translation>
                <numerusform>%n 份文件</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new tag(s)</source>
            <translation>
                <numerusform>%n 個新標籤</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n quote(s)</source>
            <translation>
                <numerusform>%n 則引文</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n 則筆記</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: imported %2.</source>
            <translation>%1：已匯入 %2。</translation>
        </message>
        <message numerus="yes">
            <source>%n quote(s) could not be placed in their text and were kept without a place:</source>
            <translation>
                <numerusform>有 %n 則引文無法在文字中找到位置，已保留但不對應任何位置：</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n annotation(s) could not be placed and were not imported:</source>
            <translation>
                <numerusform>有 %n 則註解無法找到位置，未匯入：</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProjectImporter</name>
        <message>
            <source>%1: cannot read the file: %2</source>
            <translation>%1：無法讀取檔案：%2</translation>
        </message>
        <message>
            <source>%1: not a REFI-QDA project or codebook, nor Web Annotation JSON.</source>
            <translation>%1：不是 REFI-QDA 專案或編碼簿，也不是 Web Annotation JSON。</translation>
        </message>
        <message>
            <source>%1: unknown format "%2"; the formats are: %3.</source>
            <translation>%1：不明的格式「%2」；可用的格式為：%3。</translation>
        </message>
        <message>
            <source>%1: not enough memory to import this file.</source>
            <translation>%1：記憶體不足，無法匯入此檔案。</translation>
        </message>
    </context>
    <context>
        <name>QdcExporter</name>
        <message>
            <source>The library has no tags: a REFI-QDA codebook needs at least one code.</source>
            <translation>文庫中沒有任何標籤：REFI-QDA 編碼簿至少需要一個編碼。</translation>
        </message>
    </context>
    <context>
        <name>QdpxExporter</name>
        <message>
            <source>Bitext export</source>
            <translation>Bitext 匯出</translation>
        </message>
        <message>
            <source>Note: %1</source>
            <translation>筆記：%1</translation>
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
            <translation>播放螢光標記對應的錄音</translation>
        </message>
        <message>
            <source>L&amp;oop Quote</source>
            <translation>重複播放引文(&amp;O)</translation>
        </message>
        <message>
            <source>Play the recording of the highlight again and again</source>
            <translation>反覆播放螢光標記對應的錄音</translation>
        </message>
        <message>
            <source>This document has no media file: attach one with File › Attach Media…</source>
            <translation>此文件沒有媒體檔案：請透過「檔案 › 連結媒體…」連結一個。</translation>
        </message>
        <message>
            <source>Click a highlight first, then play it.</source>
            <translation>請先點選一個螢光標記，再播放。</translation>
        </message>
        <message>
            <source>This quote is in another document: go to it first, then play it.</source>
            <translation>此引文在另一份文件中：請先前往該引文，再播放。</translation>
        </message>
        <message>
            <source>The segments of this highlight have no times yet: time the transcript first (Timing Mode).</source>
            <translation>此螢光標記所在的片段還沒有時間：請先為逐字稿計時（計時模式）。</translation>
        </message>
    </context>
    <context>
        <name>ReadOnlyBanner</name>
        <message>
            <source>This library is read-only: %1. You can read and search it, not change it.</source>
            <translation>此文庫為唯讀：%1。你可以閱讀和搜尋，但不能修改。</translation>
        </message>
    </context>
    <context>
        <name>ReaderAccessible</name>
        <message>
            <source>Speaker</source>
            <translation>講者</translation>
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
            <translation>時間</translation>
        </message>
        <message>
            <source>Transcript</source>
            <translation>逐字稿</translation>
        </message>
        <message>
            <source>Transcript, Chinese and English</source>
            <translation>逐字稿，中文和英文</translation>
        </message>
        <message>
            <source>Transcript, Chinese</source>
            <translation>逐字稿，中文</translation>
        </message>
        <message>
            <source>Transcript, English</source>
            <translation>逐字稿，英文</translation>
        </message>
    </context>
    <context>
        <name>ReaderView</name>
        <message>
            <source>This document has only Chinese text, so it is shown in one pane. Speakers can still be assigned and passages selected.</source>
            <translation>此文件只有中文文字，因此以單一窗格顯示。仍可指派講者及選取段落。</translation>
        </message>
        <message>
            <source>This document has only English text, so it is shown in one pane.</source>
            <translation>此文件只有英文文字，因此以單一窗格顯示。</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>複製(&amp;C)</translation>
        </message>
    </context>
    <context>
        <name>ReadingPage</name>
        <message>
            <source>&amp;Layout of newly opened documents:</source>
            <translation>新開啟文件的版面配置(&amp;L)：</translation>
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
            <translation>僅中文</translation>
        </message>
        <message>
            <source>English only</source>
            <translation>僅英文</translation>
        </message>
        <message>
            <source>Interlinear</source>
            <translation>逐行對照</translation>
        </message>
    </context>
    <context>
        <name>RecentLibrariesMenu</name>
        <message>
            <source>No recent libraries</source>
            <translation>沒有最近使用的文庫</translation>
        </message>
        <message>
            <source>&amp;Clear List</source>
            <translation>清除清單(&amp;C)</translation>
        </message>
        <message>
            <source>%1 on %2:%3 (team)</source>
            <translation>%2:%3 上的 %1（團隊）</translation>
        </message>
    </context>
    <context>
        <name>RecolorAnnotationCommand</name>
        <message>
            <source>Change highlight colour</source>
            <translation>變更螢光標記顏色</translation>
        </message>
        <message>
            <source>The annotation no longer exists.</source>
            <translation>此註解已不存在。</translation>
        </message>
    </context>
    <context>
        <name>RecolorSpeakerCommand</name>
        <message>
            <source>Change Speaker Colour</source>
            <translation>變更講者顏色</translation>
        </message>
    </context>
    <context>
        <name>RefiBitextLayout</name>
        <message>
            <source>%1: layout version %2 is not one this Bitext reads (1).</source>
            <translation>%1：版面配置版本 %2 不是此版 Bitext 可讀取的版本（1）。</translation>
        </message>
        <message>
            <source>%1: the document "%2" has a segment with a negative length or an unknown section.</source>
            <translation>%1：文件「%2」有長度為負數或區段不明的片段。</translation>
        </message>
        <message>
            <source>%1: a document names no source or has no title.</source>
            <translation>%1：有文件未指定來源或沒有標題。</translation>
        </message>
    </context>
    <context>
        <name>RefiCodebookParser</name>
        <message>
            <source>REFI-QDA codebook</source>
            <translation>REFI-QDA 編碼簿</translation>
        </message>
        <message>
            <source>the GUID %1 is used twice.</source>
            <translation>GUID %1 被使用了兩次。</translation>
        </message>
        <message>
            <source>the codebook has no codes.</source>
            <translation>編碼簿中沒有任何編碼。</translation>
        </message>
        <message>
            <source>a &lt;Code&gt; has no name.</source>
            <translation>有 &lt;Code&gt; 沒有名稱。</translation>
        </message>
        <message>
            <source>codes are nested more than %1 levels deep.</source>
            <translation>編碼的巢狀層級超過 %1 層。</translation>
        </message>
        <message>
            <source>the code "%1…" has a path (its name after its parents' names) of %2 characters; at most %3 are read.</source>
            <translation>編碼「%1…」的路徑（上層編碼的名稱加上它自己的名稱）長 %2 個字元；最多只讀取 %3 個。</translation>
        </message>
    </context>
    <context>
        <name>RefiDocumentBuilder</name>
        <message>
            <source>%1:%2: the selection "%3" ends (at %4) before it starts (at %5).</source>
            <translation>%1:%2：選取範圍「%3」的結束位置（%4）早於開始位置（%5）。</translation>
        </message>
        <message>
            <source>%1:%2: the selection "%3" runs from position %4 to %5, outside the text of the source "%6", which has %7 characters (code points).</source>
            <translation>%1:%2：選取範圍「%3」從位置 %4 延伸到 %5，超出來源「%6」的文字範圍；該文字共有 %7 個字元（碼位）。</translation>
        </message>
        <message>
            <source>%1: the source "%2" has no text; it was left out.</source>
            <translation>%1：來源「%2」沒有文字，已略過。</translation>
        </message>
        <message>
            <source>%1: the texts of "%2" no longer fit the segments Bitext exported (edited in another program?); its speakers and sections are not restored.</source>
            <translation>%1：「%2」的文字已與 Bitext 匯出時的片段不符（是否曾以其他程式編輯？）；其講者與區段不會還原。</translation>
        </message>
        <message>
            <source>%1: the document "%2": %3</source>
            <translation>%1：文件「%2」：%3</translation>
        </message>
        <message>
            <source>%1:%2: the selections up to "%3" mark more than %4 characters in all; Bitext imports projects whose quotes add up to fewer, so the project is refused.</source>
            <translation>%1:%2：截至「%3」的選取範圍共標記了超過 %4 個字元；Bitext 只匯入引文總長度較短的專案，因此拒絕讀取此專案。</translation>
        </message>
    </context>
    <context>
        <name>RefiImporter</name>
        <message>
            <source>%1: the project names the text file %2, which the archive does not contain.</source>
            <translation>%1：專案指定了文字檔 %2，但封存檔中沒有此檔案。</translation>
        </message>
        <message>
            <source>%1: the source "%2" (%3) was left out: Bitext imports text sources only.</source>
            <translation>%1：已略過來源「%2」（%3）：Bitext 只匯入文字來源。</translation>
        </message>
        <message>
            <source>%1: the source "%2" was left out: its text is a file outside the project (%3), and only texts inside the archive are read.</source>
            <translation>%1：已略過來源「%2」：其文字是專案外部的檔案（%3），而 Bitext 只讀取封存檔內的文字。</translation>
        </message>
        <message>
            <source>%1: the source "%2" was left out: it has no plain text.</source>
            <translation>%1：已略過來源「%2」：它沒有純文字內容。</translation>
        </message>
        <message>
            <source>%1: the archive has no project.qde, so it is not a REFI-QDA project.</source>
            <translation>%1：封存檔中沒有 project.qde，因此不是 REFI-QDA 專案。</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n note(s) belong to nothing Bitext imports (the project, pictures, sets) and were left out: %2</source>
            <translation>
                <numerusform>%1：有 %n 則筆記不屬於 Bitext 匯入的任何項目（專案、圖片、集合），已略過：%2</numerusform>
            </translation>
        </message>
        <message>
            <source>"%1" (%2)</source>
            <translation>「%1」（%2）</translation>
        </message>
    </context>
    <context>
        <name>RefiProjectChecker</name>
        <message>
            <source>the code "%1"</source>
            <translation>編碼「%1」</translation>
        </message>
        <message>
            <source>note</source>
            <translation>筆記</translation>
        </message>
        <message>
            <source>the note "%1"</source>
            <translation>筆記「%1」</translation>
        </message>
        <message>
            <source>the link %1</source>
            <translation>連結 %1</translation>
        </message>
        <message>
            <source>object</source>
            <translation>物件</translation>
        </message>
        <message>
            <source>the case "%1"</source>
            <translation>個案「%1」</translation>
        </message>
        <message>
            <source>variable</source>
            <translation>變數</translation>
        </message>
        <message>
            <source>source</source>
            <translation>來源</translation>
        </message>
        <message>
            <source>selection</source>
            <translation>選取範圍</translation>
        </message>
        <message>
            <source>code</source>
            <translation>編碼</translation>
        </message>
        <message>
            <source>the project</source>
            <translation>專案</translation>
        </message>
        <message>
            <source>the source "%1"</source>
            <translation>來源「%1」</translation>
        </message>
        <message>
            <source>the selection "%1"</source>
            <translation>選取範圍「%1」</translation>
        </message>
        <message>
            <source>the coding %1</source>
            <translation>編碼紀錄 %1</translation>
        </message>
        <message>
            <source>%1:%2: %3 names the user %4, whom the project does not list under &lt;Users&gt;.</source>
            <translation>%1:%2：%3 指定了使用者 %4，但專案的 &lt;Users&gt; 中並未列出此使用者。</translation>
        </message>
        <message>
            <source>%1:%2: %3 refers to the %4 %5, which the project does not define.</source>
            <translation>%1:%2：%3 參照了 %4 %5，但專案並未定義它。</translation>
        </message>
        <message>
            <source>%1:%2: %3 refers to %4 as a %5, but it is a &lt;%6&gt;.</source>
            <translation>%1:%2：%3 將 %4 當作 %5 參照，但它其實是 &lt;%6&gt;。</translation>
        </message>
    </context>
    <context>
        <name>RefiProjectParser</name>
        <message>
            <source>REFI-QDA project</source>
            <translation>REFI-QDA 專案</translation>
        </message>
        <message>
            <source>the GUID %1 is used twice (by a &lt;%2&gt; and a &lt;%3&gt;).</source>
            <translation>GUID %1 被使用了兩次（由一個 &lt;%2&gt; 與一個 &lt;%3&gt;）。</translation>
        </message>
        <message>
            <source>a &lt;VariableValue&gt; names no variable.</source>
            <translation>有 &lt;VariableValue&gt; 未指定變數。</translation>
        </message>
        <message>
            <source>a &lt;Coding&gt; (%1) names no code.</source>
            <translation>有 &lt;Coding&gt;（%1）未指定編碼。</translation>
        </message>
    </context>
    <context>
        <name>RefiSourceSegmenter</name>
        <message>
            <source>its Chinese and English texts differ in their number of lines (%1 and %2), so a segment had a line break; the sides are imported unpaired.</source>
            <translation>其中文與英文文字的行數不同（%1 行與 %2 行），表示有片段含有換行；兩側將以未配對的方式匯入。</translation>
        </message>
    </context>
    <context>
        <name>RefiXmlReader</name>
        <message>
            <source>not well-formed XML: %1</source>
            <translation>XML 格式不正確：%1</translation>
        </message>
        <message>
            <source>the file declares a document type (&lt;!DOCTYPE&gt;); %1 files have none, and entity declarations in one are refused.</source>
            <translation>檔案宣告了文件類型（&lt;!DOCTYPE&gt;）；%1 檔案不應有文件類型宣告，且其中的實體宣告會被拒絕。</translation>
        </message>
        <message>
            <source>the file uses an undeclared entity (&amp;%1;).</source>
            <translation>檔案使用了未宣告的實體（&amp;%1;）。</translation>
        </message>
        <message>
            <source>this is not a %1: its root element is &lt;%2&gt; in namespace "%3", not &lt;%4&gt; in "%5".</source>
            <translation>這不是 %1：其根元素是命名空間「%3」中的 &lt;%2&gt;，而不是「%5」中的 &lt;%4&gt;。</translation>
        </message>
        <message>
            <source>the file is empty; a %1 was expected.</source>
            <translation>檔案是空的；預期應為 %1。</translation>
        </message>
        <message>
            <source>the file ends in the middle of an element.</source>
            <translation>檔案在元素中途結束。</translation>
        </message>
        <message>
            <source>&lt;%1&gt; has no %2 attribute.</source>
            <translation>&lt;%1&gt; 沒有 %2 屬性。</translation>
        </message>
        <message>
            <source>&lt;%1&gt; has %2="%3", which is not a GUID.</source>
            <translation>&lt;%1&gt; 的 %2="%3" 不是 GUID。</translation>
        </message>
        <message>
            <source>&lt;%1&gt; has %2="%3", which is not a whole number.</source>
            <translation>&lt;%1&gt; 的 %2="%3" 不是整數。</translation>
        </message>
        <message>
            <source>elements are nested more than %1 levels deep; the file is refused.</source>
            <translation>元素的巢狀層級超過 %1 層；拒絕讀取此檔案。</translation>
        </message>
        <message>
            <source>the file has more than %1 elements; the file is refused.</source>
            <translation>檔案包含超過 %1 個元素；拒絕讀取此檔案。</translation>
        </message>
        <message>
            <source>the attribute %1 of &lt;%2&gt; is %3 characters long; at most %4 are read, so the file is refused.</source>
            <translation>&lt;%2&gt; 的屬性 %1 長 %3 個字元；最多只讀取 %4 個，因此拒絕讀取此檔案。</translation>
        </message>
    </context>
    <context>
        <name>RenameSpeakerCommand</name>
        <message>
            <source>Rename Speaker to %1</source>
            <translation>將講者重新命名為 %1</translation>
        </message>
    </context>
    <context>
        <name>ReportCommand</name>
        <message>
            <source>Look across the coding: code matrices, word frequencies, concordances and agreement between coders</source>
            <translation>綜觀編碼：編碼矩陣、詞頻、語境索引與編碼者之間的一致性</translation>
        </message>
        <message>
            <source>expects what to report: %1.</source>
            <translation>需要指定報告的內容：%1。</translation>
        </message>
        <message>
            <source>cannot report '%1'; it reports %2.</source>
            <translation>無法報告「%1」；可報告的有 %2。</translation>
        </message>
        <message>
            <source>Only this document (id or title); may be repeated.</source>
            <translation>僅限此文件（編號或標題）；可重複指定。</translation>
        </message>
        <message>
            <source>Only what this speaker says; may be repeated.</source>
            <translation>僅限此講者的話；可重複指定。</translation>
        </message>
        <message>
            <source>Only this code and the codes below it; may be repeated.</source>
            <translation>僅限此編碼及其下層編碼；可重複指定。</translation>
        </message>
        <message>
            <source>Only the quotes of this coder; may be repeated.</source>
            <translation>僅限此編碼者的引文；可重複指定。</translation>
        </message>
        <message>
            <source>Only one language: zh or en.</source>
            <translation>僅限一種語言：zh 或 en。</translation>
        </message>
        <message>
            <source>There is no speaker '%1'.</source>
            <translation>不存在講者「%1」。</translation>
        </message>
        <message>
            <source>--side expects zh or en, not '%1'.</source>
            <translation>--side 應為 zh 或 en，而不是「%1」。</translation>
        </message>
        <message>
            <source>matrix expects --columns speakers, documents or codes.</source>
            <translation>matrix 需要 --columns speakers、documents 或 codes。</translation>
        </message>
        <message>
            <source>--columns expects speakers, documents or codes, not '%1'.</source>
            <translation>--columns 應為 speakers、documents 或 codes，而不是「%1」。</translation>
        </message>
        <message>
            <source>matrix: what the rows are: codes.</source>
            <translation>matrix：列是什麼：codes（編碼）。</translation>
        </message>
        <message>
            <source>matrix: what the columns are: speakers, documents or codes.</source>
            <translation>matrix：欄是什麼：speakers（講者）、documents（文件）或 codes（編碼）。</translation>
        </message>
        <message>
            <source>matrix: the share of the text coded (0..1) instead of the number of quotes.</source>
            <translation>matrix：給出已編碼文字所占的比例（0..1），而不是引文則數。</translation>
        </message>
        <message>
            <source>matrix: print CSV instead of JSON.</source>
            <translation>matrix：輸出 CSV 而不是 JSON。</translation>
        </message>
        <message>
            <source>matrix takes no arguments, only options; '%1' is not one.</source>
            <translation>matrix 不接受引數，只接受選項；「%1」不是選項。</translation>
        </message>
        <message>
            <source>--rows expects codes, not '%1'.</source>
            <translation>--rows 應為 codes，而不是「%1」。</translation>
        </message>
        <message>
            <source>matrix prints either --json or --csv, not both.</source>
            <translation>matrix 只能輸出 --json 或 --csv 其中之一，不能同時輸出。</translation>
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
            <translation>--%1 需要 0 或更大的數字，而不是「%2」。</translation>
        </message>
        <message>
            <source>--%1 does not apply to `report %2`.</source>
            <translation>--%1 不適用於 `report %2`。</translation>
        </message>
        <message>
            <source>--by expects document, speaker or code, not '%1'.</source>
            <translation>--by 需要 document、speaker 或 code，而不是「%1」。</translation>
        </message>
        <message>
            <source>Word</source>
            <translation>詞語</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>次數</translation>
        </message>
        <message>
            <source>Per 10,000</source>
            <translation>每萬單位</translation>
        </message>
        <message numerus="yes">
            <source>%n unit(s) of text</source>
            <translation>
                <numerusform>文字共 %n 個單位</numerusform>
            </translation>
        </message>
        <message>
            <source>report frequency: one table per document, speaker or code.</source>
            <translation>report frequency：每份文件、講者或編碼各一張表。</translation>
        </message>
        <message>
            <source>report frequency: leave out words shorter than N characters.</source>
            <translation>report frequency：不計短於 N 個字元的詞語。</translation>
        </message>
        <message>
            <source>report concordance: words or characters of context on each side (default 30).</source>
            <translation>report concordance：兩側語境的詞數或字數（預設 30）。</translation>
        </message>
        <message>
            <source>`report frequency` takes no word; did you mean `report concordance %1`?</source>
            <translation>`report frequency` 不接受詞語；您是否想用 `report concordance %1`？</translation>
        </message>
        <message>
            <source>`report concordance` expects one WORD (in either script).</source>
            <translation>`report concordance` 需要一個 WORD（簡體或繁體皆可）。</translation>
        </message>
        <message>
            <source>'%1' does not occur in the text reported on.</source>
            <translation>所統計的文字中沒有出現「%1」。</translation>
        </message>
    </context>
    <context>
        <name>ResplitSegmentsCommand</name>
        <message>
            <source>Split Segment</source>
            <translation>分割片段</translation>
        </message>
        <message>
            <source>Merge Segments</source>
            <translation>合併片段</translation>
        </message>
        <message>
            <source>Move Sentence to Previous Segment</source>
            <translation>將句子移到上一個片段</translation>
        </message>
        <message>
            <source>Move Sentence to Next Segment</source>
            <translation>將句子移到下一個片段</translation>
        </message>
        <message>
            <source>Attach Translation</source>
            <translation>附加譯文</translation>
        </message>
    </context>
    <context>
        <name>RestoreBackupDialog</name>
        <message>
            <source>&amp;Restore…</source>
            <translation>還原(&amp;R)…</translation>
        </message>
        <message>
            <source>Restore from Backup</source>
            <translation>從備份還原</translation>
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
            <translation>伺服器文庫在這裡沒有備份；由伺服器管理員用伺服器本身的工具備份。</translation>
        </message>
        <message>
            <source>The library %1 has no backups yet.</source>
            <translation>文庫 %1 還沒有備份。</translation>
        </message>
        <message>
            <source>&amp;Backups of %1, newest first. Restoring one replaces the library; the library as it is now is kept as a backup.</source>
            <translation>%1 的備份(&amp;B)，最新的在前。還原其中一份會取代文庫；文庫目前的狀態會保留為一份備份。</translation>
        </message>
        <message>
            <source>Daily</source>
            <translation>每日</translation>
        </message>
        <message>
            <source>Before an upgrade</source>
            <translation>升級之前</translation>
        </message>
        <message>
            <source>Made by hand</source>
            <translation>手動建立</translation>
        </message>
        <message>
            <source>Before a restore</source>
            <translation>還原之前</translation>
        </message>
        <message>
            <source>Restore Backup?</source>
            <translation>還原備份？</translation>
        </message>
        <message>
            <source>Replace the library with the backup from %1?</source>
            <translation>要以 %1 的備份取代文庫嗎？</translation>
        </message>
        <message>
            <source>Changes made since then are no longer in the library; the library as it is now is kept as a backup.</source>
            <translation>此後所做的變更將不再保留在文庫中；文庫目前的狀態會保留為一份備份。</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>還原</translation>
        </message>
    </context>
    <context>
        <name>RetagAnnotationCommand</name>
        <message>
            <source>Change tags</source>
            <translation>變更標籤</translation>
        </message>
        <message>
            <source>The annotation no longer exists.</source>
            <translation>此註解已不存在。</translation>
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
            <translation>文庫 %1 的結構描述版本為 %2，比此版 Bitext（%4）所能理解的版本 %3 更新。請更新 Bitext 後再開啟。</translation>
        </message>
        <message>
            <source>Cannot back up %1 to %2: %3</source>
            <translation>無法將 %1 備份至 %2：%3</translation>
        </message>
        <message>
            <source>%1 is a database but not a Bitext library.</source>
            <translation>%1 是資料庫，但不是 Bitext 文庫。</translation>
        </message>
        <message>
            <source>%1 holds no Bitext library, and it is read-only (%2), so none can be made in it.</source>
            <translation>%1 中沒有 Bitext 文庫，且它為唯讀（%2），因此無法在其中建立文庫。</translation>
        </message>
        <message>
            <source>The library %1 was made by an older Bitext (schema version %2) and must be upgraded to version %3 before this one can read it, but it is read-only: %4. Copy it to a folder you can write to and open the copy.</source>
            <translation>文庫 %1 由較舊的 Bitext 建立（結構描述版本 %2），必須先升級至版本 %3 才能由此版讀取，但它為唯讀：%4。請將它複製到你可以寫入的資料夾，再開啟該副本。</translation>
        </message>
    </context>
    <context>
        <name>SearchCommand</name>
        <message>
            <source>Search the library: Chinese (Simplified or Traditional) and English, "phrases", prefix*, AND/OR/NOT</source>
            <translation>搜尋文庫：中文（簡體或繁體）與英文、"片語"、字首*、AND/OR/NOT</translation>
        </message>
        <message>
            <source>Only this document (id or title).</source>
            <translation>僅限此文件（ID 或標題）。</translation>
        </message>
        <message>
            <source>DOC</source>
            <translation>DOC</translation>
        </message>
        <message>
            <source>Only segments of this speaker (name or alias).</source>
            <translation>僅限此講者的片段（名稱或別名）。</translation>
        </message>
        <message>
            <source>NAME</source>
            <translation>NAME</translation>
        </message>
        <message>
            <source>Only text covered by quotes with this tag or one below it.</source>
            <translation>僅限帶有此標籤或其下層標籤之引文所涵蓋的文字。</translation>
        </message>
        <message>
            <source>TAG</source>
            <translation>TAG</translation>
        </message>
        <message>
            <source>Only this side: zh or en.</source>
            <translation>僅限此側：zh 或 en。</translation>
        </message>
        <message>
            <source>SIDE</source>
            <translation>SIDE</translation>
        </message>
        <message>
            <source>At most this many results (default 200).</source>
            <translation>最多顯示這麼多筆結果（預設 200）。</translation>
        </message>
        <message>
            <source>N</source>
            <translation>N</translation>
        </message>
        <message>
            <source>expects a QUERY, e.g. bitext search 对齐</source>
            <translation>需要 QUERY，例如 bitext search 對齊</translation>
        </message>
        <message>
            <source>the query has no word to search for.</source>
            <translation>查詢中沒有可搜尋的字詞。</translation>
        </message>
        <message>
            <source>--limit expects a positive number.</source>
            <translation>--limit 需要正數。</translation>
        </message>
        <message>
            <source>--side expects zh or en.</source>
            <translation>--side 需要 zh 或 en。</translation>
        </message>
        <message>
            <source>There is no speaker '%1'.</source>
            <translation>沒有「%1」這位講者。</translation>
        </message>
        <message>
            <source>There is no tag '%1'. `bitext tags` lists them.</source>
            <translation>沒有「%1」這個標籤。`bitext tags` 會列出所有標籤。</translation>
        </message>
        <message>
            <source>No matches.</source>
            <translation>沒有符合結果。</translation>
        </message>
        <message>
            <source>Showing the first %1 results; --limit N shows more.</source>
            <translation>僅顯示前 %1 筆結果；使用 --limit N 可顯示更多。</translation>
        </message>
    </context>
    <context>
        <name>SearchController</name>
        <message>
            <source>Search</source>
            <translation>搜尋</translation>
        </message>
        <message>
            <source>Open a library to search it.</source>
            <translation>請開啟文庫以進行搜尋。</translation>
        </message>
        <message>
            <source>&amp;Search Library…</source>
            <translation>搜尋文庫(&amp;S)…</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>尋找(&amp;F)…</translation>
        </message>
        <message>
            <source>Find &amp;Next</source>
            <translation>尋找下一個(&amp;N)</translation>
        </message>
        <message>
            <source>Find Pre&amp;vious</source>
            <translation>尋找上一個(&amp;V)</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>尋找</translation>
        </message>
    </context>
    <context>
        <name>SearchQuery</name>
        <message>
            <source>NOT needs a term before it, as in: a NOT b.</source>
            <translation>NOT 前面必須有搜尋詞，例如：a NOT b。</translation>
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
            <translation>筆記</translation>
        </message>
        <message>
            <source>title</source>
            <translation>標題</translation>
        </message>
    </context>
    <context>
        <name>SegmentRepair</name>
        <message>
            <source>The segments' text changed while they were being re-split; nothing was changed.</source>
            <translation>重新分割時片段的文字有所變動；未做任何變更。</translation>
        </message>
        <message>
            <source>A segment can only be split inside its text, not at its very start or end.</source>
            <translation>片段只能在文字內部分割，不能在最開頭或最結尾分割。</translation>
        </message>
        <message>
            <source>This segment has no sentence to move on that side.</source>
            <translation>此片段在該語言一側沒有可移動的句子。</translation>
        </message>
        <message>
            <source>The segment is no longer in the library.</source>
            <translation>該片段已不在文庫中。</translation>
        </message>
        <message>
            <source>There is no previous segment.</source>
            <translation>沒有上一個片段。</translation>
        </message>
        <message>
            <source>There is no next segment.</source>
            <translation>沒有下一個片段。</translation>
        </message>
        <message>
            <source>The document's segments were changed elsewhere in the meantime; nothing was changed.</source>
            <translation>此文件的片段在這段期間已在別處被修改；未做任何變更。</translation>
        </message>
        <message>
            <source>There is no document %1.</source>
            <translation>沒有文件 %1。</translation>
        </message>
    </context>
    <context>
        <name>SegmentRepairController</name>
        <message>
            <source>A&amp;lignment</source>
            <translation>對齊(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Split Segment at Cursor</source>
            <translation>在游標處分割片段(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Merge with Next Segment</source>
            <translation>與下一個片段合併(&amp;M)</translation>
        </message>
        <message>
            <source>Move First Sentence to Pre&amp;vious Segment</source>
            <translation>將第一句移到上一個片段(&amp;V)</translation>
        </message>
        <message>
            <source>Move Last Sentence to Ne&amp;xt Segment</source>
            <translation>將最後一句移到下一個片段(&amp;X)</translation>
        </message>
        <message>
            <source>Mark as &amp;Untranslated</source>
            <translation>標為未翻譯(&amp;U)</translation>
        </message>
        <message>
            <source>Acc&amp;ept Pairing</source>
            <translation>接受配對(&amp;E)</translation>
        </message>
        <message>
            <source>Confirm the pairing of a segment the aligner was unsure of</source>
            <translation>確認對齊程式沒有把握的片段配對</translation>
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
            <translation>此片段尚無可調整的時間。</translation>
        </message>
        <message>
            <source>A segment cannot start before the media does.</source>
            <translation>片段不能早於媒體開始。</translation>
        </message>
        <message>
            <source>A segment must start after the one before it (which starts at %1).</source>
            <translation>片段必須在前一個片段之後開始（前一個片段開始於 %1）。</translation>
        </message>
    </context>
    <context>
        <name>SetSegmentStartCommand</name>
        <message>
            <source>Mark Segment Start</source>
            <translation>標記片段開始</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard Shortcuts</source>
            <translation>鍵盤快速鍵</translation>
        </message>
        <message>
            <source>Filter by action or key…</source>
            <translation>依動作或按鍵篩選…</translation>
        </message>
        <message>
            <source>Filter shortcuts</source>
            <translation>篩選快速鍵</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>動作</translation>
        </message>
        <message>
            <source>Shortcut</source>
            <translation>快速鍵</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>鍵盤快速鍵</translation>
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
            <translation>顯示文件的中繼資料與片段（DOC：ID 或標題）</translation>
        </message>
        <message>
            <source>expects one DOC (a document id or title).</source>
            <translation>需要一個 DOC（文件 ID 或標題）。</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>格式</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>來源</translation>
        </message>
        <message>
            <source>URL</source>
            <translation>網址</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>語言</translation>
        </message>
        <message>
            <source>Encoding</source>
            <translation>字元編碼</translation>
        </message>
        <message>
            <source>People</source>
            <translation>人物</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>標籤</translation>
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
            <translation>媒體</translation>
        </message>
        <message>
            <source>%1 (missing)</source>
            <translation>%1（遺失）</translation>
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
            <translation>講者名稱</translation>
        </message>
    </context>
    <context>
        <name>SpeakerController</name>
        <message>
            <source>Speakers</source>
            <translation>講者</translation>
        </message>
        <message>
            <source>Rename Speaker</source>
            <translation>重新命名講者</translation>
        </message>
        <message>
            <source>New name for %1 (in every document):</source>
            <translation>%1 的新名稱（套用於所有文件）：</translation>
        </message>
        <message>
            <source>Merge Speakers?</source>
            <translation>要合併講者嗎？</translation>
        </message>
        <message>
            <source>“%1” is already a name of %2.</source>
            <translation>「%1」已經是 %2 的名稱。</translation>
        </message>
        <message>
            <source>Merge %1 into %2? Every segment of %3, in every document, moves to %2, and %3 becomes another name of %2. Undo takes the merge back.</source>
            <translation>要將 %1 合併至 %2 嗎？所有文件中 %3 的每個片段都會移至 %2，而 %3 會成為 %2 的另一個名稱。使用「復原」可取消合併。</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>合併</translation>
        </message>
        <message>
            <source>Colour of %1</source>
            <translation>%1 的顏色</translation>
        </message>
        <message>
            <source>Merge Speaker</source>
            <translation>合併講者</translation>
        </message>
        <message>
            <source>Merge %1 into which speaker? Every segment of %2, in every document, moves to that speaker, and %2 becomes one of its names.</source>
            <translation>要將 %1 合併至哪一位講者？所有文件中 %2 的每個片段都會移至該講者，而 %2 會成為其名稱之一。</translation>
        </message>
        <message>
            <source>Assign Speaker</source>
            <translation>指派講者</translation>
        </message>
        <message numerus="yes">
            <source>Speaker of the %n selected segment(s) (type a new name to add a speaker):</source>
            <translation>
                <numerusform>選取的 %n 個片段的講者（輸入新名稱即可新增講者）：</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SpeakerPanel</name>
        <message>
            <source>Speakers</source>
            <translation>講者</translation>
        </message>
    </context>
    <context>
        <name>SpeakerRepository</name>
        <message>
            <source>A speaker needs a name.</source>
            <translation>講者必須有名稱。</translation>
        </message>
        <message>
            <source>There is already a speaker called %1; merge them instead.</source>
            <translation>已有名為 %1 的講者；請改為合併兩者。</translation>
        </message>
        <message>
            <source>Cannot merge: speaker not found.</source>
            <translation>無法合併：找不到講者。</translation>
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
            <translation>停用詞</translation>
        </message>
        <message>
            <source>Words left out of word frequencies, one a line. Traditional and Simplified forms, and capitals, count as the same word.</source>
            <translation>不計入詞頻的詞語，每行一個。繁體與簡體形式、大小寫皆視為同一個詞。</translation>
        </message>
        <message>
            <source>Chinese stop words</source>
            <translation>中文停用詞</translation>
        </message>
        <message>
            <source>English stop words</source>
            <translation>英文停用詞</translation>
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
            <translation>有字幕段落沒有時間碼行（「00:00:01,000 --&gt; 00:00:02,000」）。</translation>
        </message>
        <message>
            <source>cannot read the cue times "%1".</source>
            <translation>無法讀取字幕時間「%1」。</translation>
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
            <translation>編碼簿中還沒有標籤。</translation>
        </message>
    </context>
    <context>
        <name>TagManagerDialog</name>
        <message>
            <source>Codebook</source>
            <translation>編碼簿</translation>
        </message>
        <message>
            <source>&amp;New…</source>
            <translation>新增(&amp;N)…</translation>
        </message>
        <message>
            <source>&amp;Rename…</source>
            <translation>重新命名(&amp;R)…</translation>
        </message>
        <message>
            <source>&amp;Colour…</source>
            <translation>顏色(&amp;C)…</translation>
        </message>
        <message>
            <source>D&amp;escription…</source>
            <translation>描述(&amp;E)…</translation>
        </message>
        <message>
            <source>&amp;Move…</source>
            <translation>移動(&amp;M)…</translation>
        </message>
        <message>
            <source>Mer&amp;ge into…</source>
            <translation>合併至(&amp;G)…</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>刪除(&amp;D)…</translation>
        </message>
        <message>
            <source>Delete tag</source>
            <translation>刪除標籤</translation>
        </message>
        <message numerus="yes">
            <source>Delete the tag “%1”? %n quote(s) use it.</source>
            <translation>
                <numerusform>要刪除標籤「%1」嗎？有 %n 則引文使用此標籤。</numerusform>
            </translation>
        </message>
        <message>
            <source>The %1 below it go too, used by %2.</source>
            <translation>其下層的 %1 也會一併刪除，它們被 %2 使用。</translation>
        </message>
        <message numerus="yes">
            <source>%n tag(s)</source>
            <translation>
                <numerusform>%n 個標籤</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n more quote(s)</source>
            <translation>
                <numerusform>另外 %n 則引文</numerusform>
            </translation>
        </message>
        <message>
            <source>The quotes themselves stay. You can undo this.</source>
            <translation>引文本身會保留。此動作可以復原。</translation>
        </message>
        <message>
            <source>(top level)</source>
            <translation>（最上層）</translation>
        </message>
        <message>
            <source>New tag</source>
            <translation>新增標籤</translation>
        </message>
        <message>
            <source>Name (Parent/Child makes a tag below another):</source>
            <translation>名稱（以「上層/下層」格式可在另一個標籤之下建立標籤）：</translation>
        </message>
        <message>
            <source>Rename tag</source>
            <translation>重新命名標籤</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>新名稱：</translation>
        </message>
        <message>
            <source>Colour of %1</source>
            <translation>%1 的顏色</translation>
        </message>
        <message>
            <source>Describe tag</source>
            <translation>描述標籤</translation>
        </message>
        <message>
            <source>What %1 means, when to use it:</source>
            <translation>%1 的意義與使用時機：</translation>
        </message>
        <message>
            <source>Move tag</source>
            <translation>移動標籤</translation>
        </message>
        <message>
            <source>Move below:</source>
            <translation>移至此標籤之下：</translation>
        </message>
        <message>
            <source>Merge tag</source>
            <translation>合併標籤</translation>
        </message>
        <message>
            <source>Merge into (its quotes and children move there):</source>
            <translation>合併至（其引文與下層標籤會移到該處）：</translation>
        </message>
    </context>
    <context>
        <name>TagPicker</name>
        <message>
            <source>Tag, or Parent/Child to create</source>
            <translation>標籤，或輸入「上層/下層」以建立</translation>
        </message>
        <message>
            <source>Create tag “%1”</source>
            <translation>建立標籤「%1」</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>標籤</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>標籤清單</translation>
        </message>
    </context>
    <context>
        <name>TagRepository</name>
        <message>
            <source>A tag needs a name.</source>
            <translation>標籤必須有名稱。</translation>
        </message>
        <message>
            <source>A tag name must not be empty or contain '/'.</source>
            <translation>標籤名稱不得為空，也不得包含「/」。</translation>
        </message>
        <message>
            <source>There is already a tag called %1 there.</source>
            <translation>此處已有名為 %1 的標籤。</translation>
        </message>
        <message>
            <source>A tag cannot be moved below itself.</source>
            <translation>標籤無法移到自身之下。</translation>
        </message>
    </context>
    <context>
        <name>TagTreeModel</name>
        <message>
            <source>%1 incl. subtags</source>
            <translation>%1（含下層標籤）</translation>
        </message>
        <message numerus="yes">
            <source>%n quote(s) tagged %1 itself</source>
            <translation>
                <numerusform>%n 則引文直接標記為 %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n with the tags below it too</source>
            <translation>
                <numerusform>連同下層標籤共 %n 則</numerusform>
            </translation>
        </message>
        <message>
            <source>Quotes with the tag, including those with a tag below it</source>
            <translation>帶有此標籤的引文，包括帶有其下層標籤的引文</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>標籤</translation>
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
            <translation>列出編碼簿中的標籤，以及使用各標籤的引文數</translation>
        </message>
        <message>
            <source>takes no arguments.</source>
            <translation>不接受引數。</translation>
        </message>
        <message>
            <source>The codebook is empty. `bitext annotate ... --tag NAME` creates tags.</source>
            <translation>編碼簿是空的。`bitext annotate ... --tag NAME` 會建立標籤。</translation>
        </message>
    </context>
    <context>
        <name>TalkShare</name>
        <message>
            <source>No speaker</source>
            <translation>無講者</translation>
        </message>
    </context>
    <context>
        <name>TalkShareChart</name>
        <message>
            <source>Talk share by document</source>
            <translation>各文件的發言比例</translation>
        </message>
        <message>
            <source>Talk share by document: no text for this filter</source>
            <translation>各文件的發言比例：此篩選條件下沒有文字</translation>
        </message>
        <message numerus="yes">
            <source>%1 — %2: %3% (%n character(s) or word(s))</source>
            <translation>
                <numerusform>%1 — %2：%3%（%n 個字或詞）</numerusform>
            </translation>
        </message>
        <message>
            <source>Share of the document's text (Chinese characters and English words)</source>
            <translation>占文件文字的比例（中文按字，英文按詞）</translation>
        </message>
    </context>
    <context>
        <name>TapTimingController</name>
        <message>
            <source>Timing Mode: press Return when the current segment begins; Alt+Left and Alt+Right move the last mark by 0.1 s.</source>
            <translation>計時模式：目前片段開始時按 Return 鍵；Alt+Left 和 Alt+Right 將最後一個標記移動 0.1 秒。</translation>
        </message>
        <message>
            <source>&amp;Timing Mode</source>
            <translation>計時模式(&amp;T)</translation>
        </message>
        <message>
            <source>Time the transcript while listening: Return marks where the current segment begins</source>
            <translation>邊聽邊為逐字稿計時：按 Return 鍵標記目前片段的開始位置</translation>
        </message>
        <message>
            <source>&amp;Mark Segment Start</source>
            <translation>標記片段開始(&amp;M)</translation>
        </message>
        <message>
            <source>Move Mark &amp;Earlier</source>
            <translation>標記提前(&amp;E)</translation>
        </message>
        <message>
            <source>Move Mark &amp;Later</source>
            <translation>標記延後(&amp;L)</translation>
        </message>
        <message>
            <source>Segment %1 starts at %2.</source>
            <translation>片段 %1 從 %2 開始。</translation>
        </message>
        <message>
            <source>No mark to move: mark a segment's start first.</source>
            <translation>沒有可移動的標記：請先標記一個片段的開始。</translation>
        </message>
    </context>
    <context>
        <name>TerminalPrompt</name>
        <message>
            <source>Cannot ask for the password: standard input is not a terminal. %1</source>
            <translation>無法詢問密碼：標準輸入不是終端機。%1</translation>
        </message>
        <message>
            <source>No password was entered.</source>
            <translation>未輸入密碼。</translation>
        </message>
        <message>
            <source>Standard input ended before a password line.</source>
            <translation>標準輸入在讀到密碼行之前就結束了。</translation>
        </message>
    </context>
    <context>
        <name>TextDecoder</name>
        <message>
            <source>%1: the encoding %2 is not supported.</source>
            <translation>%1：不支援 %2 字元編碼。</translation>
        </message>
        <message>
            <source>the file ends in the middle of a %1 character (truncated file?)</source>
            <translation>檔案在 %1 字元的中途結束（檔案是否被截斷？）</translation>
        </message>
        <message>
            <source>byte sequence %1is not valid %2</source>
            <translation>位元組序列 %1不是有效的 %2</translation>
        </message>
        <message>
            <source>%1:1: the file is empty.</source>
            <translation>%1:1：檔案是空的。</translation>
        </message>
        <message>
            <source>%1:%2: this is a binary file, not text.</source>
            <translation>%1:%2：這是二進位檔案，不是文字檔。</translation>
        </message>
        <message>
            <source>%1:%2: the line is %3 bytes long; lines over %4 bytes are refused (is this a transcript?).</source>
            <translation>%1:%2：此行長達 %3 位元組；超過 %4 位元組的行會被拒絕（這是逐字稿嗎？）。</translation>
        </message>
    </context>
    <context>
        <name>TextDocumentBuilder</name>
        <message>
            <source>PDF and ODT export need a QGuiApplication (for fonts); none is running.</source>
            <translation>匯出 PDF 與 ODT 需要 QGuiApplication（用於字型），但目前沒有任何 QGuiApplication 在執行。</translation>
        </message>
        <message numerus="yes">
            <source>Exported from Bitext on %1 · %n quote(s)</source>
            <translation>
                <numerusform>於 %1 由 Bitext 匯出 · %n 則引文</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TextNormalizer</name>
        <message>
            <source>ICU's NFKC case-folding data are missing: %1</source>
            <translation>缺少 ICU 的 NFKC 大小寫摺疊資料：%1</translation>
        </message>
    </context>
    <context>
        <name>TimelineAccessible</name>
        <message>
            <source>Speaker timeline</source>
            <translation>講者時間軸</translation>
        </message>
        <message>
            <source>%1: %2% of talk time</source>
            <translation>%1：占發言時間的 %2%</translation>
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
            <translation>無講者</translation>
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
            <translation>復原(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Undo %1</source>
            <translation>復原 %1(&amp;U)</translation>
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
            <translation>WebVTT 檔案必須以「WEBVTT」開頭。</translation>
        </message>
    </context>
    <context>
        <name>WebAnnotationImporter</name>
        <message>
            <source>the annotation %1 (%2)</source>
            <translation>註解 %1（%2）</translation>
        </message>
        <message>
            <source>"%1" (%2)</source>
            <translation>「%1」（%2）</translation>
        </message>
        <message>
            <source>%1: it has no TextQuoteSelector to find its text by.</source>
            <translation>%1：沒有可用來找出其文字的 TextQuoteSelector。</translation>
        </message>
        <message>
            <source>%1: no document in the library has this source, title or URL.</source>
            <translation>%1：文庫中沒有任何文件具有此來源、標題或網址。</translation>
        </message>
        <message>
            <source>%1: the quote is not in the document, or not in one place only.</source>
            <translation>%1：引文不在文件中，或出現在不只一處。</translation>
        </message>
        <message numerus="yes">
            <source>%1: the quote fits %n documents.</source>
            <translation>
                <numerusform>%1：引文符合 %n 份文件。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WebAnnotationReader</name>
        <message>
            <source>%1: the file holds no annotations.</source>
            <translation>%1：檔案中沒有任何註解。</translation>
        </message>
        <message>
            <source>%1: the collection's pages are elsewhere (%2); Bitext reads annotations from the file only.</source>
            <translation>%1：此集合的頁面位於其他位置（%2）；Bitext 只從檔案本身讀取註解。</translation>
        </message>
        <message>
            <source>%1: this JSON is neither a Web Annotation collection nor a Hypothesis export.</source>
            <translation>%1：此 JSON 既不是 Web Annotation 集合，也不是 Hypothesis 匯出檔。</translation>
        </message>
        <message>
            <source>%1: the file holds %2 annotations; Bitext imports at most %3 from one file. Split it into smaller files and import them one by one.</source>
            <translation>%1：檔案包含 %2 則註解；Bitext 每個檔案最多匯入 %3 則。請將它分割成較小的檔案，再逐一匯入。</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Welcome to Bitext</source>
            <translation>歡迎使用 Bitext</translation>
        </message>
        <message>
            <source>This library has no documents yet. Import transcripts to read them side by side, or open a library you already have.</source>
            <translation>這個文庫還沒有文件。匯入逐字稿就能並排閱讀，也可以開啟既有的文庫。</translation>
        </message>
        <message>
            <source>Import Files…</source>
            <translation>匯入檔案…</translation>
        </message>
        <message>
            <source>Open Library…</source>
            <translation>開啟文庫…</translation>
        </message>
        <message>
            <source>New Library…</source>
            <translation>新增文庫…</translation>
        </message>
        <message>
            <source>You can also drag files from your file manager and drop them anywhere on this window. Bitext reads %1: transcripts as plain text, Markdown or subtitles, REFI-QDA projects and codebooks, and Web Annotation JSON.</source>
            <translation>也可以從檔案總管把檔案拖放到這個視窗的任何位置。Bitext 能讀取 %1：純文字、Markdown 或字幕格式的逐字稿，REFI-QDA 專案和編碼簿，以及 Web Annotation JSON。</translation>
        </message>
        <message>
            <source>Read the manual</source>
            <translation>閱讀使用手冊</translation>
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
            <translation>無講者</translation>
        </message>
    </context>
    <context>
        <name>WordFrequencyModel</name>
        <message>
            <source>Document</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Speaker</source>
            <translation>講者</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>編碼</translation>
        </message>
        <message>
            <source>Word</source>
            <translation>詞語</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>次數</translation>
        </message>
        <message>
            <source>Per 10,000</source>
            <translation>每萬單位</translation>
        </message>
    </context>
    <context>
        <name>WordsView</name>
        <message>
            <source>Count words for</source>
            <translation>統計詞語的範圍</translation>
        </message>
        <message>
            <source>The whole filter</source>
            <translation>整個篩選範圍</translation>
        </message>
        <message>
            <source>Each document</source>
            <translation>每份文件</translation>
        </message>
        <message>
            <source>Each speaker</source>
            <translation>每位講者</translation>
        </message>
        <message>
            <source>Each code</source>
            <translation>每個編碼</translation>
        </message>
        <message>
            <source>&amp;Count for:</source>
            <translation>統計範圍(&amp;C)：</translation>
        </message>
        <message>
            <source>Shortest word counted, in characters</source>
            <translation>計入的最短詞語（字元數）</translation>
        </message>
        <message>
            <source>&amp;Shortest word:</source>
            <translation>最短詞語(&amp;S)：</translation>
        </message>
        <message>
            <source>Stop Words…</source>
            <translation>停用詞…</translation>
        </message>
        <message>
            <source>Edit the words left out of the counts</source>
            <translation>編輯不計入統計的詞語</translation>
        </message>
        <message>
            <source>Word frequencies</source>
            <translation>詞頻</translation>
        </message>
        <message>
            <source>Counting words</source>
            <translation>正在統計詞語</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Counting words…</source>
            <translation>正在統計詞語…</translation>
        </message>
        <message>
            <source>Canceled: the counts shown are not of the current filter.</source>
            <translation>已取消：顯示的統計不是目前篩選條件的結果。</translation>
        </message>
        <message>
            <source>Could not count the words: %1</source>
            <translation>無法統計詞語：%1</translation>
        </message>
        <message numerus="yes">
            <source>%n different word(s)</source>
            <translation>
                <numerusform>%n 個不同的詞語</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unit(s) of text (characters or words)</source>
            <translation>
                <numerusform>文字共 %n 個單位（字或詞）</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ZipArchive</name>
        <message>
            <source>Cannot build the zip archive (%1): %2</source>
            <translation>無法建立 zip 封存檔（%1）：%2</translation>
        </message>
        <message>
            <source>Cannot add %1 to the zip archive: %2</source>
            <translation>無法將 %1 加入 zip 封存檔：%2</translation>
        </message>
        <message>
            <source>Cannot build the zip archive: %1</source>
            <translation>無法建立 zip 封存檔：%1</translation>
        </message>
        <message>
            <source>Cannot read the zip archive back.</source>
            <translation>無法讀回 zip 封存檔。</translation>
        </message>
    </context>
    <context>
        <name>ZipReader</name>
        <message>
            <source>%1: not a readable zip archive: %2</source>
            <translation>%1：不是可讀取的 zip 封存檔：%2</translation>
        </message>
        <message>
            <source>%1: the archive has %2 entries; at most %3 are read.</source>
            <translation>%1：封存檔有 %2 個項目；只會讀取前 %3 個。</translation>
        </message>
        <message>
            <source>%1: the archive entry "%2" points outside the archive (an absolute path or a ".." step); the archive is refused.</source>
            <translation>%1：封存檔項目「%2」指向封存檔外部（絕對路徑或「..」路徑）；拒絕讀取此封存檔。</translation>
        </message>
        <message>
            <source>%1: the archive has no entry "%2".</source>
            <translation>%1：封存檔中沒有「%2」項目。</translation>
        </message>
        <message>
            <source>%1: cannot read the archive entry "%2": %3</source>
            <translation>%1：無法讀取封存檔項目「%2」：%3</translation>
        </message>
        <message>
            <source>%1: the archive entry "%2" is encrypted.</source>
            <translation>%1：封存檔項目「%2」已加密。</translation>
        </message>
        <message>
            <source>%1: the archive entry "%2" is larger than %3 MiB uncompressed (or than what is left of the %4 MiB read per archive); it is refused.</source>
            <translation>%1：封存檔項目「%2」解壓縮後大於 %3 MiB（或超過每個封存檔 %4 MiB 讀取上限的剩餘量）；拒絕讀取。</translation>
        </message>
        <message>
            <source>%1: cannot open the archive entry "%2": %3</source>
            <translation>%1：無法開啟封存檔項目「%2」：%3</translation>
        </message>
        <message>
            <source>%1: the archive entry "%2" is damaged: %3</source>
            <translation>%1：封存檔項目「%2」已損毀：%3</translation>
        </message>
        <message>
            <source>%1: the archive entry "%2" inflates from %3 to %4 bytes, more than %5 times; no text does that, so it is refused as a zip bomb.</source>
            <translation>%1：封存檔項目「%2」從 %3 位元組解壓縮為 %4 位元組，超過 %5 倍；文字不會如此，因此視為 ZIP 炸彈而拒絕讀取。</translation>
        </message>
        <message>
            <source>%1: the archive entry "%2" holds more than the %3 bytes its header gives; the archive is damaged or forged, and it is refused.</source>
            <translation>%1：封存檔項目「%2」的內容超過其標頭宣告的 %3 位元組；此封存檔已損毀或遭偽造，拒絕讀取。</translation>
        </message>
    </context>
    <context>
        <name>bitext::Export</name>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>無法寫入 %1：%2</translation>
        </message>
        <message>
            <source>Annotated notes</source>
            <translation>已註解的筆記</translation>
        </message>
        <message>
            <source>The export was cancelled.</source>
            <translation>已取消匯出。</translation>
        </message>
    </context>
    <context>
        <name>bitext::cli::Command</name>
        <message>
            <source>There is no tag '%1' (give its path, e.g. Parent/Child, or its id).</source>
            <translation>沒有「%1」這個標籤（請提供其路徑，例如 Parent/Child，或其 ID）。</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Transcripts to import and open.</source>
            <translation>要匯入並開啟的逐字稿。</translation>
        </message>
        <message>
            <source>bitext: Bitext is already running on %1 but does not answer.</source>
            <translation>bitext：Bitext 已在 %1 上執行，但沒有回應。</translation>
        </message>
        <message>
            <source>Library file or postgresql:// URL to open.</source>
            <translation>要開啟的文庫檔案或 postgresql:// 位址。</translation>
        </message>
    </context>
</TS>
