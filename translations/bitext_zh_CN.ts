<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Anchor</name>
    <message>
        <source>The selection lies outside the document&apos;s text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selection is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selection is empty or lies outside the document&apos;s text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnotateCommand</name>
    <message>
        <source>Highlight a quote of a segment, with tags, a note and a colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which text the quote is in: zh or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIDE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exact text to highlight; it must occur in the segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A codebook tag, e.g. Risk/Misuse (created when missing); repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TAG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Markdown note on the annotation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight colour: a name (yellow) or #rrggbb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expects DOC and SEGMENT (the 0-based segment index of `show --json`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEGMENT must be a 0-based segment index, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--side must be zh or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--quote TEXT is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a colour name or #rrggbb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has %2 segments; SEGMENT must be between 0 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quote &quot;%1&quot; does not occur in the %2 text of segment %3 of &apos;%4&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotation %1 (already on this passage) on segment %2 (%3) of &apos;%4&apos;: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotation %1 on segment %2 (%3) of &apos;%4&apos;: %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnotationActions</name>
    <message>
        <source>&amp;Highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight the selected text in the current colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag the selected text or the highlight under the cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manage Tags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Document Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cyan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight &amp;Colour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnotationController</name>
    <message>
        <source>Could not store the highlight: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on Highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This quote&apos;s text is no longer in the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;No tags&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Tags:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnotationRepository</name>
    <message>
        <source>An annotation needs a quote.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnotationsCommand</name>
    <message>
        <source>List annotations (highlighted quotes) with their tags and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this document (id or title).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only quotes with this tag or one below it, e.g. Risk/Misuse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TAG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>takes no arguments; use --document DOC for one document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no tag &apos;%1&apos;. `bitext tags` lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No annotations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orphaned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnotationsDock</name>
    <message>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter quotes, notes, tags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear every filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Go to quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Untag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove highlight</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssignSpeakerCommand</name>
    <message numerus="yes">
        <source>Assign %n Segment(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear Speaker of %n Segment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeTagCommand</name>
    <message>
        <source>Rename tag %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change colour of tag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe tag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move tag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateAnnotationCommand</name>
    <message>
        <source>Highlight “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateSpeakerCommand</name>
    <message>
        <source>Add speaker %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Speaker %1 is not removed: %n segment(s) are spoken by them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreateTagCommand</name>
    <message>
        <source>Create tag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Tag %1 is not removed: %n quote(s) use it. Remove it from them, or delete it in Manage Tags.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The Qt SQLite driver (QSQLITE) is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open library %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error: %1 (in: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error: no id for new row (in: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A nested write failed; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save changes: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteAnnotationCommand</name>
    <message>
        <source>Remove highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The annotation no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteDocumentsCommand</name>
    <message numerus="yes">
        <source>Delete %n Document(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeleteTagCommand</name>
    <message>
        <source>Delete tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete tag %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentController</name>
    <message>
        <source>Document Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1” from the library, with its annotations and notes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n documents from the library, with their annotations and notes?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can bring them back with Edit &gt; Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentDelegate</name>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentHeader</name>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the title, date, people, tags and summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentListModel</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentParser</name>
    <message>
        <source>no recognisable text (no Chinese or Latin words) in this %1 file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentRepository</name>
    <message>
        <source>A document needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditDocumentCommand</name>
    <message>
        <source>Edit Document Information</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditNoteCommand</name>
    <message>
        <source>Edit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit document note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportCollector</name>
    <message>
        <source>There is no tag with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no document with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untagged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Export annotated notes (md, html, csv, pdf, odt, json, qdc, qdpx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to write (replaced atomically).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export this document (id or title); repeat for several. Default: all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the quotes with this tag (path or id) or a tag below it; repeat for several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TAG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group quotes by &apos;document&apos; (default) or &apos;tag&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the aligned passage of the other language with each quote (default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print only the quoted side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>takes no positional arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs --format (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (use %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs --output FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--with-translation and --without-translation exclude each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--group-by takes &apos;document&apos; or &apos;tag&apos;, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>&amp;Export Notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export annotated quotes and notes to Markdown, HTML, CSV, PDF, ODT or REFI-QDA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1 (quotes: %2, documents: %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Markdown for Obsidian and Zotero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenDocument text for LibreOffice and Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W3C Web Annotations, JSON-LD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REFI-QDA codebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REFI-QDA project for NVivo, ATLAS.ti, MAXQDA, QualCoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (.%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the aligned passage in the &amp;other language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group quotes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current document: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The documents selected in the library (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes with these tags, in every document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotated notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick one or more tags to export the quotes that carry them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no annotated quotes here yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No quotes to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes to export: %1 · Documents: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes were not exported; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <source>There are no quotes to export.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportPreview</name>
    <message>
        <source>… (the preview stops here; the file holds everything)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REFI-QDA project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For NVivo, ATLAS.ti, MAXQDA and QualCoder: a project file and one text source per document side, with the quotes as coded selections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes: %1 · Documents: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes used: %1 of the %2 in the codebook (all of them go into the project).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <source>New Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/library.sqlite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitext libraries (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitext libraries (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FrontMatter</name>
    <message>
        <source>the front matter opened here is never closed with &quot;---&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the front matter is not valid YAML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the front matter is not a YAML mapping of fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the front matter has an unusable key: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HanVariants</name>
    <message>
        <source>Cannot load OpenCC&apos;s configuration %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HtmlExporter</name>
    <message numerus="yes">
        <source>Exported from Bitext on %1 · %n quote(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Import transcripts, REFI-QDA projects and codebooks, and Web Annotation JSON (formats: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read every FILE as NAME instead of detecting its form: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update a changed version of a document already in the library, keeping its annotations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expects at least one FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; the formats are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: document %2 &quot;%3&quot; (%4, %5): %n segment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>; speakers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; languages: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>Transcripts and projects (*.txt *.md *.markdown *.srt *.vtt *.qdpx *.qdc *.json *.jsonld);;REFI-QDA projects and codebooks (*.qdpx *.qdc);;Web Annotation (*.json *.jsonld);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Transcripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1 (%2 of %3)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) are changed versions of documents already in the library. Replace those documents? Their annotations are kept and moved to the new text where it can be found.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportMonitor</name>
    <message>
        <source>The import was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message>
        <source>%1: unknown format &quot;%2&quot;; the formats are: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: already in the library as document %2 (same content); skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not enough memory to import this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a different version of this document is already in the library as document %2 (&quot;%3&quot;); nothing was imported. Import with --replace to update it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: replaced the text of document %2; %3 kept, %4 orphaned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message numerus="yes">
        <source>Imported %n document(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n document(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new tag(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the library</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed version(s) not imported</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>%1 is a folder, not a library file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Filter by title, speaker, tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort the library</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibrarySearchPanel</name>
    <message>
        <source>Search: 对齐, 對齊, alignment, &quot;a phrase&quot;, align*, a OR b, a NOT b</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The first %n matches.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <source>List the documents of the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library %1 has no documents yet. Add some with `bitext import FILE...`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEGMENTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPEAKERS</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>&amp;New Library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Transcripts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document &amp;Information…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chinese | English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;English | Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese &amp;Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English O&amp;nly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interlinear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;Turn of This Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous T&amp;urn of This Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to Segment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename Speaker…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;Colour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign to Selected Segments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Bitext</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Main Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitext</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p style=&quot;font-size:large&quot;&gt;No document open&lt;/p&gt;&lt;p&gt;Choose one in the library, or import transcripts with &lt;b&gt;File › Import Transcripts…&lt;/b&gt; or by dropping files here.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library was upgraded; a copy of the old file is at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Bitext</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment (1–%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Bitext</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Bitext %1&lt;/h3&gt;&lt;p&gt;Read, compare and annotate Chinese/English transcripts side by side.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarkdownArticleParser</name>
    <message>
        <source>this &lt;details&gt; block is never closed with &lt;/details&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeSpeakersCommand</name>
    <message>
        <source>Merge %1 into %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeTagsCommand</name>
    <message>
        <source>Merge tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag cannot be merged into itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be merged into %2, which is below it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge tag %1 into %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetadataDialog</name>
    <message>
        <source>Document Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;People:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A document needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Save the note (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to this note?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Write a note in Markdown: *emphasis*, **strong**, - lists, &gt; quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OdtExporter</name>
    <message>
        <source>The ODF writer could not write the document.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OdtStyles</name>
    <message>
        <source>Cannot read the ODF package: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ODF writer wrote no content.xml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot rewrite the ODF package: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the rewritten ODF package back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfExporter</name>
    <message>
        <source>The PDF writer produced no output.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectImportResult</name>
    <message>
        <source>%1: &quot;%2&quot; is already in the library as document %3; left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new tag(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: imported %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s) could not be placed in their text and were kept without a place:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) could not be placed and were not imported:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectImporter</name>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a REFI-QDA project or codebook, nor Web Annotation JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown format &quot;%2&quot;; the formats are: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not enough memory to import this file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QdcExporter</name>
    <message>
        <source>The library has no tags: a REFI-QDA codebook needs at least one code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QdpxExporter</name>
    <message>
        <source>Bitext export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <source>This document has only Chinese text, so it is shown in one pane. Speakers can still be assigned and passages selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document has only English text, so it is shown in one pane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecentLibrariesMenu</name>
    <message>
        <source>No recent libraries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecolorAnnotationCommand</name>
    <message>
        <source>Change highlight colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The annotation no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecolorSpeakerCommand</name>
    <message>
        <source>Change Speaker Colour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefiBitextLayout</name>
    <message>
        <source>%1: not valid JSON at byte %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: layout version %2 is not one this Bitext reads (1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the document &quot;%2&quot; has a segment with a negative length or an unknown section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a document names no source or has no title.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefiCodebookParser</name>
    <message>
        <source>REFI-QDA codebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the GUID %1 is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the codebook has no codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &lt;Code&gt; has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>codes are nested more than %1 levels deep.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefiDocumentBuilder</name>
    <message>
        <source>%1:%2: the selection &quot;%3&quot; ends (at %4) before it starts (at %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: the selection &quot;%3&quot; runs from position %4 to %5, outside the text of the source &quot;%6&quot;, which has %7 characters (code points).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the source &quot;%2&quot; has no text; it was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the texts of &quot;%2&quot; no longer fit the segments Bitext exported (edited in another program?); its speakers and sections are not restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the document &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefiImporter</name>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the codebook is larger than %2 MiB; it is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the project names the text file %2, which the archive does not contain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the source &quot;%2&quot; (%3) was left out: Bitext imports text sources only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the source &quot;%2&quot; was left out: its text is a file outside the project (%3), and only texts inside the archive are read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the source &quot;%2&quot; was left out: it has no plain text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the archive has no project.qde, so it is not a REFI-QDA project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n note(s) belong to nothing Bitext imports (the project, pictures, sets) and were left out: %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefiProjectChecker</name>
    <message>
        <source>the code &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the note &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the link %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the source &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the selection &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the coding %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: %3 names the user %4, whom the project does not list under &lt;Users&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: %3 refers to the %4 %5, which the project does not define.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: %3 refers to %4 as a %5, but it is a &lt;%6&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefiProjectParser</name>
    <message>
        <source>REFI-QDA project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the GUID %1 is used twice (by a &lt;%2&gt; and a &lt;%3&gt;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &lt;VariableValue&gt; names no variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &lt;Coding&gt; (%1) names no code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefiSourceSegmenter</name>
    <message>
        <source>its Chinese and English texts differ in their number of lines (%1 and %2), so a segment had a line break; the sides are imported unpaired.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefiXmlReader</name>
    <message>
        <source>not well-formed XML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file declares a document type (&lt;!DOCTYPE&gt;); %1 files have none, and entity declarations in one are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file uses an undeclared entity (&amp;%1;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a %1: its root element is &lt;%2&gt; in namespace &quot;%3&quot;, not &lt;%4&gt; in &quot;%5&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty; a %1 was expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends in the middle of an element.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1&gt; has no %2 attribute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1&gt; has %2=&quot;%3&quot;, which is not a GUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1&gt; has %2=&quot;%3&quot;, which is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RenameSpeakerCommand</name>
    <message>
        <source>Rename Speaker to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetagAnnotationCommand</name>
    <message>
        <source>Change tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The annotation no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemaMigrator</name>
    <message>
        <source>The library %1 has schema version %2, newer than version %3 that this Bitext (%4) understands. Update Bitext to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Bitext library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot back up %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <source>Search the library: Chinese (Simplified or Traditional) and English, &quot;phrases&quot;, prefix*, AND/OR/NOT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this document (id or title).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only segments of this speaker (name or alias).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only text covered by quotes with this tag or one below it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TAG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this side: zh or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIDE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most this many results (default 200).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expects a QUERY, e.g. bitext search 对齐</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the query has no word to search for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit expects a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--side expects zh or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no speaker &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no tag &apos;%1&apos;. `bitext tags` lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the first %1 results; --limit N shows more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a library to search it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search Library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchQuery</name>
    <message>
        <source>NOT needs a term before it, as in: a NOT b.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchResultDelegate</name>
    <message>
        <source>quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by action or key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShowCommand</name>
    <message>
        <source>Show a document&apos;s metadata and its segments (DOC: id or title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expects one DOC (a document id or title).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Speaker</name>
    <message>
        <source>%1 (also: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpeakerChoiceDialog</name>
    <message>
        <source>Speaker name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpeakerController</name>
    <message>
        <source>Speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name for %1 (in every document):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Speakers?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is already a name of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge %1 into %2? Every segment of %3, in every document, moves to %2, and %3 becomes another name of %2. Undo takes the merge back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge %1 into which speaker? Every segment of %2, in every document, moves to that speaker, and %2 becomes one of its names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Speaker of the %n selected segment(s) (type a new name to add a speaker):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpeakerRepository</name>
    <message>
        <source>A speaker needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a speaker called %1; merge them instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot merge: speaker not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpeakerTimeline</name>
    <message>
        <source>≈%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubtitleParser</name>
    <message>
        <source>a cue without a time line (&quot;00:00:01,000 --&gt; 00:00:02,000&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the cue times &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagChecklist</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The codebook has no tags yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagManagerDialog</name>
    <message>
        <source>Codebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;escription…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mer&amp;ge into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete the tag “%1”? %n quote(s) use it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 below it go too, used by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more quote(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The quotes themselves stay. You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (Parent/Child makes a tag below another):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What %1 means, when to use it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move below:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge into (its quotes and children move there):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagPicker</name>
    <message>
        <source>Tag, or Parent/Child to create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create tag “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagRepository</name>
    <message>
        <source>A tag needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag name must not be empty or contain &apos;/&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a tag called %1 there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag cannot be moved below itself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagTreeModel</name>
    <message>
        <source>%1 incl. subtags</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s) tagged %1 itself</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with the tags below it too</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Quotes with the tag, including those with a tag below it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagsCommand</name>
    <message>
        <source>List the codebook&apos;s tags with the number of quotes using each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The codebook is empty. `bitext annotate ... --tag NAME` creates tags.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <source>%1: the encoding %2 is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends in the middle of a %1 character (truncated file?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byte sequence %1is not valid %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:1: the file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: this is a binary file, not text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: the line is %3 bytes long; lines over %4 bytes are refused (is this a transcript?).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextDocumentBuilder</name>
    <message>
        <source>PDF and ODT export need a QGuiApplication (for fonts); none is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported from Bitext on %1 · %n quote(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TextNormalizer</name>
    <message>
        <source>ICU&apos;s NFKC case-folding data are missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TurnSchedule</name>
    <message>
        <source>No speaker</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoController</name>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VttParser</name>
    <message>
        <source>a WebVTT file must start with &quot;WEBVTT&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebAnnotationImporter</name>
    <message>
        <source>the annotation %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is larger than %2 MiB; it is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: it has no TextQuoteSelector to find its text by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no document in the library has this source, title or URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the quote is not in the document, or not in one place only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: the quote fits %n documents.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WebAnnotationReader</name>
    <message>
        <source>%1: not valid JSON at byte %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file holds no annotations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the collection&apos;s pages are elsewhere (%2); Bitext reads annotations from the file only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this JSON is neither a Web Annotation collection nor a Hypothesis export.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZipArchive</name>
    <message>
        <source>Cannot build the zip archive (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add %1 to the zip archive: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot build the zip archive: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the zip archive back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZipReader</name>
    <message>
        <source>%1: not a readable zip archive: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the archive has %2 entries; at most %3 are read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the archive entry &quot;%2&quot; points outside the archive (an absolute path or a &quot;..&quot; step); the archive is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the archive has no entry &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the archive entry &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the archive entry &quot;%2&quot; is encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the archive entry &quot;%2&quot; is larger than %3 MiB uncompressed (or than what is left of the %4 MiB read per archive); it is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot open the archive entry &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the archive entry &quot;%2&quot; is damaged: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bitext::Export</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotated notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bitext::cli</name>
    <message>
        <source>Library file to use (default: %1; also set by BITEXT_LIBRARY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: bitext [--library PATH] COMMAND [OPTIONS]
Reads and annotates Chinese/English transcripts. Without a command, opens the window.

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Options:
  --library PATH  Library file (default: %1; also BITEXT_LIBRARY)
  -h, --help      Show this help; `bitext COMMAND --help` shows a command&apos;s options
  -v, --version   Show the version
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bitext: unknown command &apos;%1&apos;. Run `bitext --help` for the list of commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print machine-readable JSON (keys documented in the README).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run `bitext %1 --help` for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOC is empty: give a document id (#3), a title or a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a document id: #ID takes a number, as `bitext list` shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no document with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no document with id %1, and no title or file name contains &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document matches &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title or file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part of the title or file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; matches more than one document:
%2
Use #ID for a document id, or more of the title.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bitext::cli::Command</name>
    <message>
        <source>There is no tag &apos;%1&apos; (give its path, e.g. Parent/Child, or its id).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Library file to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcripts to import and open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bitext: Bitext is already running on %1 but does not answer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
