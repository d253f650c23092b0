<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>DeliveryDialog</name>
    <message numerus="yes">
        <source>You spoke for {time} about %n point(s).</source>
        <translation>
            <numerusform>You spoke for {time} about %n point.</numerusform>
            <numerusform>You spoke for {time} about %n points.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeliveryLogWindow</name>
    <message numerus="yes">
        <source>%n deliveries without a listener count</source>
        <translation>
            <numerusform>%n delivery without a listener count</numerusform>
            <numerusform>%n deliveries without a listener count</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deliveries</source>
        <translation>
            <numerusform>%n delivery</numerusform>
            <numerusform>%n deliveries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n listeners</source>
        <translation>
            <numerusform>%n listener</numerusform>
            <numerusform>%n listeners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not counted: they cannot be read (see Problems)</source>
        <translation>
            <numerusform>%n file not counted: it cannot be read (see Problems)</numerusform>
            <numerusform>%n files not counted: they cannot be read (see Problems)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>Pre-flight check: %n thing(s) to know, draft points among them.</source>
        <translation>
            <numerusform>Pre-flight check: %n thing to know, a draft point.</numerusform>
            <numerusform>Pre-flight check: %n things to know, draft points among them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pre-flight check: %n thing(s) to know.</source>
        <translation>
            <numerusform>Pre-flight check: %n thing to know.</numerusform>
            <numerusform>Pre-flight check: %n things to know.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LawFlagDialog</name>
    <message numerus="yes">
        <source>%n law points cite “%1”. Tick those the amendment affects: they will be marked outdated and listed for review.</source>
        <translation>
            <numerusform>%n law point cites “%1”. Tick it if the amendment affects it: it will be marked outdated and listed for review.</numerusform>
            <numerusform>%n law points cite “%1”. Tick those the amendment affects: they will be marked outdated and listed for review.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibrarySession</name>
    <message numerus="yes">
        <source>%n talking point(s)</source>
        <translation>
            <numerusform>%n talking point</numerusform>
            <numerusform>%n talking points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) changed outside lecturekit were read</source>
        <translation>
            <numerusform>%n file changed outside lecturekit was read</numerusform>
            <numerusform>%n files changed outside lecturekit were read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibrarySync</name>
    <message numerus="yes">
        <source>files brought in: %n</source>
        <translation>
            <numerusform>files brought in: %n</numerusform>
            <numerusform>files brought in: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>conflict copies left: %n</source>
        <translation>
            <numerusform>conflict copies left: %n</numerusform>
            <numerusform>conflict copies left: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · conflict copies: %n</source>
        <translation>
            <numerusform> · conflict copies: %n</numerusform>
            <numerusform> · conflict copies: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LookupQuestionLog</name>
    <message numerus="yes">
        <source>Answer copied: %n character(s).</source>
        <translation>
            <numerusform>Answer copied: %n character.</numerusform>
            <numerusform>Answer copied: %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutlinePanel</name>
    <message numerus="yes">
        <source>%n point(s) already told to these listeners; latest: {when}</source>
        <translation>
            <numerusform>%n point already told to these listeners; latest: {when}</numerusform>
            <numerusform>%n points already told to these listeners; latest: {when}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreflightDialog</name>
    <message numerus="yes">
        <source>The check found %n thing(s) to know about the points of “{title}”.</source>
        <translation>
            <numerusform>The check found %n thing to know about the points of “{title}”.</numerusform>
            <numerusform>The check found %n things to know about the points of “{title}”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemsDock</name>
    <message numerus="yes">
        <source>Problems (%n)</source>
        <translation>
            <numerusform>Problems (%n)</numerusform>
            <numerusform>Problems (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionGroupModel</name>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n time</numerusform>
            <numerusform>%n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionLookupWindow</name>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n answer</numerusform>
            <numerusform>%n answers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionReportTab</name>
    <message numerus="yes">
        <source>%n question(s) asked</source>
        <translation>
            <numerusform>%n question asked</numerusform>
            <numerusform>%n questions asked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answered</source>
        <translation>
            <numerusform>%n answered</numerusform>
            <numerusform>%n answered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unanswered</source>
        <translation>
            <numerusform>%n unanswered</numerusform>
            <numerusform>%n unanswered</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionsPane</name>
    <message numerus="yes">
        <source>%n unanswered question(s)</source>
        <translation>
            <numerusform>%n unanswered question</numerusform>
            <numerusform>%n unanswered questions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RepairDialog</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message numerus="yes">
        <source>%n points due for review</source>
        <translation>
            <numerusform>%n point due for review</numerusform>
            <numerusform>%n points due for review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n points could not be marked outdated:</source>
        <translation>
            <numerusform>%n point could not be marked outdated:</numerusform>
            <numerusform>%n points could not be marked outdated:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpellingStatusBox</name>
    <message numerus="yes">
        <source>%n word(s) of the library&apos;s word list ({file}) accepted in every point</source>
        <translation>
            <numerusform>%n word of the library&apos;s word list ({file}) accepted in every point</numerusform>
            <numerusform>%n words of the library&apos;s word list ({file}) accepted in every point</numerusform>
        </translation>
    </message>
</context>
</TS>
