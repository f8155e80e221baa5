<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>BreakPrompt</name>
        <message numerus="yes">
            <source>Snooze for %n minute(s)</source>
            <translation>
                <numerusform>Snooze for %n minute</numerusform>
                <numerusform>Snooze for %n minutes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message numerus="yes">
            <source>Wrote %n CSV file(s) to %1: %2</source>
            <translation>
                <numerusform>Wrote %n CSV file to %1: %2</numerusform>
                <numerusform>Wrote %n CSV files to %1: %2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote the report for %n week(s) to %1</source>
            <translation>
                <numerusform>Wrote the report for %n week to %1</numerusform>
                <numerusform>Wrote the report for %n weeks to %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Current streak: %n day(s)</source>
            <translation>
                <numerusform>Current streak: %n day</numerusform>
                <numerusform>Current streak: %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>(longest %n day(s)).</source>
            <translation>
                <numerusform>(longest %n day).</numerusform>
                <numerusform>(longest %n days).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CoverageRow</name>
        <message numerus="yes">
            <source>%1 of %n body region(s) worked this week</source>
            <translation>
                <numerusform>%1 of %n body region worked this week</numerusform>
                <numerusform>%1 of %n body regions worked this week</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DonePage</name>
        <message numerus="yes">
            <source>%1 of %n exercise(s) done</source>
            <translation>
                <numerusform>%1 of %n exercise done</numerusform>
                <numerusform>%1 of %n exercises done</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExercisePage</name>
        <message numerus="yes">
            <source>second(s)</source>
            <translation>
                <numerusform>second</numerusform>
                <numerusform>seconds</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FeelPage</name>
        <message numerus="yes">
            <source>Optional: this window closes by itself in %n s.</source>
            <translation>
                <numerusform>Optional: this window closes by itself in %n s.</numerusform>
                <numerusform>Optional: this window closes by itself in %n s.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PainRating</name>
        <message numerus="yes">
            <source>Pain %n out of 10</source>
            <translation>
                <numerusform>Pain %n out of 10</numerusform>
                <numerusform>Pain %n out of 10</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProgressCards</name>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n break(s)</source>
            <translation>
                <numerusform>%1 of %n break</numerusform>
                <numerusform>%1 of %n breaks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n min</source>
            <translation>
                <numerusform>%n min</numerusform>
                <numerusform>%n min</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>last week %n min</source>
            <translation>
                <numerusform>last week %n min</numerusform>
                <numerusform>last week %n min</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProgressCharts</name>
        <message numerus="yes">
            <source>Week of %1: %2 of %n break(s) taken (%3)</source>
            <translation>
                <numerusform>Week of %1: %2 of %n break taken (%3)</numerusform>
                <numerusform>Week of %1: %2 of %n breaks taken (%3)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProgressPresenter</name>
        <message numerus="yes">
            <source>Saved %n CSV file(s) in %1</source>
            <translation>
                <numerusform>Saved %n CSV file in %1</numerusform>
                <numerusform>Saved %n CSV files in %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saved %n chart image(s) in %1</source>
            <translation>
                <numerusform>Saved %n chart image in %1</numerusform>
                <numerusform>Saved %n chart images in %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProgressWindow</name>
        <message numerus="yes">
            <source>%n set(s)</source>
            <translation>
                <numerusform>%n set</numerusform>
                <numerusform>%n sets</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Last %n week(s)</source>
            <translation>
                <numerusform>Last %n week</numerusform>
                <numerusform>Last %n weeks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n week(s) ago</source>
            <translation>
                <numerusform>%n week ago</numerusform>
                <numerusform>%n weeks ago</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PromptCard</name>
        <message numerus="yes">
            <source>%n min</source>
            <translation>
                <numerusform>%n min</numerusform>
                <numerusform>%n min</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>You've snoozed this break %n time(s); start it now or skip it.</source>
            <translation>
                <numerusform>You've snoozed this break once; start it now or skip it.</numerusform>
                <numerusform>You've snoozed this break %n times; start it now or skip it.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>S snoozes %n min</source>
            <translation>
                <numerusform>S snoozes %n min</numerusform>
                <numerusform>S snoozes %n min</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PromptFlow</name>
        <message numerus="yes">
            <source>%n exercise(s) · about {m} min</source>
            <translation>
                <numerusform>%n exercise · about {m} min</numerusform>
                <numerusform>%n exercises · about {m} min</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReadyNote</name>
        <message numerus="yes">
            <source>Your first short break comes in about &lt;b&gt;%n min&lt;/b&gt; of computer use. Time away from the keyboard doesn't count.</source>
            <translation>
                <numerusform>Your first short break comes in about &lt;b&gt;%n min&lt;/b&gt; of computer use. Time away from the keyboard doesn't count.</numerusform>
                <numerusform>Your first short break comes in about &lt;b&gt;%n min&lt;/b&gt; of computer use. Time away from the keyboard doesn't count.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReportPdf</name>
        <message numerus="yes">
            <source>%n week(s), latest %1</source>
            <translation>
                <numerusform>%n week, latest %1</numerusform>
                <numerusform>%n weeks, latest %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Weeks %1 to %2 (%n week(s)), made on %3</source>
            <translation>
                <numerusform>Weeks %1 to %2 (%n week), made on %3</numerusform>
                <numerusform>Weeks %1 to %2 (%n weeks), made on %3</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SessionWindow</name>
        <message numerus="yes">
            <source>%n exercise(s) planned</source>
            <translation>
                <numerusform>%n exercise planned</numerusform>
                <numerusform>%n exercises planned</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message numerus="yes">
            <source>Fix %n problem(s) to save: {problem}</source>
            <translation>
                <numerusform>Fix this to save: {problem}</numerusform>
                <numerusform>Fix these %n problems to save: {problem} …</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SyncLeaveDialog</name>
        <message numerus="yes">
            <source>Your data on this computer was deleted. The sync folder {folder} still holds this computer's history as it was shared: %n file(s), {size}.</source>
            <translation>
                <numerusform>Your data on this computer was deleted. The sync folder {folder} still holds this computer's history as it was shared: %n file, {size}.</numerusform>
                <numerusform>Your data on this computer was deleted. The sync folder {folder} still holds this computer's history as it was shared: %n files, {size}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Sync is off. The sync folder {folder} still holds this computer's history: %n file(s), {size}.</source>
            <translation>
                <numerusform>Sync is off. The sync folder {folder} still holds this computer's history: %n file, {size}.</numerusform>
                <numerusform>Sync is off. The sync folder {folder} still holds this computer's history: %n files, {size}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>It also holds the files of %n other computer(s); they are not touched.</source>
            <translation>
                <numerusform>It also holds the files of %n other computer; they are not touched.</numerusform>
                <numerusform>It also holds the files of %n other computers; they are not touched.</numerusform>
            </translation>
        </message>
    </context>
</TS>