<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AgreementModel</name>
    <message numerus="yes">
        <source>%1 and %2 on “%3”: both coded %n character(s), neither %4; %1 only %5, %2 only %6</source>
        <translation>
            <numerusform>%1 and %2 on “%3”: both coded %n character, neither %4; %1 only %5, %2 only %6</numerusform>
            <numerusform>%1 and %2 on “%3”: both coded %n characters, neither %4; %1 only %5, %2 only %6</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlignCommand</name>
    <message numerus="yes">
        <source>Document %1 &quot;%2&quot;: %n pair(s)</source>
        <translation>
            <numerusform>Document %1 &quot;%2&quot;: %n pair</numerusform>
            <numerusform>Document %1 &quot;%2&quot;: %n pairs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to review (confidence below %1, marked !)</source>
        <translation>
            <numerusform>%n to review (confidence below %1, marked !)</numerusform>
            <numerusform>%n to review (confidence below %1, marked !)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlignController</name>
    <message numerus="yes">
        <source>Translation attached: %n pair(s).</source>
        <translation>
            <numerusform>Translation attached: %n pair.</numerusform>
            <numerusform>Translation attached: %n pairs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paired as one document: %n pair(s).</source>
        <translation>
            <numerusform>Paired as one document: %n pair.</numerusform>
            <numerusform>Paired as one document: %n pairs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) review (F8 goes to the next).</source>
        <translation>
            <numerusform>%n need review (F8 goes to the next).</numerusform>
            <numerusform>%n needs review (F8 goes to the next).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlignmentReviewDock</name>
    <message numerus="yes">
        <source>%n pair(s) to review</source>
        <translation>
            <numerusform>%n pair to review</numerusform>
            <numerusform>%n pairs to review</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnnotationsDock</name>
    <message numerus="yes">
        <source>%n quote(s)</source>
        <translation>
            <numerusform>%n quote</numerusform>
            <numerusform>%n quotes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssignSpeakerCommand</name>
    <message numerus="yes">
        <source>Assign %n Segment(s) to %1</source>
        <translation>
            <numerusform>Assign %n Segment to %1</numerusform>
            <numerusform>Assign %n Segments to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear Speaker of %n Segment(s)</source>
        <translation>
            <numerusform>Clear Speaker of %n Segment</numerusform>
            <numerusform>Clear Speaker of %n Segments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AutoCodeCommand</name>
    <message numerus="yes">
        <source>Auto-code %n passage(s) as “%1”</source>
        <translation>
            <numerusform>Auto-code %n passage as “%1”</numerusform>
            <numerusform>Auto-code %n passages as “%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AutoCodeRunner</name>
    <message numerus="yes">
        <source>Coded %n passage(s); %1 already had the tag</source>
        <translation>
            <numerusform>Coded %n passage; %1 already had the tag</numerusform>
            <numerusform>Coded %n passages; %1 already had the tag</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConcordanceView</name>
    <message numerus="yes">
        <source>“%1”: %n line(s)</source>
        <translation>
            <numerusform>“%1”: %n line</numerusform>
            <numerusform>“%1”: %n lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreateSpeakerCommand</name>
    <message numerus="yes">
        <source>Speaker %1 is not removed: %n segment(s) are spoken by them.</source>
        <translation>
            <numerusform>Speaker %1 is not removed: %n segment is spoken by them.</numerusform>
            <numerusform>Speaker %1 is not removed: %n segments are spoken by them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreateTagCommand</name>
    <message numerus="yes">
        <source>Tag %1 is not removed: %n quote(s) use it. Remove it from them, or delete it in Manage Tags.</source>
        <translation>
            <numerusform>Tag %1 is not removed: %n quote uses it. Remove it from that quote, or delete the tag in Manage Tags.</numerusform>
            <numerusform>Tag %1 is not removed: %n quotes use it. Remove it from them, or delete the tag in Manage Tags.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeleteDocumentsCommand</name>
    <message numerus="yes">
        <source>Delete %n Document(s)</source>
        <translation>
            <numerusform>Delete %n Document</numerusform>
            <numerusform>Delete %n Documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentController</name>
    <message numerus="yes">
        <source>Delete %n documents from the library, with their annotations and notes?</source>
        <translation>
            <numerusform>Delete %n document from the library, with its annotations and notes?</numerusform>
            <numerusform>Delete %n documents from the library, with their annotations and notes?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentDelegate</name>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n segment</numerusform>
            <numerusform>%n segments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message numerus="yes">
        <source>%n quote(s)</source>
        <translation>
            <numerusform>%n quote</numerusform>
            <numerusform>%n quotes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HtmlExporter</name>
    <message numerus="yes">
        <source>Exported from Bitext on %1 · %n quote(s)</source>
        <translation>
            <numerusform>Exported from Bitext on %1 · %n quote</numerusform>
            <numerusform>Exported from Bitext on %1 · %n quotes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message numerus="yes">
        <source>%1: document %2 &quot;%3&quot; (%4, %5): %n segment(s)</source>
        <translation>
            <numerusform>%1: document %2 &quot;%3&quot; (%4, %5): %n segment</numerusform>
            <numerusform>%1: document %2 &quot;%3&quot; (%4, %5): %n segments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message numerus="yes">
        <source>%n file(s) are changed versions of documents already in the library. Replace those documents? Their annotations are kept and moved to the new text where it can be found.</source>
        <translation>
            <numerusform>%n file is a changed version of a document already in the library. Replace that document? Its annotations are kept and moved to the new text where it can be found.</numerusform>
            <numerusform>%n files are changed versions of documents already in the library. Replace those documents? Their annotations are kept and moved to the new text where it can be found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message numerus="yes">
        <source>Imported %n document(s)</source>
        <translation>
            <numerusform>Imported %n document</numerusform>
            <numerusform>Imported %n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n document(s)</source>
        <translation>
            <numerusform>Replaced %n document</numerusform>
            <numerusform>Replaced %n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the library</source>
        <translation>
            <numerusform>%n already in the library</numerusform>
            <numerusform>%n already in the library</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed version(s) not imported</source>
        <translation>
            <numerusform>%n changed version not imported</numerusform>
            <numerusform>%n changed versions not imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n cancelled</numerusform>
            <numerusform>%n cancelled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s)</source>
        <translation>
            <numerusform>%n quote</numerusform>
            <numerusform>%n quotes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new tag(s)</source>
        <translation>
            <numerusform>%n new tag</numerusform>
            <numerusform>%n new tags</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryProbe</name>
    <message numerus="yes">
        <source>Connected: a Bitext library with %n document(s).</source>
        <translation>
            <numerusform>Connected: a Bitext library with %n document.</numerusform>
            <numerusform>Connected: a Bitext library with %n documents.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibrarySearchPanel</name>
    <message numerus="yes">
        <source>The first %n matches.</source>
        <translation>
            <numerusform>The first %n match.</numerusform>
            <numerusform>The first %n matches.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es).</source>
        <translation>
            <numerusform>%n match.</numerusform>
            <numerusform>%n matches.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ManualDialog</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MarkSegmentsCommand</name>
    <message numerus="yes">
        <source>Mark %n Segment(s) Untranslated</source>
        <translation>
            <numerusform>Mark %n Segment Untranslated</numerusform>
            <numerusform>Mark %n Segments Untranslated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unmark %n Segment(s) Untranslated</source>
        <translation>
            <numerusform>Unmark %n Segment Untranslated</numerusform>
            <numerusform>Unmark %n Segments Untranslated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept %n Pairing(s)</source>
        <translation>
            <numerusform>Accept %n Pairing</numerusform>
            <numerusform>Accept %n Pairings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message numerus="yes">
        <source>%1 × %2: %n quote(s)</source>
        <translation>
            <numerusform>%1 × %2: %n quote</numerusform>
            <numerusform>%1 × %2: %n quotes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectImportResult</name>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new tag(s)</source>
        <translation>
            <numerusform>%n new tag</numerusform>
            <numerusform>%n new tags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s)</source>
        <translation>
            <numerusform>%n quote</numerusform>
            <numerusform>%n quotes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s) could not be placed in their text and were kept without a place:</source>
        <translation>
            <numerusform>%n quote could not be placed in their text and were kept without a place:</numerusform>
            <numerusform>%n quotes could not be placed in their text and were kept without a place:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) could not be placed and were not imported:</source>
        <translation>
            <numerusform>%n annotation could not be placed and were not imported:</numerusform>
            <numerusform>%n annotations could not be placed and were not imported:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RefiImporter</name>
    <message numerus="yes">
        <source>%1: %n note(s) belong to nothing Bitext imports (the project, pictures, sets) and were left out: %2</source>
        <translation>
            <numerusform>%1: %n note belong to nothing Bitext imports (the project, pictures, sets) and were left out: %2</numerusform>
            <numerusform>%1: %n notes belong to nothing Bitext imports (the project, pictures, sets) and were left out: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportWords</name>
    <message numerus="yes">
        <source>%n unit(s) of text</source>
        <translation>
            <numerusform>%n unit of text</numerusform>
            <numerusform>%n units of text</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpeakerController</name>
    <message numerus="yes">
        <source>Speaker of the %n selected segment(s) (type a new name to add a speaker):</source>
        <translation>
            <numerusform>Speaker of the %n selected segment (type a new name to add a speaker):</numerusform>
            <numerusform>Speaker of the %n selected segments (type a new name to add a speaker):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagManagerDialog</name>
    <message numerus="yes">
        <source>Delete the tag “%1”? %n quote(s) use it.</source>
        <translation>
            <numerusform>Delete the tag “%1”? %n quote uses it.</numerusform>
            <numerusform>Delete the tag “%1”? %n quotes use it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n tag</numerusform>
            <numerusform>%n tags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more quote(s)</source>
        <translation>
            <numerusform>%n more quote</numerusform>
            <numerusform>%n more quotes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagTreeModel</name>
    <message numerus="yes">
        <source>%n quote(s) tagged %1 itself</source>
        <translation>
            <numerusform>%n quote tagged %1 itself</numerusform>
            <numerusform>%n quotes tagged %1 itself</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with the tags below it too</source>
        <translation>
            <numerusform>%n with the tags below it too</numerusform>
            <numerusform>%n with the tags below it too</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TalkShareChart</name>
    <message numerus="yes">
        <source>%1 — %2: %3% (%n character(s) or word(s))</source>
        <translation>
            <numerusform>%1 — %2: %3% (%n character or word)</numerusform>
            <numerusform>%1 — %2: %3% (%n characters or words)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TextDocumentBuilder</name>
    <message numerus="yes">
        <source>Exported from Bitext on %1 · %n quote(s)</source>
        <translation>
            <numerusform>Exported from Bitext on %1 · %n quote</numerusform>
            <numerusform>Exported from Bitext on %1 · %n quotes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WebAnnotationImporter</name>
    <message numerus="yes">
        <source>%1: the quote fits %n documents.</source>
        <translation>
            <numerusform>%1: the quote fits %n document.</numerusform>
            <numerusform>%1: the quote fits %n documents.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WordsView</name>
    <message numerus="yes">
        <source>%n different word(s)</source>
        <translation>
            <numerusform>%n different word</numerusform>
            <numerusform>%n different words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) of text (characters or words)</source>
        <translation>
            <numerusform>%n unit of text (characters or words)</numerusform>
            <numerusform>%n units of text (characters or words)</numerusform>
        </translation>
    </message>
</context>
</TS>
