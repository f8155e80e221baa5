<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>BreakPreparation</name>
        <message>
            <source>Some exercises were left out</source>
            <translation>Einige Übungen wurden weggelassen</translation>
        </message>
    </context>
    <context>
        <name>BreakPrompt</name>
        <message>
            <source>Counterbalance — Time for a break</source>
            <extracomment>Gap between the prompt and the screen's panels/edges. Width of the prompt (height follows the content), wider only when its buttons need it. Window flags while the prompt must not take focus.</extracomment>
            <translation>Counterbalance — Zeit für eine Pause</translation>
        </message>
        <message>
            <source>Time for a break</source>
            <translation>Zeit für eine Pause</translation>
        </message>
        <message numerus="yes">
            <source>Snooze for %n minute(s)</source>
            <translation>
                <numerusform>%n Minute verschieben</numerusform>
                <numerusform>%n Minuten verschieben</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BreaksPage</name>
        <message>
            <source>Breaks</source>
            <translation>Pausen</translation>
        </message>
        <message>
            <source>Microbreaks</source>
            <translation>Kurzpausen</translation>
        </message>
        <message>
            <source>Minutes between breaks</source>
            <translation>Minuten zwischen Pausen</translation>
        </message>
        <message>
            <source>Break every</source>
            <translation>Pause alle</translation>
        </message>
        <message>
            <source>Vary each interval by</source>
            <translation>Jeden Abstand variieren um</translation>
        </message>
        <message>
            <source>Vary by up to ±</source>
            <translation>Variieren um bis zu ±</translation>
        </message>
        <message>
            <source>Idle minutes that count</source>
            <translation>Zählende Leerlaufminuten</translation>
        </message>
        <message>
            <source>Idle time that counts</source>
            <translation>Leerlauf, der zählt</translation>
        </message>
        <message>
            <source>Notice before a break</source>
            <translation>Vorankündigung einer Pause</translation>
        </message>
        <message>
            <source>Notice ahead</source>
            <translation>Vorankündigung</translation>
        </message>
        <message>
            <source>Snooze</source>
            <translation>Verschieben</translation>
        </message>
        <message>
            <source>Snooze times in minutes</source>
            <translation>Verschiebezeiten in Minuten</translation>
        </message>
        <message>
            <source>Minutes, separated by commas (up to {n}).</source>
            <translation>Minuten, durch Kommas getrennt (bis zu {n}).</translation>
        </message>
        <message>
            <source>Snooze times</source>
            <translation>Verschiebezeiten</translation>
        </message>
        <message>
            <source>Snoozes allowed per break</source>
            <translation>Erlaubtes Verschieben pro Pause</translation>
        </message>
        <message>
            <source>Snoozes per break</source>
            <translation>Verschieben pro Pause</translation>
        </message>
        <message>
            <source>{lo}–{hi} min is recommended.</source>
            <translation>{lo}–{hi} Min. werden empfohlen.</translation>
        </message>
        <message>
            <source>{lo}–{hi} min is recommended; breaks this often may interrupt focused work.</source>
            <translation>{lo}–{hi} Min. werden empfohlen; so häufige Pausen können konzentriertes Arbeiten unterbrechen.</translation>
        </message>
        <message>
            <source>{lo}–{hi} min is recommended; sitting longer than an hour adds up.</source>
            <translation>{lo}–{hi} Min. werden empfohlen; mehr als eine Stunde Sitzen summiert sich.</translation>
        </message>
    </context>
    <context>
        <name>Catalog</name>
        <message>
            <source>Back pain that gets worse when you bend forward</source>
            <extracomment>Conditions and set-ups that rule an exercise out (field ``contraindications``); the user declares the ones that apply to them and the planner leaves those exercises out. The texts are English source strings (translation context "Catalog").</extracomment>
            <translation>Rückenschmerzen, die beim Vorbeugen schlimmer werden</translation>
        </message>
        <message>
            <source>Osteoporosis or low bone density</source>
            <translation>Osteoporose oder geringe Knochendichte</translation>
        </message>
        <message>
            <source>Dizziness, high blood pressure or glaucoma when the head is below the heart</source>
            <translation>Schwindel, Bluthochdruck oder Glaukom, wenn der Kopf tiefer als das Herz ist</translation>
        </message>
        <message>
            <source>My chair reclines or rolls on wheels</source>
            <translation>Mein Stuhl hat eine Wippfunktion oder Rollen</translation>
        </message>
        <message>
            <source>A shoulder that has dislocated or feels unstable</source>
            <translation>Eine Schulter, die schon ausgerenkt war oder sich instabil anfühlt</translation>
        </message>
        <message>
            <source>Pregnant, or gave birth in the last 6 months</source>
            <translation>Schwanger oder in den letzten 6 Monaten entbunden</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>keep every file the app writes in DIR (default: the per-user data dir)</source>
            <translation>alle Dateien der App in DIR ablegen (Standard: der Datenordner des Benutzers)</translation>
        </message>
        <message>
            <source>testing/demo aid for the tray app: multiply every duration (interval, holds, countdowns) by F, 0 &lt; F &lt;= 1</source>
            <translation>Hilfe für Tests und Vorführungen der Tray-App: jede Dauer (Intervall, Halten, Countdowns) mit F malnehmen, 0 &lt; F &lt;= 1</translation>
        </message>
        <message>
            <source>Desk microbreaks and guided stretch and core sessions, in the tray. Without a command, runs the tray app.</source>
            <translation>Mikropausen am Schreibtisch und angeleitete Dehn- und Rumpfübungen, im Infobereich. Ohne Befehl startet die App im Infobereich.</translation>
        </message>
        <message>
            <source>print the version and exit</source>
            <translation>Version ausgeben und beenden</translation>
        </message>
        <message>
            <source>run the tray app (the default)</source>
            <translation>die App im Infobereich starten (Standard)</translation>
        </message>
        <message>
            <source>make the running instance start a session now</source>
            <translation>die laufende App jetzt eine Einheit starten lassen</translation>
        </message>
        <message>
            <source>ask the running instance to quit</source>
            <translation>die laufende App beenden</translation>
        </message>
        <message>
            <source>open the running instance's progress window</source>
            <translation>das Fortschrittsfenster der laufenden App öffnen</translation>
        </message>
        <message>
            <source>open the running instance's settings</source>
            <translation>die Einstellungen der laufenden App öffnen</translation>
        </message>
        <message>
            <source>print weekly adherence and pain</source>
            <translation>genommene Pausen und Schmerzen pro Woche ausgeben</translation>
        </message>
        <message>
            <source>show the last N weeks (8)</source>
            <translation>die letzten N Wochen zeigen (8)</translation>
        </message>
        <message>
            <source>print JSON</source>
            <translation>JSON ausgeben</translation>
        </message>
        <message>
            <source>list the exercise catalog</source>
            <translation>den Übungskatalog auflisten</translation>
        </message>
        <message>
            <source>export the raw events as CSV</source>
            <translation>die Rohdaten als CSV exportieren</translation>
        </message>
        <message>
            <source>write one CSV file per event table into DIR</source>
            <translation>je Ereignistabelle eine CSV-Datei in DIR schreiben</translation>
        </message>
        <message>
            <source>write a one-page PDF report</source>
            <translation>einen einseitigen PDF-Bericht schreiben</translation>
        </message>
        <message>
            <source>write the report to FILE</source>
            <translation>den Bericht in FILE schreiben</translation>
        </message>
        <message>
            <source>cover the last N weeks (12)</source>
            <translation>die letzten N Wochen abdecken (12)</translation>
        </message>
        <message>
            <source>fill the data dir with synthetic history</source>
            <translation>den Datenordner mit erfundenem Verlauf füllen</translation>
        </message>
        <message>
            <source>years of history to make (1)</source>
            <translation>Jahre an Verlauf erzeugen (1)</translation>
        </message>
        <message>
            <source>random seed, for the same data again (1)</source>
            <translation>Zufallsstartwert, für dieselben Daten noch einmal (1)</translation>
        </message>
        <message>
            <source>counterbalance: the instance endpoint for %1 is held by another user's process; nothing was sent to it.</source>
            <translation>counterbalance: Der Endpunkt der App für %1 gehört einem Prozess eines anderen Benutzers; es wurde nichts gesendet.</translation>
        </message>
        <message>
            <source>counterbalance: the running Counterbalance did not answer.</source>
            <translation>counterbalance: Das laufende Counterbalance hat nicht geantwortet.</translation>
        </message>
        <message>
            <source>counterbalance: no running Counterbalance found for %1.
Start it first with `counterbalance` (add the same --data-dir if you used one).</source>
            <translation>counterbalance: Kein laufendes Counterbalance für %1 gefunden.
Starten Sie es zuerst mit `counterbalance` (mit demselben --data-dir, falls Sie eines angegeben haben).</translation>
        </message>
        <message>
            <source>counterbalance: cannot use the data dir: %1</source>
            <translation>counterbalance: Der Datenordner kann nicht verwendet werden: %1</translation>
        </message>
        <message>
            <source>counterbalance export: give a folder with --csv DIR</source>
            <translation>counterbalance export: Geben Sie mit --csv DIR einen Ordner an</translation>
        </message>
        <message>
            <source>counterbalance export: cannot write to %1: %2</source>
            <translation>counterbalance export: Schreiben nach %1 nicht möglich: %2</translation>
        </message>
        <message>
            <source>counterbalance export: cannot read your data: %1</source>
            <translation>counterbalance export: Ihre Daten können nicht gelesen werden: %1</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n CSV file(s) to %1: %2</source>
            <translation>
                <numerusform>%n CSV-Datei nach %1 geschrieben: %2</numerusform>
                <numerusform>%n CSV-Dateien nach %1 geschrieben: %2</numerusform>
            </translation>
        </message>
        <message>
            <source>counterbalance report: give a file with --pdf FILE</source>
            <translation>counterbalance report: Geben Sie mit --pdf FILE eine Datei an</translation>
        </message>
        <message>
            <source>counterbalance report: cannot write %1: %2</source>
            <translation>counterbalance report: %1 kann nicht geschrieben werden: %2</translation>
        </message>
        <message numerus="yes">
            <source>Wrote the report for %n week(s) to %1</source>
            <translation>
                <numerusform>Bericht über %n Woche nach %1 geschrieben</numerusform>
                <numerusform>Bericht über %n Wochen nach %1 geschrieben</numerusform>
            </translation>
        </message>
        <message>
            <source>week</source>
            <translation>Woche</translation>
        </message>
        <message>
            <source>prompted</source>
            <translation>angeboten</translation>
        </message>
        <message>
            <source>done</source>
            <translation>gemacht</translation>
        </message>
        <message>
            <source>adher.</source>
            <translation>Quote</translation>
        </message>
        <message>
            <source>user</source>
            <translation>selbst</translation>
        </message>
        <message>
            <source>min</source>
            <translation>Min.</translation>
        </message>
        <message>
            <source>pain before</source>
            <translation>Schmerz vorher</translation>
        </message>
        <message>
            <source>after</source>
            <translation>nachher</translation>
        </message>
        <message numerus="yes">
            <source>Current streak: %n day(s)</source>
            <translation>
                <numerusform>Aktuelle Serie: %n Tag</numerusform>
                <numerusform>Aktuelle Serie: %n Tage</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>(longest %n day(s)).</source>
            <translation>
                <numerusform>(längste %n Tag).</numerusform>
                <numerusform>(längste %n Tage).</numerusform>
            </translation>
        </message>
        <message>
            <source>* meaningful change in weekly pain (≥ 2 points or ≥ 30 %).</source>
            <translation>* deutliche Änderung der Schmerzen in der Woche (≥ 2 Punkte oder ≥ 30 %).</translation>
        </message>
        <message>
            <source>counterbalance stats: --weeks must be 1–520, got %1</source>
            <translation>counterbalance stats: --weeks muss 1–520 sein, erhalten: %1</translation>
        </message>
        <message>
            <source>counterbalance stats: %1</source>
            <translation>counterbalance stats: %1</translation>
        </message>
    </context>
    <context>
        <name>ComputerFilter</name>
        <message>
            <source>Computer shown</source>
            <translation>Angezeigter Computer</translation>
        </message>
        <message>
            <source>Show the history of all your computers, or of one</source>
            <translation>Den Verlauf aller Ihrer Computer zeigen oder nur eines</translation>
        </message>
        <message>
            <source>All computers</source>
            <translation>Alle Computer</translation>
        </message>
        <message>
            <source>Co&amp;mputer:</source>
            <translation>Co&amp;mputer:</translation>
        </message>
        <message>
            <source>Computer {id}</source>
            <translation>Computer {id}</translation>
        </message>
        <message>
            <source>{name} (this computer)</source>
            <translation>{name} (dieser Computer)</translation>
        </message>
    </context>
    <context>
        <name>ConditionsPage</name>
        <message>
            <source>Tick what applies to you. Counterbalance then leaves out the exercises that are not advised for it. You can change this later in Settings.</source>
            <translation>Kreuzen Sie an, was auf Sie zutrifft. Counterbalance lässt dann die Übungen weg, die dafür nicht empfohlen sind. Sie können das später in den Einstellungen ändern.</translation>
        </message>
    </context>
    <context>
        <name>CountdownRing</name>
        <message>
            <source>Countdown</source>
            <extracomment>Smallest countdown: a 1080p screen at 200 % leaves about 940×440 for the window.</extracomment>
            <translation>Countdown</translation>
        </message>
    </context>
    <context>
        <name>CounterbalanceApp</name>
        <message>
            <source>Could not save</source>
            <extracomment>How long quitting waits for notices to be taken off the screen. Marker file in the data dir: the "no idle backend" notice was given (issue 13 §4). Exit status when the data dir cannot be used, and when another instance blocks. Slow reads and first imports run here, off the GUI thread.</extracomment>
            <translation>Speichern nicht möglich</translation>
        </message>
        <message>
            <source>Counterbalance — Not started</source>
            <translation>Counterbalance — Nicht gestartet</translation>
        </message>
        <message>
            <source>Counterbalance did not start: {reason}</source>
            <translation>Counterbalance wurde nicht gestartet: {reason}</translation>
        </message>
    </context>
    <context>
        <name>CoverageRow</name>
        <message>
            <source>Body regions worked this week</source>
            <translation>Diese Woche trainierte Körperbereiche</translation>
        </message>
        <message>
            <source>Worked this week:</source>
            <translation>Diese Woche trainiert:</translation>
        </message>
        <message>
            <source>%1: not yet</source>
            <translation>%1: noch nicht</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n body region(s) worked this week</source>
            <translation>
                <numerusform>%1 von %n Körperbereich diese Woche trainiert</numerusform>
                <numerusform>%1 von %n Körperbereichen diese Woche trainiert</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DayPainDialog</name>
        <message>
            <source>Counterbalance — Your day</source>
            <translation>Counterbalance — Ihr Tag</translation>
        </message>
        <message>
            <source>Average pain today</source>
            <translation>Durchschnittliche Schmerzen heute</translation>
        </message>
        <message>
            <source>Confirm (Enter)</source>
            <translation>Bestätigen (Eingabe)</translation>
        </message>
        <message>
            <source>Confirm rating</source>
            <translation>Bewertung bestätigen</translation>
        </message>
        <message>
            <source>Skip (Esc)</source>
            <translation>Auslassen (Esc)</translation>
        </message>
        <message>
            <source>Skip rating</source>
            <translation>Bewertung auslassen</translation>
        </message>
    </context>
    <context>
        <name>DisclaimerPage</name>
        <message>
            <source>Before you start, please read this:</source>
            <translation>Bitte lesen Sie dies, bevor Sie beginnen:</translation>
        </message>
        <message>
            <source>I have read and understood this</source>
            <translation>Ich habe dies gelesen und verstanden</translation>
        </message>
        <message>
            <source>I have read and understood the disclaimer</source>
            <translation>Ich habe den Hinweis gelesen und verstanden</translation>
        </message>
        <message>
            <source>Exercise should feel like mild tension, never sharp pain. You can check warning signs at any time with “Check symptoms”.</source>
            <translation>Übungen sollen sich wie eine leichte Spannung anfühlen, nie wie ein stechender Schmerz. Mit „Symptome prüfen“ können Sie Warnzeichen jederzeit prüfen.</translation>
        </message>
    </context>
    <context>
        <name>DonePage</name>
        <message>
            <source>Close (Enter)</source>
            <translation>Schließen (Eingabe)</translation>
        </message>
        <message>
            <source>Close window</source>
            <translation>Fenster schließen</translation>
        </message>
        <message>
            <source>Well done!</source>
            <translation>Gut gemacht!</translation>
        </message>
        <message>
            <source>Session ended</source>
            <translation>Einheit beendet</translation>
        </message>
        <message>
            <source>Session skipped</source>
            <translation>Einheit ausgelassen</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n exercise(s) done</source>
            <translation>
                <numerusform>%1 von %n Übung geschafft</numerusform>
                <numerusform>%1 von %n Übungen geschafft</numerusform>
            </translation>
        </message>
        <message>
            <source>Pain %1/10 before, %2/10 after</source>
            <translation>Schmerzen %1/10 vorher, %2/10 nachher</translation>
        </message>
    </context>
    <context>
        <name>ExercisePage</name>
        <message>
            <source>Demonstration</source>
            <extracomment>Smallest figure (the ring has its own, ``countdown_ring.RING_MIN_PX``): a 1080p screen at 200 % leaves about 940×440.</extracomment>
            <translation>Vorführung</translation>
        </message>
        <message>
            <source>← Back</source>
            <translation>← Zurück</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Zurück</translation>
        </message>
        <message>
            <source>Pause (Space)</source>
            <translation>Pause (Leertaste)</translation>
        </message>
        <message>
            <source>Pause or resume</source>
            <translation>Anhalten oder fortsetzen</translation>
        </message>
        <message>
            <source>Skip set →</source>
            <translation>Satz auslassen →</translation>
        </message>
        <message>
            <source>Skip this set</source>
            <translation>Diesen Satz auslassen</translation>
        </message>
        <message>
            <source>End (Esc)</source>
            <extracomment>Says what the last → skipped, until the next set is under way.</extracomment>
            <translation>Beenden (Esc)</translation>
        </message>
        <message>
            <source>End session</source>
            <translation>Einheit beenden</translation>
        </message>
        <message>
            <source>Next: %1</source>
            <translation>Als Nächstes: %1</translation>
        </message>
        <message>
            <source>Last exercise</source>
            <translation>Letzte Übung</translation>
        </message>
        <message>
            <source>Set %1 of %2</source>
            <translation>Satz %1 von %2</translation>
        </message>
        <message>
            <source>Resume (Space)</source>
            <translation>Weiter (Leertaste)</translation>
        </message>
        <message>
            <source>Switch sides: %1</source>
            <translation>Seite wechseln: %1</translation>
        </message>
        <message>
            <source>Get ready: %1</source>
            <translation>Bereit machen: %1</translation>
        </message>
        <message>
            <source>Get ready</source>
            <translation>Bereit machen</translation>
        </message>
        <message>
            <source>get ready</source>
            <translation>bereit machen</translation>
        </message>
        <message>
            <source>Hold</source>
            <translation>Halten</translation>
        </message>
        <message>
            <source>hold %1 of %2</source>
            <translation>Halten %1 von %2</translation>
        </message>
        <message numerus="yes">
            <source>second(s)</source>
            <translation>
                <numerusform>Sekunde</numerusform>
                <numerusform>Sekunden</numerusform>
            </translation>
        </message>
        <message>
            <source>Relax</source>
            <translation>Entspannen</translation>
        </message>
        <message>
            <source>next: hold %1 of %2</source>
            <translation>als Nächstes: Halten %1 von %2</translation>
        </message>
        <message>
            <source>Rep %1 of %2</source>
            <translation>Wiederholung %1 von %2</translation>
        </message>
        <message>
            <source>%1 s per rep</source>
            <translation>%1 s pro Wiederholung</translation>
        </message>
        <message>
            <source>Paused — press Space to continue</source>
            <translation>Angehalten — Leertaste zum Fortsetzen</translation>
        </message>
    </context>
    <context>
        <name>ExercisesPage</name>
        <message>
            <source>Exercises</source>
            <translation>Übungen</translation>
        </message>
        <message>
            <source>Your exercises</source>
            <translation>Ihre Übungen</translation>
        </message>
        <message>
            <source>Exercise focus</source>
            <translation>Übungsschwerpunkt</translation>
        </message>
        <message>
            <source>Focus</source>
            <translation>Schwerpunkt</translation>
        </message>
        <message>
            <source>No band</source>
            <translation>Kein Band</translation>
        </message>
        <message>
            <source>Resistance band</source>
            <translation>Widerstandsband</translation>
        </message>
        <message>
            <source>Equipment at your desk</source>
            <translation>Hilfsmittel am Schreibtisch</translation>
        </message>
        <message>
            <source>Equipment</source>
            <translation>Hilfsmittel</translation>
        </message>
        <message>
            <source>Neither / not sure</source>
            <translation>Keine / weiß nicht</translation>
        </message>
        <message>
            <source>Left side is weaker</source>
            <translation>Linke Seite ist schwächer</translation>
        </message>
        <message>
            <source>Right side is weaker</source>
            <translation>Rechte Seite ist schwächer</translation>
        </message>
        <message>
            <source>Weaker side</source>
            <translation>Schwächere Seite</translation>
        </message>
        <message>
            <source>Left side is tighter</source>
            <translation>Linke Seite ist fester</translation>
        </message>
        <message>
            <source>Right side is tighter</source>
            <translation>Rechte Seite ist fester</translation>
        </message>
        <message>
            <source>Tighter side</source>
            <translation>Festere Seite</translation>
        </message>
        <message>
            <source>Leave out exercises not advised for:</source>
            <translation>Übungen weglassen, die nicht empfohlen sind bei:</translation>
        </message>
        <message>
            <source>Daily session</source>
            <translation>Tägliche Einheit</translation>
        </message>
        <message>
            <source>Remind me of a longer daily session</source>
            <translation>An eine längere tägliche Einheit erinnern</translation>
        </message>
        <message>
            <source>Daily session time</source>
            <translation>Uhrzeit der täglichen Einheit</translation>
        </message>
        <message>
            <source>Reminder at</source>
            <translation>Erinnerung um</translation>
        </message>
        <message>
            <source>Your local time, every day.</source>
            <translation>Ihre Ortszeit, jeden Tag.</translation>
        </message>
        <message>
            <source>Pain ratings</source>
            <translation>Schmerzbewertungen</translation>
        </message>
        <message>
            <source>Share of microbreaks asking pain</source>
            <translation>Anteil der Kurzpausen mit Schmerzfrage</translation>
        </message>
        <message>
            <source>Ask on</source>
            <translation>Fragen bei</translation>
        </message>
        <message>
            <source>of microbreaks, before and after.</source>
            <translation>der Kurzpausen, vorher und nachher.</translation>
        </message>
        <message>
            <source>The 0–10 ratings show whether the exercises help you. 100 % asks every time; 0 % never asks during microbreaks.</source>
            <translation>Die Bewertungen von 0–10 zeigen, ob die Übungen Ihnen helfen. 100 % fragt jedes Mal; 0 % fragt in Kurzpausen nie.</translation>
        </message>
        <message>
            <source>Ask how each exercise felt in microbreaks</source>
            <translation>In Kurzpausen nach jeder Übung fragen, wie sie sich anfühlte</translation>
        </message>
        <message>
            <source>Off: one optional question at the end of a microbreak. Daily sessions always ask after each exercise.</source>
            <translation>Aus: eine optionale Frage am Ende einer Kurzpause. Tägliche Einheiten fragen immer nach jeder Übung.</translation>
        </message>
    </context>
    <context>
        <name>FeelPage</name>
        <message>
            <source>Easy  (E)</source>
            <translation>Leicht  (E)</translation>
        </message>
        <message>
            <source>Felt easy</source>
            <translation>Fühlte sich leicht an</translation>
        </message>
        <message>
            <source>OK  (O)</source>
            <translation>OK  (O)</translation>
        </message>
        <message>
            <source>Felt OK</source>
            <translation>Fühlte sich OK an</translation>
        </message>
        <message>
            <source>Hard  (H)</source>
            <translation>Schwer  (H)</translation>
        </message>
        <message>
            <source>Felt hard</source>
            <translation>Fühlte sich schwer an</translation>
        </message>
        <message>
            <source>Any pain during it? (optional, 0–10)</source>
            <translation>Schmerzen dabei? (optional, 0–10)</translation>
        </message>
        <message>
            <source>Skip question (Esc)</source>
            <translation>Frage auslassen (Esc)</translation>
        </message>
        <message>
            <source>Skip question</source>
            <translation>Frage auslassen</translation>
        </message>
        <message>
            <source>New numbness, tingling or weakness…</source>
            <translation>Neue Taubheit, neues Kribbeln oder neue Schwäche…</translation>
        </message>
        <message>
            <source>Report new numbness, tingling or weakness</source>
            <translation>Neue Taubheit, neues Kribbeln oder neue Schwäche melden</translation>
        </message>
        <message>
            <source>Pain above 5 during an exercise is more than it should be: this one will be eased next time. Sharp pain, numbness or tingling? Stop and check your symptoms.</source>
            <translation>Schmerzen über 5 während einer Übung sind mehr, als sie sein sollten: Diese Übung wird beim nächsten Mal leichter. Stechender Schmerz, Taubheit oder Kribbeln? Hören Sie auf und prüfen Sie Ihre Symptome.</translation>
        </message>
        <message>
            <source>How did “%1” feel?</source>
            <translation>Wie fühlte sich „%1“ an?</translation>
        </message>
        <message>
            <source>Done! How did this break feel?</source>
            <translation>Geschafft! Wie fühlte sich diese Pause an?</translation>
        </message>
        <message>
            <source>Optional: press E, O or H to finish.</source>
            <translation>Optional: Drücken Sie E, O oder H zum Abschließen.</translation>
        </message>
        <message numerus="yes">
            <source>Optional: this window closes by itself in %n s.</source>
            <translation>
                <numerusform>Optional: Dieses Fenster schließt sich in %n s von selbst.</numerusform>
                <numerusform>Optional: Dieses Fenster schließt sich in %n s von selbst.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FigureWidget</name>
        <message>
            <source>Exercise demonstration</source>
            <translation>Übungsvorführung</translation>
        </message>
        <message>
            <source>An animated figure shows how to do the exercise.</source>
            <translation>Eine animierte Figur zeigt, wie die Übung geht.</translation>
        </message>
        <message>
            <source>Press Space to pause or play the demonstration</source>
            <translation>Leertaste hält die Vorführung an oder setzt sie fort</translation>
        </message>
        <message>
            <source> (other side)</source>
            <translation> (andere Seite)</translation>
        </message>
        <message>
            <source>Animated figure: {name}{side}. {description}</source>
            <translation>Animierte Figur: {name}{side}. {description}</translation>
        </message>
        <message>
            <source>No exercise</source>
            <translation>Keine Übung</translation>
        </message>
    </context>
    <context>
        <name>GeneralPage</name>
        <message>
            <source>General</source>
            <translation>Allgemein</translation>
        </message>
        <message>
            <source>No sound output found: sessions run silently. Cues come back by themselves when sound is available.</source>
            <translation>Keine Tonausgabe gefunden: Einheiten laufen lautlos. Signale kommen von selbst zurück, sobald Ton verfügbar ist.</translation>
        </message>
        <message>
            <source>No speech engine answers (e.g. speech-dispatcher with espeak-ng): cues are not spoken. They come back by themselves when one is installed.</source>
            <translation>Keine Sprachausgabe antwortet (z. B. speech-dispatcher mit espeak-ng): Hinweise werden nicht gesprochen. Sie kommen von selbst zurück, sobald eine installiert ist.</translation>
        </message>
        <message>
            <source>This installation cannot play sound or speech: cues stay silent.</source>
            <translation>Diese Installation kann weder Töne noch Sprache abspielen: Signale bleiben stumm.</translation>
        </message>
        <message>
            <source>A sound file is missing from the installation: reinstall to fix.</source>
            <translation>In der Installation fehlt eine Tondatei: Installieren Sie neu, um das zu beheben.</translation>
        </message>
        <message>
            <source>Quiet times</source>
            <translation>Ruhezeiten</translation>
        </message>
        <message>
            <source>Hold breaks while a full-screen window is active</source>
            <translation>Pausen zurückhalten, solange ein Vollbildfenster aktiv ist</translation>
        </message>
        <message>
            <source>Presentations, calls and videos are not interrupted.</source>
            <translation>Präsentationen, Anrufe und Videos werden nicht unterbrochen.</translation>
        </message>
        <message>
            <source>Hold breaks while Do Not Disturb is on</source>
            <translation>Pausen zurückhalten, solange „Nicht stören“ an ist</translation>
        </message>
        <message>
            <source>A held break is offered as soon as the quiet time ends.</source>
            <translation>Eine zurückgehaltene Pause wird angeboten, sobald die Ruhezeit endet.</translation>
        </message>
        <message>
            <source>Sounds</source>
            <translation>Töne</translation>
        </message>
        <message>
            <source>Play ticks and chimes during sessions</source>
            <translation>Ticken und Glockentöne während der Einheiten abspielen</translation>
        </message>
        <message>
            <source>Speak exercise cues aloud</source>
            <translation>Übungshinweise laut vorlesen</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>Same as the system</source>
            <translation>Wie das System</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>Sprache:</translation>
        </message>
        <message>
            <source>A new language applies the next time Counterbalance starts.</source>
            <translation>Eine neue Sprache gilt ab dem nächsten Start von Counterbalance.</translation>
        </message>
        <message>
            <source>Start at login</source>
            <translation>Beim Anmelden starten</translation>
        </message>
        <message>
            <source>Start Counterbalance when I log in</source>
            <translation>Counterbalance beim Anmelden starten</translation>
        </message>
        <message>
            <source>Breaks only come while Counterbalance is running.</source>
            <translation>Pausen kommen nur, solange Counterbalance läuft.</translation>
        </message>
    </context>
    <context>
        <name>HoursPage</name>
        <message>
            <source>Working hours</source>
            <translation>Arbeitszeiten</translation>
        </message>
        <message>
            <source>Only offer breaks during my working hours</source>
            <translation>Pausen nur während meiner Arbeitszeiten anbieten</translation>
        </message>
        <message>
            <source>Outside these hours no breaks are offered, and the count starts afresh each day. A day may have several ranges, e.g. before and after lunch.</source>
            <translation>Außerhalb dieser Zeiten werden keine Pausen angeboten, und die Zählung beginnt jeden Tag neu. Ein Tag kann mehrere Zeiträume haben, z. B. vor und nach dem Mittagessen.</translation>
        </message>
    </context>
    <context>
        <name>Housekeeping</name>
        <message>
            <source>How was your day?</source>
            <extracomment>Where versions before the marker file remembered the idle notice (read, never written). The kind of the end-of-day notice (the pre-break one is the notifier's default).</extracomment>
            <translation>Wie war Ihr Tag?</translation>
        </message>
        <message>
            <source>Counterbalance: rate today's average pain (optional).</source>
            <translation>Counterbalance: Bewerten Sie Ihre durchschnittlichen Schmerzen heute (optional).</translation>
        </message>
        <message>
            <source>Counterbalance</source>
            <translation>Counterbalance</translation>
        </message>
        <message>
            <source>Counterbalance cannot tell when you step away on this desktop, so all time counts as active. Breaks still come on time.</source>
            <translation>Counterbalance kann auf diesem Desktop nicht erkennen, wann Sie sich entfernen, daher zählt die ganze Zeit als aktiv. Pausen kommen trotzdem pünktlich.</translation>
        </message>
    </context>
    <context>
        <name>LeavingOffer</name>
        <message>
            <source>This computer's files were removed from the sync folder.</source>
            <extracomment>Asks whether to remove this computer's files (the dialog; tests give their own).</extracomment>
            <translation>Die Dateien dieses Computers wurden aus dem Sync-Ordner entfernt.</translation>
        </message>
        <message>
            <source>This computer's files could not be removed from the sync folder.</source>
            <translation>Die Dateien dieses Computers konnten nicht aus dem Sync-Ordner entfernt werden.</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Synchronisieren</translation>
        </message>
    </context>
    <context>
        <name>LiveSettings</name>
        <message>
            <source>Your settings</source>
            <translation>Ihre Einstellungen</translation>
        </message>
        <message>
            <source>Could not save settings</source>
            <translation>Einstellungen konnten nicht gespeichert werden</translation>
        </message>
        <message>
            <source>Start at login</source>
            <translation>Beim Anmelden starten</translation>
        </message>
        <message>
            <source>Could not change the start-at-login setting at {place}: {why}</source>
            <translation>Die Einstellung „Beim Anmelden starten“ konnte unter {place} nicht geändert werden: {why}</translation>
        </message>
    </context>
    <context>
        <name>NoTrayWindow</name>
        <message>
            <source>Counterbalance</source>
            <extracomment>Gap between the no-tray window and the screen's edges, in pixels.</extracomment>
            <translation>Counterbalance</translation>
        </message>
        <message>
            <source>Counterbalance status window</source>
            <translation>Counterbalance-Statusfenster</translation>
        </message>
        <message>
            <source>Your desktop has no system tray, so Counterbalance shows this small window instead. Breaks still arrive on time. On GNOME, the AppIndicator extension adds a tray.</source>
            <translation>Ihr Desktop hat keinen Infobereich, daher zeigt Counterbalance stattdessen dieses kleine Fenster. Pausen kommen trotzdem pünktlich. Unter GNOME fügt die Erweiterung AppIndicator einen Infobereich hinzu.</translation>
        </message>
        <message>
            <source>Why this window is shown</source>
            <translation>Warum dieses Fenster angezeigt wird</translation>
        </message>
        <message>
            <source>Break status</source>
            <translation>Pausenstatus</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Nachricht</translation>
        </message>
        <message>
            <source>&amp;Start now</source>
            <translation>&amp;Jetzt starten</translation>
        </message>
        <message>
            <source>S&amp;nooze {n} min</source>
            <translation>&amp;Verschieben um {n} Min.</translation>
        </message>
        <message>
            <source>&amp;Pause 1 h</source>
            <translation>&amp;Pause 1 Std.</translation>
        </message>
        <message>
            <source>Pro&amp;gress…</source>
            <translation>&amp;Fortschritt…</translation>
        </message>
        <message>
            <source>Rate &amp;today's pain…</source>
            <translation>Heutige &amp;Schmerzen bewerten…</translation>
        </message>
        <message>
            <source>&amp;Check symptoms…</source>
            <translation>Symptome &amp;prüfen…</translation>
        </message>
        <message>
            <source>S&amp;ettings…</source>
            <translation>&amp;Einstellungen…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>&amp;Resume</source>
            <translation>&amp;Fortsetzen</translation>
        </message>
    </context>
    <context>
        <name>OnboardingDialog</name>
        <message>
            <source>Counterbalance — Welcome</source>
            <extracomment>The dialog's size: room for the longest sign of the safety check on a 1280×800 screen. The user consented to starting Counterbalance at login. Declared contraindications (``settings.CONDITIONS``). Red flags ticked in the first-run safety check; None when it was not asked.</extracomment>
            <translation>Counterbalance — Willkommen</translation>
        </message>
        <message>
            <source>Welcome to Counterbalance</source>
            <translation>Willkommen bei Counterbalance</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Zurück</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Weiter</translation>
        </message>
        <message>
            <source>A quick safety check</source>
            <translation>Ein kurzer Sicherheitscheck</translation>
        </message>
        <message>
            <source>What do you notice?</source>
            <translation>Was fällt Ihnen auf?</translation>
        </message>
        <message>
            <source>Your set-up</source>
            <translation>Ihre Ausstattung</translation>
        </message>
        <message>
            <source>Anything to leave out?</source>
            <translation>Soll etwas wegfallen?</translation>
        </message>
        <message>
            <source>Your starting focus</source>
            <translation>Ihr Schwerpunkt zum Start</translation>
        </message>
        <message>
            <source>Finish</source>
            <translation>Fertig</translation>
        </message>
        <message>
            <source>Step %1 of %2</source>
            <translation>Schritt %1 von %2</translation>
        </message>
    </context>
    <context>
        <name>Pain</name>
        <message>
            <source>How much pain do you have right now?</source>
            <extracomment>Smallest change in weekly mean pain shown as "meaningful" (brief §4, low back pain). Alternatively, a relative change of this share counts as meaningful. Minimal detectable change of a single NRS rating (brief §4 [21]): smaller differences between two single ratings are within measurement noise.</extracomment>
            <translation>Wie stark sind Ihre Schmerzen gerade?</translation>
        </message>
        <message>
            <source>How much pain do you have in your {region} right now?</source>
            <translation>Wie stark sind Ihre Schmerzen im Bereich {region} gerade?</translation>
        </message>
        <message>
            <source>On average, how much pain have you had today?</source>
            <translation>Wie stark waren Ihre Schmerzen heute im Durchschnitt?</translation>
        </message>
        <message>
            <source>0 = no pain</source>
            <translation>0 = keine Schmerzen</translation>
        </message>
        <message>
            <source>10 = worst pain imaginable</source>
            <translation>10 = stärkste vorstellbare Schmerzen</translation>
        </message>
        <message>
            <source>no pain</source>
            <translation>keine Schmerzen</translation>
        </message>
        <message>
            <source>worst pain imaginable</source>
            <translation>stärkste vorstellbare Schmerzen</translation>
        </message>
        <message>
            <source>Before we start</source>
            <extracomment>Headline over the rating, by when it is asked.</extracomment>
            <translation>Bevor wir beginnen</translation>
        </message>
        <message>
            <source>Session finished</source>
            <translation>Einheit beendet</translation>
        </message>
        <message>
            <source>Pain during this exercise</source>
            <translation>Schmerzen während dieser Übung</translation>
        </message>
        <message>
            <source>Your day</source>
            <translation>Ihr Tag</translation>
        </message>
        <message>
            <source>No pain</source>
            <translation>Keine Schmerzen</translation>
        </message>
        <message>
            <source>Mild</source>
            <translation>Leicht</translation>
        </message>
        <message>
            <source>Moderate</source>
            <translation>Mäßig</translation>
        </message>
        <message>
            <source>Severe</source>
            <translation>Stark</translation>
        </message>
        <message>
            <source>Neck</source>
            <extracomment>Display names of the optional body regions (brief §4).</extracomment>
            <translation>Nacken</translation>
        </message>
        <message>
            <source>Upper back / shoulders</source>
            <translation>Oberer Rücken / Schultern</translation>
        </message>
        <message>
            <source>Low back</source>
            <translation>Unterer Rücken</translation>
        </message>
        <message>
            <source>Hips / buttocks</source>
            <translation>Hüften / Gesäß</translation>
        </message>
        <message>
            <source>Leg (below the knee)</source>
            <translation>Bein (unterhalb des Knies)</translation>
        </message>
        <message>
            <source>Arm / hand</source>
            <translation>Arm / Hand</translation>
        </message>
        <message>
            <source>neck</source>
            <extracomment>The region as it reads inside the question ("in your …").</extracomment>
            <translation>Nacken</translation>
        </message>
        <message>
            <source>upper back or shoulders</source>
            <translation>oberer Rücken oder Schultern</translation>
        </message>
        <message>
            <source>low back</source>
            <translation>unterer Rücken</translation>
        </message>
        <message>
            <source>hips or buttocks</source>
            <translation>Hüften oder Gesäß</translation>
        </message>
        <message>
            <source>leg</source>
            <translation>Bein</translation>
        </message>
        <message>
            <source>arm or hand</source>
            <translation>Arm oder Hand</translation>
        </message>
    </context>
    <context>
        <name>PainRating</name>
        <message numerus="yes">
            <source>Pain %n out of 10</source>
            <extracomment>Band label colours on a light window (each ≥ 4.5:1 against it). Band label colours on a dark window.</extracomment>
            <translation>
                <numerusform>Schmerz %n von 10</numerusform>
                <numerusform>Schmerz %n von 10</numerusform>
            </translation>
        </message>
        <message>
            <source>Where is the pain (optional)</source>
            <translation>Wo sind die Schmerzen (optional)</translation>
        </message>
        <message>
            <source>Anywhere / not specific</source>
            <translation>Überall / nicht genau</translation>
        </message>
        <message>
            <source>Where (optional):</source>
            <translation>Wo (optional):</translation>
        </message>
        <message>
            <source>Type 0–9 · 1 then 0 for 10 · Enter confirms · Esc skips</source>
            <translation>0–9 tippen · 1, dann 0 für 10 · Eingabe bestätigt · Esc lässt aus</translation>
        </message>
        <message>
            <source>Optional: type 0–9, or 1 then 0 for 10</source>
            <translation>Optional: 0–9 tippen, oder 1, dann 0 für 10</translation>
        </message>
    </context>
    <context>
        <name>Planner</name>
        <message>
            <source>My low back gets sore after sitting or standing a while</source>
            <translation>Mein unterer Rücken schmerzt nach längerem Sitzen oder Stehen</translation>
        </message>
        <message>
            <source>The front of my hips feels tight</source>
            <translation>Die Vorderseite meiner Hüften fühlt sich fest an</translation>
        </message>
        <message>
            <source>I find it hard to feel my glutes or core working</source>
            <translation>Ich spüre meine Gesäß- oder Rumpfmuskeln kaum arbeiten</translation>
        </message>
        <message>
            <source>My low back looks flat and the backs of my thighs feel tight</source>
            <translation>Mein unterer Rücken wirkt flach und die Rückseiten meiner Oberschenkel fühlen sich fest an</translation>
        </message>
        <message>
            <source>My neck or shoulders ache after screen work</source>
            <translation>Mein Nacken oder meine Schultern schmerzen nach Bildschirmarbeit</translation>
        </message>
        <message>
            <source>My head pokes forward or my shoulders round when I sit</source>
            <translation>Mein Kopf schiebt sich nach vorn oder meine Schultern runden sich im Sitzen</translation>
        </message>
        <message>
            <source>I get tension headaches</source>
            <translation>Ich habe Spannungskopfschmerzen</translation>
        </message>
        <message>
            <source>One hip always feels tighter than the other</source>
            <translation>Eine Hüfte fühlt sich immer fester an als die andere</translation>
        </message>
        <message>
            <source>One shoulder sits higher than the other</source>
            <translation>Eine Schulter steht höher als die andere</translation>
        </message>
        <message>
            <source>My belt or trouser line sits unevenly</source>
            <translation>Mein Gürtel oder Hosenbund sitzt schief</translation>
        </message>
        <message>
            <source>I keep shifting my weight to one side</source>
            <translation>Ich verlagere mein Gewicht ständig auf eine Seite</translation>
        </message>
        <message>
            <source>My pain is mostly on one side</source>
            <translation>Meine Schmerzen sind meist auf einer Seite</translation>
        </message>
        <message>
            <source>Hips and low back (lower-crossed pattern)</source>
            <translation>Hüften und unterer Rücken (unteres gekreuztes Muster)</translation>
        </message>
        <message>
            <source>Neck, chest and upper back (upper-crossed pattern)</source>
            <translation>Nacken, Brust und oberer Rücken (oberes gekreuztes Muster)</translation>
        </message>
        <message>
            <source>Both: alternate upper and lower body</source>
            <translation>Beides: Ober- und Unterkörper im Wechsel</translation>
        </message>
        <message>
            <source>Left–right balance (one side tighter or weaker)</source>
            <translation>Links-rechts-Gleichgewicht (eine Seite fester oder schwächer)</translation>
        </message>
        <message>
            <source>Flat low back (posterior-tilt pattern)</source>
            <translation>Flacher unterer Rücken (Muster mit Beckenaufrichtung)</translation>
        </message>
    </context>
    <context>
        <name>ProgressCards</name>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n Tag</numerusform>
                <numerusform>%n Tage</numerusform>
            </translation>
        </message>
        <message>
            <source>Breaks taken this week</source>
            <translation>Gemachte Pausen diese Woche</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n break(s)</source>
            <translation>
                <numerusform>%1 von %n Pause</numerusform>
                <numerusform>%1 von %n Pausen</numerusform>
            </translation>
        </message>
        <message>
            <source>No breaks offered yet</source>
            <translation>Noch keine Pausen angeboten</translation>
        </message>
        <message>
            <source>last week %1</source>
            <translation>letzte Woche %1</translation>
        </message>
        <message>
            <source>Pain before sessions</source>
            <translation>Schmerzen vor Einheiten</translation>
        </message>
        <message>
            <source> / 10</source>
            <translation> / 10</translation>
        </message>
        <message>
            <source>a meaningful drop</source>
            <translation>ein deutlicher Rückgang</translation>
        </message>
        <message>
            <source>a meaningful rise</source>
            <translation>ein deutlicher Anstieg</translation>
        </message>
        <message>
            <source>%1 points within sessions</source>
            <translation>%1 Punkte innerhalb der Einheiten</translation>
        </message>
        <message>
            <source>Rate your pain before a session</source>
            <translation>Bewerten Sie Ihre Schmerzen vor einer Einheit</translation>
        </message>
        <message>
            <source>Current streak</source>
            <translation>Aktuelle Serie</translation>
        </message>
        <message>
            <source>longest: %1</source>
            <translation>längste: %1</translation>
        </message>
        <message>
            <source>Exercise this week</source>
            <translation>Übungszeit diese Woche</translation>
        </message>
        <message numerus="yes">
            <source>%n min</source>
            <translation>
                <numerusform>%n Min.</numerusform>
                <numerusform>%n Min.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>last week %n min</source>
            <translation>
                <numerusform>letzte Woche %n Min.</numerusform>
                <numerusform>letzte Woche %n Min.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProgressCharts</name>
        <message>
            <source>Charts of adherence and pain</source>
            <translation>Diagramme zu Therapietreue und Schmerzen</translation>
        </message>
        <message>
            <source>The charts could not be drawn: %1</source>
            <translation>Die Diagramme konnten nicht gezeichnet werden: %1</translation>
        </message>
        <message>
            <source>Qt Quick is not available</source>
            <translation>Qt Quick ist nicht verfügbar</translation>
        </message>
        <message numerus="yes">
            <source>Week of %1: %2 of %n break(s) taken (%3)</source>
            <translation>
                <numerusform>Woche vom %1: %2 von %n Pause gemacht (%3)</numerusform>
                <numerusform>Woche vom %1: %2 von %n Pausen gemacht (%3)</numerusform>
            </translation>
        </message>
        <message>
            <source>Sessions you started: %1</source>
            <translation>Von Ihnen gestartete Einheiten: %1</translation>
        </message>
        <message>
            <source>Week of %1</source>
            <translation>Woche vom %1</translation>
        </message>
        <message>
            <source>Breaks taken (%)</source>
            <translation>Gemachte Pausen (%)</translation>
        </message>
        <message>
            <source>Pain before session</source>
            <translation>Schmerzen vor der Einheit</translation>
        </message>
        <message>
            <source>Pain after session</source>
            <translation>Schmerzen nach der Einheit</translation>
        </message>
        <message>
            <source>Breaks taken and pain, week by week</source>
            <translation>Gemachte Pausen und Schmerzen, Woche für Woche</translation>
        </message>
        <message>
            <source>Pain before sessions, by body region</source>
            <translation>Schmerzen vor Einheiten, nach Körperbereich</translation>
        </message>
        <message>
            <source>Pain 0–10</source>
            <translation>Schmerzen 0–10</translation>
        </message>
        <message>
            <source>Breaks taken</source>
            <translation>Gemachte Pausen</translation>
        </message>
        <message>
            <source>Pick a body region when you rate your pain to see it here.</source>
            <translation>Wählen Sie beim Bewerten einen Körperbereich, um ihn hier zu sehen.</translation>
        </message>
    </context>
    <context>
        <name>ProgressDialogs</name>
        <message>
            <source>Counterbalance — Export CSV to folder</source>
            <translation>Counterbalance — CSV in Ordner exportieren</translation>
        </message>
        <message>
            <source>Counterbalance — Save chart images to folder</source>
            <translation>Counterbalance — Diagrammbilder in Ordner speichern</translation>
        </message>
        <message>
            <source>Counterbalance — Save report</source>
            <translation>Counterbalance — Bericht speichern</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF-Dateien (*.pdf)</translation>
        </message>
        <message>
            <source>Counterbalance — Delete all my data</source>
            <translation>Counterbalance — Alle meine Daten löschen</translation>
        </message>
        <message>
            <source>Delete every break, session, set and pain rating?</source>
            <translation>Jede Pause, Einheit, jeden Satz und jede Schmerzbewertung löschen?</translation>
        </message>
        <message>
            <source>This cannot be undone. Automatic backups are deleted too. You can save a copy of your data first.</source>
            <translation>Das lässt sich nicht rückgängig machen. Automatische Sicherungen werden ebenfalls gelöscht. Sie können vorher eine Kopie Ihrer Daten speichern.</translation>
        </message>
        <message>
            <source>&amp;Save a copy first…</source>
            <translation>Vorher eine Kopie &amp;speichern…</translation>
        </message>
        <message>
            <source>&amp;Delete everything</source>
            <translation>Alles &amp;löschen</translation>
        </message>
        <message>
            <source>Counterbalance — Save a copy of your data</source>
            <translation>Counterbalance — Kopie Ihrer Daten speichern</translation>
        </message>
        <message>
            <source>Counterbalance data (*.sqlite3)</source>
            <translation>Counterbalance-Daten (*.sqlite3)</translation>
        </message>
    </context>
    <context>
        <name>ProgressPresenter</name>
        <message>
            <source>Something went wrong: %1</source>
            <extracomment>Exercise id -&gt; target region (catalog); empty hides the "worked this week" row. The computer shown (None: all) and the names to show computers by (sync).</extracomment>
            <translation>Etwas ist schiefgegangen: %1</translation>
        </message>
        <message numerus="yes">
            <source>Saved %n CSV file(s) in %1</source>
            <translation>
                <numerusform>%n CSV-Datei in %1 gespeichert</numerusform>
                <numerusform>%n CSV-Dateien in %1 gespeichert</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saved %n chart image(s) in %1</source>
            <translation>
                <numerusform>%n Diagrammbild in %1 gespeichert</numerusform>
                <numerusform>%n Diagrammbilder in %1 gespeichert</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not save the report: %1</source>
            <translation>Der Bericht konnte nicht gespeichert werden: %1</translation>
        </message>
        <message>
            <source>Saved the report as %1</source>
            <translation>Bericht gespeichert als %1</translation>
        </message>
        <message>
            <source>Could not save a copy: %1</source>
            <translation>Die Kopie konnte nicht gespeichert werden: %1</translation>
        </message>
        <message>
            <source>Saved a copy as %1</source>
            <translation>Kopie gespeichert als %1</translation>
        </message>
        <message>
            <source>All your data was deleted.</source>
            <translation>Alle Ihre Daten wurden gelöscht.</translation>
        </message>
    </context>
    <context>
        <name>ProgressWindow</name>
        <message>
            <source>Neck</source>
            <extracomment>Week labels are thinned out above this many weeks so they stay readable. Line colours per body region, chosen for contrast on light and on dark windows. Names of the pain regions (``core.events.Region``).
----------
Names of the catalog's target regions (``core.catalog.BODY_REGIONS``).</extracomment>
            <translation>Nacken</translation>
        </message>
        <message>
            <source>Chest &amp; shoulders</source>
            <translation>Brust &amp; Schultern</translation>
        </message>
        <message>
            <source>Upper back</source>
            <translation>Oberer Rücken</translation>
        </message>
        <message>
            <source>Core</source>
            <translation>Rumpf</translation>
        </message>
        <message>
            <source>Low back</source>
            <translation>Unterer Rücken</translation>
        </message>
        <message>
            <source>Hips</source>
            <translation>Hüften</translation>
        </message>
        <message>
            <source>Legs</source>
            <translation>Beine</translation>
        </message>
        <message>
            <source>Upper back / shoulders</source>
            <translation>Oberer Rücken / Schultern</translation>
        </message>
        <message>
            <source>Hips / buttocks</source>
            <translation>Hüften / Gesäß</translation>
        </message>
        <message>
            <source>Leg below knee</source>
            <translation>Bein unterhalb des Knies</translation>
        </message>
        <message>
            <source>Arm / hand</source>
            <translation>Arm / Hand</translation>
        </message>
        <message>
            <source>Counterbalance — Progress</source>
            <extracomment>Ranges offered in the selector, in weeks. The first size: fits a 1280×800 screen with a panel. The charts never get shorter than this; a smaller window scrolls them instead.</extracomment>
            <translation>Counterbalance — Fortschritt</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Fortschritt</translation>
        </message>
        <message>
            <source>Weeks shown</source>
            <translation>Angezeigte Wochen</translation>
        </message>
        <message>
            <source>How many weeks the charts show</source>
            <translation>Wie viele Wochen die Diagramme zeigen</translation>
        </message>
        <message numerus="yes">
            <source>Last %n week(s)</source>
            <translation>
                <numerusform>Letzte Woche</numerusform>
                <numerusform>Letzte %n Wochen</numerusform>
            </translation>
        </message>
        <message>
            <source>Your progress</source>
            <translation>Ihr Fortschritt</translation>
        </message>
        <message>
            <source>&amp;Show:</source>
            <translation>&amp;Zeigen:</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>No progress yet</source>
            <translation>Noch kein Fortschritt</translation>
        </message>
        <message>
            <source>Nothing to show yet</source>
            <translation>Noch nichts zu zeigen</translation>
        </message>
        <message>
            <source>Your charts appear here after your first break. Each week shows how many breaks you took out of those offered (adherence), and, when you rate your pain before and after a session, how your pain changes over the weeks.</source>
            <translation>Ihre Diagramme erscheinen hier nach Ihrer ersten Pause. Jede Woche zeigt, wie viele der angebotenen Pausen Sie gemacht haben (Therapietreue), und, wenn Sie Ihre Schmerzen vor und nach einer Einheit bewerten, wie sich Ihre Schmerzen über die Wochen verändern.</translation>
        </message>
        <message>
            <source>Tip: start a session now from the tray menu, or wait for the next break reminder. Rating your pain is optional and takes one key press.</source>
            <translation>Tipp: Starten Sie jetzt eine Einheit über das Menü im Infobereich, oder warten Sie auf die nächste Pausenerinnerung. Schmerzen zu bewerten ist optional und braucht nur einen Tastendruck.</translation>
        </message>
        <message>
            <source>Loading your progress…</source>
            <translation>Ihr Fortschritt wird geladen…</translation>
        </message>
        <message>
            <source>Loading</source>
            <translation>Wird geladen</translation>
        </message>
        <message>
            <source>Export &amp;CSV…</source>
            <translation>Als &amp;CSV exportieren…</translation>
        </message>
        <message>
            <source>Export raw events as CSV</source>
            <translation>Rohdaten als CSV exportieren</translation>
        </message>
        <message>
            <source>Save charts as P&amp;NG…</source>
            <translation>Diagramme als P&amp;NG speichern…</translation>
        </message>
        <message>
            <source>Save chart images</source>
            <translation>Diagrammbilder speichern</translation>
        </message>
        <message>
            <source>&amp;Report for physio (PDF)…</source>
            <translation>&amp;Bericht für die Physiotherapie (PDF)…</translation>
        </message>
        <message>
            <source>PDF report</source>
            <translation>PDF-Bericht</translation>
        </message>
        <message>
            <source>&amp;Delete all my data…</source>
            <translation>Alle meine &amp;Daten löschen…</translation>
        </message>
        <message>
            <source>Delete all data</source>
            <translation>Alle Daten löschen</translation>
        </message>
        <message numerus="yes">
            <source>%n week(s) ago</source>
            <translation>
                <numerusform>vor %n Woche</numerusform>
                <numerusform>vor %n Wochen</numerusform>
            </translation>
        </message>
        <message>
            <source>Pain about the same as {ago}</source>
            <translation>Schmerzen etwa gleich wie {ago}</translation>
        </message>
        <message>
            <source>Pain {points} points lower than {ago}</source>
            <translation>Schmerzen {points} Punkte niedriger als {ago}</translation>
        </message>
        <message>
            <source>Pain {points} points higher than {ago}</source>
            <translation>Schmerzen {points} Punkte höher als {ago}</translation>
        </message>
        <message>
            <source>As many breaks as {ago}: {recent} (was {earlier})</source>
            <translation>Genauso viele Pausen wie {ago}: {recent} (vorher {earlier})</translation>
        </message>
        <message>
            <source>More breaks than {ago}: {recent} (was {earlier})</source>
            <translation>Mehr Pausen als {ago}: {recent} (vorher {earlier})</translation>
        </message>
        <message>
            <source>Fewer breaks than {ago}: {recent} (was {earlier})</source>
            <translation>Weniger Pausen als {ago}: {recent} (vorher {earlier})</translation>
        </message>
        <message numerus="yes">
            <source>%n set(s)</source>
            <translation>
                <numerusform>%n Satz</numerusform>
                <numerusform>%n Sätze</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PromptCard</name>
        <message>
            <source>Counterbalance</source>
            <extracomment>Side of the first exercise's figure. The app icon in the card's header.</extracomment>
            <translation>Counterbalance</translation>
        </message>
        <message>
            <source>Close and skip this break</source>
            <translation>Schließen und diese Pause auslassen</translation>
        </message>
        <message>
            <source>Close (skips this break)</source>
            <translation>Schließen (lässt diese Pause aus)</translation>
        </message>
        <message>
            <source>Finish what you're typing: the break starts when you pause for a moment.</source>
            <translation>Schreiben Sie zu Ende: Die Pause beginnt, sobald Sie kurz innehalten.</translation>
        </message>
        <message>
            <source>Start now</source>
            <translation>Jetzt starten</translation>
        </message>
        <message>
            <source>Start the break now</source>
            <translation>Pause jetzt starten</translation>
        </message>
        <message>
            <source>At my next pause</source>
            <translation>Bei meiner nächsten Tipppause</translation>
        </message>
        <message>
            <source>Start the break when I stop typing</source>
            <translation>Pause starten, wenn ich aufhöre zu tippen</translation>
        </message>
        <message>
            <source>Keep typing; the break starts by itself when you pause for a few seconds.</source>
            <translation>Tippen Sie weiter; die Pause beginnt von selbst, wenn Sie ein paar Sekunden innehalten.</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Auslassen</translation>
        </message>
        <message>
            <source>Skip this break</source>
            <translation>Diese Pause auslassen</translation>
        </message>
        <message>
            <source>Snooze</source>
            <translation>Verschieben</translation>
        </message>
        <message>
            <source>Time for a short break</source>
            <translation>Zeit für eine kurze Pause</translation>
        </message>
        <message>
            <source>Time for your daily session</source>
            <translation>Zeit für Ihre tägliche Einheit</translation>
        </message>
        <message>
            <source>Time for the break you skipped</source>
            <translation>Zeit für die ausgelassene Pause</translation>
        </message>
        <message>
            <source>First: {name}</source>
            <translation>Zuerst: {name}</translation>
        </message>
        <message>
            <source>then {names}</source>
            <translation>dann {names}</translation>
        </message>
        <message>
            <source>This is the make-up for a break you skipped earlier. It is offered once; skipping it is fine.</source>
            <translation>Dies ist der Nachholtermin für eine Pause, die Sie vorhin ausgelassen haben. Er wird einmal angeboten; Auslassen ist in Ordnung.</translation>
        </message>
        <message numerus="yes">
            <source>%n min</source>
            <translation>
                <numerusform>%n Min.</numerusform>
                <numerusform>%n Min.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>You've snoozed this break %n time(s); start it now or skip it.</source>
            <translation>
                <numerusform>Sie haben diese Pause einmal verschoben; starten Sie sie jetzt oder lassen Sie sie aus.</numerusform>
                <numerusform>Sie haben diese Pause %n-mal verschoben; starten Sie sie jetzt oder lassen Sie sie aus.</numerusform>
            </translation>
        </message>
        <message>
            <source>This break can't be snoozed again; start it now or skip it.</source>
            <translation>Diese Pause lässt sich nicht mehr verschieben; starten Sie sie jetzt oder lassen Sie sie aus.</translation>
        </message>
        <message>
            <source>Enter starts</source>
            <translation>Eingabetaste startet</translation>
        </message>
        <message numerus="yes">
            <source>S snoozes %n min</source>
            <translation>
                <numerusform>S verschiebt um %n Min.</numerusform>
                <numerusform>S verschiebt um %n Min.</numerusform>
            </translation>
        </message>
        <message>
            <source>P waits for your pause</source>
            <translation>P wartet auf Ihre Tipppause</translation>
        </message>
        <message>
            <source>Esc skips</source>
            <translation>Esc lässt aus</translation>
        </message>
        <message>
            <source>Your typing stays in your app. Click this card to use keys: {keys}</source>
            <translation>Ihre Eingaben bleiben in Ihrer Anwendung. Klicken Sie auf diese Karte, um Tasten zu nutzen: {keys}</translation>
        </message>
    </context>
    <context>
        <name>PromptFlow</name>
        <message>
            <source>Break in {n} s</source>
            <extracomment>The prompt on screen, its logged id, kind and plan. A due break whose prompt waits for the break to be prepared. A break that came due while a session window was open: shown when it closes.</extracomment>
            <translation>Pause in {n} s</translation>
        </message>
        <message>
            <source>Counterbalance: a short break is coming. Finish your sentence.</source>
            <translation>Counterbalance: Gleich kommt eine kurze Pause. Beenden Sie Ihren Satz.</translation>
        </message>
        <message>
            <source>Could not save</source>
            <translation>Speichern nicht möglich</translation>
        </message>
        <message numerus="yes">
            <source>%n exercise(s) · about {m} min</source>
            <translation>
                <numerusform>%n Übung · etwa {m} Min.</numerusform>
                <numerusform>%n Übungen · etwa {m} Min.</numerusform>
            </translation>
        </message>
        <message>
            <source>Your data file</source>
            <translation>Ihre Datendatei</translation>
        </message>
        <message>
            <source>Counterbalance — Programme paused</source>
            <translation>Counterbalance — Programm pausiert</translation>
        </message>
        <message>
            <source>You reported signs that need a medical assessment, so the exercise programme is paused.

Has a doctor or physiotherapist assessed you and said it is fine to exercise?</source>
            <translation>Sie haben Anzeichen gemeldet, die ärztlich abgeklärt werden müssen, deshalb ist das Übungsprogramm pausiert.

Hat eine Ärztin, ein Arzt oder eine Physiotherapeutin bzw. ein Physiotherapeut Sie untersucht und gesagt, dass Sie üben dürfen?</translation>
        </message>
    </context>
    <context>
        <name>RatingPage</name>
        <message>
            <source>Confirm (Enter)</source>
            <extracomment>The feel page's notes wrap at this width (px) instead of spanning the window.</extracomment>
            <translation>Bestätigen (Eingabe)</translation>
        </message>
        <message>
            <source>Confirm rating</source>
            <translation>Bewertung bestätigen</translation>
        </message>
        <message>
            <source>Skip (Esc)</source>
            <translation>Auslassen (Esc)</translation>
        </message>
        <message>
            <source>Skip rating</source>
            <translation>Bewertung auslassen</translation>
        </message>
        <message>
            <source>No pain — 0</source>
            <translation>Keine Schmerzen — 0</translation>
        </message>
        <message>
            <source>No pain, rate zero</source>
            <translation>Keine Schmerzen, null bewerten</translation>
        </message>
        <message>
            <source>First up: %1</source>
            <translation>Als Erstes: %1</translation>
        </message>
    </context>
    <context>
        <name>ReadyNote</name>
        <message>
            <source>Counterbalance is running</source>
            <extracomment>Preferred width; the height follows the text.</extracomment>
            <translation>Counterbalance läuft</translation>
        </message>
        <message>
            <source>You're all set</source>
            <translation>Alles bereit</translation>
        </message>
        <message>
            <source>Got it</source>
            <translation>Verstanden</translation>
        </message>
        <message>
            <source>Close this note</source>
            <translation>Diesen Hinweis schließen</translation>
        </message>
        <message>
            <source>Counterbalance now lives in the &lt;b&gt;menu bar&lt;/b&gt; at the top of the screen. Click its icon for a session now, your progress or settings.</source>
            <translation>Counterbalance wohnt jetzt in der &lt;b&gt;Menüleiste&lt;/b&gt; oben auf dem Bildschirm. Klicken Sie auf das Symbol für eine Einheit, Ihren Fortschritt oder die Einstellungen.</translation>
        </message>
        <message>
            <source>Your desktop has no system tray, so Counterbalance keeps a &lt;b&gt;small window&lt;/b&gt; open. Use it for a session now, your progress or settings.</source>
            <translation>Ihr Desktop hat keinen Infobereich, daher hält Counterbalance ein &lt;b&gt;kleines Fenster&lt;/b&gt; offen. Nutzen Sie es für eine Einheit, Ihren Fortschritt oder die Einstellungen.</translation>
        </message>
        <message>
            <source>Counterbalance now lives in the &lt;b&gt;system tray&lt;/b&gt;, among the small icons near the clock. Click its icon for a session now, your progress or settings.</source>
            <translation>Counterbalance wohnt jetzt im &lt;b&gt;Infobereich&lt;/b&gt;, bei den kleinen Symbolen neben der Uhr. Klicken Sie auf das Symbol für eine Einheit, Ihren Fortschritt oder die Einstellungen.</translation>
        </message>
        <message>
            <source>Breaks come while you work at the computer, within your working hours.</source>
            <translation>Pausen kommen, während Sie am Computer arbeiten, innerhalb Ihrer Arbeitszeiten.</translation>
        </message>
        <message numerus="yes">
            <source>Your first short break comes in about &lt;b&gt;%n min&lt;/b&gt; of computer use. Time away from the keyboard doesn't count.</source>
            <translation>
                <numerusform>Ihre erste kurze Pause kommt nach etwa &lt;b&gt;%n Min.&lt;/b&gt; Computernutzung. Zeit fern der Tastatur zählt nicht.</numerusform>
                <numerusform>Ihre erste kurze Pause kommt nach etwa &lt;b&gt;%n Min.&lt;/b&gt; Computernutzung. Zeit fern der Tastatur zählt nicht.</numerusform>
            </translation>
        </message>
        <message>
            <source>Your longer daily session is offered today at {time}.</source>
            <translation>Ihre längere tägliche Einheit wird heute um {time} angeboten.</translation>
        </message>
        <message>
            <source>Your longer daily session starts tomorrow at {time}.</source>
            <translation>Ihre längere tägliche Einheit beginnt morgen um {time}.</translation>
        </message>
    </context>
    <context>
        <name>ReportPdf</name>
        <message numerus="yes">
            <source>%n week(s), latest %1</source>
            <extracomment>One unit is one point, so font sizes and distances share a scale. Height of one row of the exercise list. Height of the disclaimer at the foot of the page.</extracomment>
            <translation>
                <numerusform>%n Woche, zuletzt %1</numerusform>
                <numerusform>%n Wochen, zuletzt %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Counterbalance — progress report</source>
            <translation>Counterbalance — Fortschrittsbericht</translation>
        </message>
        <message numerus="yes">
            <source>Weeks %1 to %2 (%n week(s)), made on %3</source>
            <translation>
                <numerusform>Wochen %1 bis %2 (%n Woche), erstellt am %3</numerusform>
                <numerusform>Wochen %1 bis %2 (%n Wochen), erstellt am %3</numerusform>
            </translation>
        </message>
        <message>
            <source>Breaks taken (adherence), mean of weeks</source>
            <translation>Gemachte Pausen (Therapietreue), Mittel der Wochen</translation>
        </message>
        <message>
            <source>Breaks taken / offered, whole period</source>
            <translation>Gemachte / angebotene Pausen, gesamter Zeitraum</translation>
        </message>
        <message>
            <source>Sessions started by the user</source>
            <translation>Selbst gestartete Einheiten</translation>
        </message>
        <message>
            <source>Exercise time, whole period</source>
            <translation>Übungszeit, gesamter Zeitraum</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 Min.</translation>
        </message>
        <message>
            <source>Pain before sessions, first → last rated week</source>
            <translation>Schmerzen vor Einheiten, erste → letzte bewertete Woche</translation>
        </message>
        <message>
            <source>Mean change within sessions (after − before)</source>
            <translation>Mittlere Änderung innerhalb der Einheiten (nachher − vorher)</translation>
        </message>
        <message>
            <source>Weeks with a meaningful change (≥ 2 points or ≥ 30 %)</source>
            <translation>Wochen mit deutlicher Änderung (≥ 2 Punkte oder ≥ 30 %)</translation>
        </message>
        <message>
            <source>Current streak / longest (days)</source>
            <translation>Aktuelle / längste Serie (Tage)</translation>
        </message>
        <message>
            <source>Breaks taken per week</source>
            <extracomment>Week labels under a chart, at most.</extracomment>
            <translation>Gemachte Pausen pro Woche</translation>
        </message>
        <message>
            <source>breaks taken (%)</source>
            <translation>gemachte Pausen (%)</translation>
        </message>
        <message>
            <source>Pain per week (0–10, mean of daily means)</source>
            <translation>Schmerzen pro Woche (0–10, Mittel der Tagesmittel)</translation>
        </message>
        <message>
            <source>before sessions</source>
            <translation>vor den Einheiten</translation>
        </message>
        <message>
            <source>after sessions</source>
            <translation>nach den Einheiten</translation>
        </message>
        <message>
            <source>Exercises done (sets)</source>
            <translation>Gemachte Übungen (Sätze)</translation>
        </message>
        <message>
            <source>Safety notes</source>
            <translation>Sicherheitshinweise</translation>
        </message>
        <message>
            <source>No exercises logged in this period.</source>
            <translation>In diesem Zeitraum wurden keine Übungen erfasst.</translation>
        </message>
        <message>
            <source>Left / right sets: %1 / %2</source>
            <translation>Sätze links / rechts: %1 / %2</translation>
        </message>
        <message>
            <source>None reported in this period.</source>
            <translation>In diesem Zeitraum nichts gemeldet.</translation>
        </message>
        <message>
            <source>Self-reported data logged by the Counterbalance app. Adherence = breaks taken ÷ breaks offered. Pain: 0–10 numeric rating scale. This app gives general exercise and break reminders; it is not medical advice and does not diagnose or treat any condition.</source>
            <translation>Selbst erfasste Daten aus der App Counterbalance. Therapietreue = gemachte Pausen ÷ angebotene Pausen. Schmerzen: numerische Bewertungsskala 0–10. Diese App gibt allgemeine Übungs- und Pausenerinnerungen; sie ist keine medizinische Beratung und diagnostiziert oder behandelt keine Erkrankung.</translation>
        </message>
    </context>
    <context>
        <name>Safety</name>
        <message>
            <source>Counterbalance reminds you to take breaks and guides general stretching and strengthening exercises. It is not medical advice, and it does not diagnose or treat any condition. If your symptoms are severe, getting worse or feel unusual, stop and talk to a qualified health professional.</source>
            <translation>Counterbalance erinnert Sie an Pausen und leitet allgemeine Dehn- und Kräftigungsübungen an. Es ist keine medizinische Beratung und diagnostiziert oder behandelt keine Erkrankung. Wenn Ihre Beschwerden stark sind, schlimmer werden oder sich ungewöhnlich anfühlen, hören Sie auf und sprechen Sie mit einer medizinischen Fachperson.</translation>
        </message>
        <message>
            <source>Back and legs</source>
            <extracomment>Severity order: lower index = more serious. The advice each group leads to (issue 12: emergency now / see a doctor soon / carry on). Calm, plain headings for the checklist (the advice says how serious an answer is).</extracomment>
            <translation>Rücken und Beine</translation>
        </message>
        <message>
            <source>Head and neck</source>
            <translation>Kopf und Nacken</translation>
        </message>
        <message>
            <source>Upper back and chest</source>
            <translation>Oberer Rücken und Brust</translation>
        </message>
        <message>
            <source>Numbness, tingling or weakness</source>
            <translation>Taubheit, Kribbeln oder Schwäche</translation>
        </message>
        <message>
            <source>Your health in general</source>
            <translation>Ihre Gesundheit allgemein</translation>
        </message>
        <message>
            <source>How the pain affects you</source>
            <translation>Wie die Schmerzen Sie beeinträchtigen</translation>
        </message>
        <message>
            <source>Seek emergency care now. These signs need a doctor to check them within hours. Counterbalance has stopped your programme until you confirm that you have been assessed.</source>
            <translation>Suchen Sie sofort eine Notfallversorgung auf. Diese Anzeichen müssen innerhalb von Stunden ärztlich abgeklärt werden. Counterbalance hat Ihr Programm gestoppt, bis Sie bestätigen, dass Sie untersucht wurden.</translation>
        </message>
        <message>
            <source>Seek emergency care now. Stop the exercises and call your local emergency number if these signs came on suddenly or are getting worse. Counterbalance has stopped your programme until you confirm that you have been assessed.</source>
            <translation>Suchen Sie sofort eine Notfallversorgung auf. Beenden Sie die Übungen und rufen Sie Ihre örtliche Notrufnummer an, wenn diese Anzeichen plötzlich aufgetreten sind oder schlimmer werden. Counterbalance hat Ihr Programm gestoppt, bis Sie bestätigen, dass Sie untersucht wurden.</translation>
        </message>
        <message>
            <source>Seek emergency care now. Back pain that comes with chest pain or breathlessness needs to be checked straight away. Counterbalance has stopped your programme until you confirm that you have been assessed.</source>
            <translation>Suchen Sie sofort eine Notfallversorgung auf. Rückenschmerzen zusammen mit Brustschmerzen oder Atemnot müssen sofort abgeklärt werden. Counterbalance hat Ihr Programm gestoppt, bis Sie bestätigen, dass Sie untersucht wurden.</translation>
        </message>
        <message>
            <source>Stop the exercises for the affected area and see a health professional before you do them again.</source>
            <translation>Beenden Sie die Übungen für den betroffenen Bereich und gehen Sie zu einer medizinischen Fachperson, bevor Sie sie wieder machen.</translation>
        </message>
        <message>
            <source>Please have a doctor review these symptoms before you continue. Counterbalance has paused your programme until you confirm that you have been assessed.</source>
            <translation>Bitte lassen Sie diese Beschwerden ärztlich abklären, bevor Sie weitermachen. Counterbalance hat Ihr Programm pausiert, bis Sie bestätigen, dass Sie untersucht wurden.</translation>
        </message>
        <message>
            <source>We recommend seeing a physiotherapist or doctor. You can keep going gently, or pause the programme until then.</source>
            <translation>Wir empfehlen, eine Physiotherapeutin, einen Physiotherapeuten oder eine Ärztin bzw. einen Arzt aufzusuchen. Sie können behutsam weitermachen oder das Programm bis dahin pausieren.</translation>
        </message>
        <message>
            <source>Emergency signs (back and legs): told to seek emergency care</source>
            <extracomment>How the report words a stored safety event (``SafetyNote.code``), by group.</extracomment>
            <translation>Notfallzeichen (Rücken und Beine): Rat, sofort eine Notfallversorgung aufzusuchen</translation>
        </message>
        <message>
            <source>Emergency signs (head and neck): told to seek emergency care</source>
            <translation>Notfallzeichen (Kopf und Nacken): Rat, sofort eine Notfallversorgung aufzusuchen</translation>
        </message>
        <message>
            <source>Emergency signs (upper back and chest): told to seek emergency care</source>
            <translation>Notfallzeichen (oberer Rücken und Brust): Rat, sofort eine Notfallversorgung aufzusuchen</translation>
        </message>
        <message>
            <source>Numbness, tingling or weakness: exercises for the area stopped</source>
            <translation>Taubheit, Kribbeln oder Schwäche: Übungen für den Bereich gestoppt</translation>
        </message>
        <message>
            <source>Signs for a doctor to review: programme paused</source>
            <translation>Anzeichen zur ärztlichen Abklärung: Programm pausiert</translation>
        </message>
        <message>
            <source>Advised to see a physiotherapist or doctor</source>
            <translation>Rat, eine Physiotherapeutin, einen Physiotherapeuten oder eine Ärztin bzw. einen Arzt aufzusuchen</translation>
        </message>
        <message>
            <source>Safety check: no warning signs</source>
            <translation>Sicherheitscheck: keine Warnzeichen</translation>
        </message>
        <message>
            <source>Assessment confirmed: programme resumed</source>
            <translation>Untersuchung bestätigt: Programm fortgesetzt</translation>
        </message>
        <message>
            <source>symptom checklist</source>
            <extracomment>What raised a stored safety event (``SafetyNote.action``: a ``Trigger`` value).</extracomment>
            <translation>Symptom-Checkliste</translation>
        </message>
        <message>
            <source>pain rated 7 or more</source>
            <translation>Schmerz mit 7 oder mehr bewertet</translation>
        </message>
        <message>
            <source>weekly pain rising</source>
            <translation>wöchentliche Schmerzen steigend</translation>
        </message>
        <message>
            <source>None of the warning signs apply. Keep exercising within comfort: mild tension is fine, sharp pain is not. If anything changes, check again.</source>
            <translation>Keines der Warnzeichen trifft zu. Üben Sie weiter im angenehmen Bereich: Leichte Spannung ist in Ordnung, stechender Schmerz nicht. Wenn sich etwas ändert, prüfen Sie erneut.</translation>
        </message>
        <message>
            <source>New trouble controlling or emptying your bladder or bowel</source>
            <extracomment>The red flags, grouped, most serious first (brief §4 [7][9][26], S0; issue 12).</extracomment>
            <translation>Neue Probleme, Blase oder Darm zu kontrollieren oder zu entleeren</translation>
        </message>
        <message>
            <source>Numbness in the groin, buttocks or inner thighs</source>
            <translation>Taubheit in der Leiste, am Gesäß oder an den Innenseiten der Oberschenkel</translation>
        </message>
        <message>
            <source>New loss of sexual function or feeling</source>
            <translation>Neuer Verlust der sexuellen Funktion oder Empfindung</translation>
        </message>
        <message>
            <source>Pain, numbness or pins and needles in both legs</source>
            <translation>Schmerzen, Taubheit oder Kribbeln in beiden Beinen</translation>
        </message>
        <message>
            <source>Weakness in one or both legs that is new or getting worse</source>
            <translation>Schwäche in einem oder beiden Beinen, die neu ist oder zunimmt</translation>
        </message>
        <message>
            <source>Dizziness or light-headedness, for example when you turn or tilt your head</source>
            <translation>Schwindel oder Benommenheit, zum Beispiel wenn Sie den Kopf drehen oder neigen</translation>
        </message>
        <message>
            <source>Double vision or a sudden change in your sight</source>
            <translation>Doppeltsehen oder eine plötzliche Veränderung Ihres Sehens</translation>
        </message>
        <message>
            <source>Trouble speaking, or slurred speech</source>
            <translation>Schwierigkeiten beim Sprechen oder verwaschene Sprache</translation>
        </message>
        <message>
            <source>Trouble swallowing</source>
            <translation>Schwierigkeiten beim Schlucken</translation>
        </message>
        <message>
            <source>Sudden falls without losing consciousness (drop attacks)</source>
            <translation>Plötzliche Stürze ohne Bewusstseinsverlust (Sturzanfälle)</translation>
        </message>
        <message>
            <source>Feeling sick or vomiting together with neck pain</source>
            <translation>Übelkeit oder Erbrechen zusammen mit Nackenschmerzen</translation>
        </message>
        <message>
            <source>Eyes that flicker or jump on their own</source>
            <translation>Augen, die von selbst flackern oder springen</translation>
        </message>
        <message>
            <source>Numbness or tingling in the face or lips</source>
            <translation>Taubheit oder Kribbeln im Gesicht oder an den Lippen</translation>
        </message>
        <message>
            <source>A sudden, severe headache unlike any you have had</source>
            <translation>Plötzliche, starke Kopfschmerzen, wie Sie sie noch nie hatten</translation>
        </message>
        <message>
            <source>Sudden, tearing neck pain</source>
            <translation>Plötzliche, reißende Nackenschmerzen</translation>
        </message>
        <message>
            <source>Clumsy hands or an unsteady walk</source>
            <translation>Ungeschickte Hände oder ein unsicherer Gang</translation>
        </message>
        <message>
            <source>Upper-back pain together with chest pain, pressure or tightness</source>
            <translation>Schmerzen im oberen Rücken zusammen mit Brustschmerzen, Druck oder Engegefühl in der Brust</translation>
        </message>
        <message>
            <source>Upper-back pain together with shortness of breath</source>
            <translation>Schmerzen im oberen Rücken zusammen mit Atemnot</translation>
        </message>
        <message>
            <source>Numbness, tingling or weakness in an arm or hand</source>
            <translation>Taubheit, Kribbeln oder Schwäche in einem Arm oder einer Hand</translation>
        </message>
        <message>
            <source>Numbness, tingling or weakness in one leg or foot</source>
            <translation>Taubheit, Kribbeln oder Schwäche in einem Bein oder Fuß</translation>
        </message>
        <message>
            <source>Fever or chills together with the pain</source>
            <translation>Fieber oder Schüttelfrost zusammen mit den Schmerzen</translation>
        </message>
        <message>
            <source>Weight loss you cannot explain</source>
            <translation>Gewichtsverlust, den Sie sich nicht erklären können</translation>
        </message>
        <message>
            <source>A history of cancer</source>
            <translation>Eine Krebserkrankung in der Vorgeschichte</translation>
        </message>
        <message>
            <source>Pain at night that does not ease when you rest or change position</source>
            <translation>Nächtliche Schmerzen, die in Ruhe oder bei Lagewechsel nicht nachlassen</translation>
        </message>
        <message>
            <source>The pain began after a recent fall, accident or other injury</source>
            <translation>Die Schmerzen begannen nach einem kürzlichen Sturz, Unfall oder einer anderen Verletzung</translation>
        </message>
        <message>
            <source>Long-term steroid tablets or a weakened immune system</source>
            <translation>Langfristige Einnahme von Kortison-Tabletten oder ein geschwächtes Immunsystem</translation>
        </message>
        <message>
            <source>Injecting drugs, now or in the past</source>
            <translation>Spritzen von Drogen, jetzt oder früher</translation>
        </message>
        <message>
            <source>This is new pain and you are under 20 or over 50</source>
            <translation>Die Schmerzen sind neu und Sie sind unter 20 oder über 50</translation>
        </message>
        <message>
            <source>The pain has lasted more than 3 months</source>
            <translation>Die Schmerzen bestehen seit mehr als 3 Monaten</translation>
        </message>
        <message>
            <source>The pain disturbs your sleep or daily activities</source>
            <translation>Die Schmerzen stören Ihren Schlaf oder Ihren Alltag</translation>
        </message>
        <message>
            <source>The pain does not improve with rest or basic exercise</source>
            <translation>Die Schmerzen bessern sich nicht durch Ruhe oder einfache Übungen</translation>
        </message>
        <message>
            <source>You rated your pain {value} out of 10. Pain this strong is worth getting checked: we recommend seeing a physiotherapist or doctor. You can pause the programme until then.</source>
            <extracomment>Rise of the weekly mean pain, in points, that counts when it lasts two weeks.</extracomment>
            <translation>Sie haben Ihre Schmerzen mit {value} von 10 bewertet. So starke Schmerzen sollten abgeklärt werden: Wir empfehlen, eine Physiotherapeutin, einen Physiotherapeuten oder eine Ärztin bzw. einen Arzt aufzusuchen. Sie können das Programm bis dahin pausieren.</translation>
        </message>
        <message>
            <source>Your weekly average pain has been at least 2 points higher than before for two weeks running ({before:.1f} → {week1:.1f} → {week2:.1f}). We recommend seeing a physiotherapist or doctor. You can pause the programme until then.</source>
            <translation>Ihre durchschnittlichen Schmerzen pro Woche lagen zwei Wochen hintereinander mindestens 2 Punkte höher als zuvor ({before:.1f} → {week1:.1f} → {week2:.1f}). Wir empfehlen, eine Physiotherapeutin, einen Physiotherapeuten oder eine Ärztin bzw. einen Arzt aufzusuchen. Sie können das Programm bis dahin pausieren.</translation>
        </message>
        <message>
            <source>Before your first exercise, a few questions to check that exercise is right for you today. Most people tick none of them.</source>
            <extracomment>A pain-triggered check is not repeated within this time of the last check. Pain during an exercise above this asks the short check (brief §3 pain-monitoring model). The user opened "Check symptoms…" themselves. The short list: one or two signs of each serious kind, in words anyone can answer; the lasting facts (history of cancer, steroids, drug use) stay in the full list. Which list each reason asks.</extracomment>
            <translation>Vor Ihrer ersten Übung ein paar Fragen, um zu prüfen, ob Bewegung heute das Richtige für Sie ist. Die meisten Menschen kreuzen nichts davon an.</translation>
        </message>
        <message>
            <source>You rated your pain quite high, so here is a quick check. Most people tick none of these; if one applies, you will see what to do.</source>
            <translation>Sie haben Ihre Schmerzen recht hoch bewertet, deshalb hier ein kurzer Check. Die meisten Menschen kreuzen nichts davon an; wenn etwas zutrifft, sehen Sie, was zu tun ist.</translation>
        </message>
        <message>
            <source>That exercise hurt more than it should, so here is a quick check. Most people tick none of these.</source>
            <translation>Diese Übung hat mehr wehgetan, als sie sollte, deshalb hier ein kurzer Check. Die meisten Menschen kreuzen nichts davon an.</translation>
        </message>
        <message>
            <source>You mentioned numbness, tingling or weakness. Please tick anything that applies now, so Counterbalance can tell you what to do next.</source>
            <translation>Sie haben Taubheit, Kribbeln oder Schwäche erwähnt. Bitte kreuzen Sie alles an, was jetzt zutrifft, damit Counterbalance Ihnen sagen kann, was als Nächstes zu tun ist.</translation>
        </message>
        <message>
            <source>A quick check-in, as every few weeks. Tick anything that is new since you last checked; most people tick nothing.</source>
            <translation>Eine kurze Nachfrage, wie alle paar Wochen. Kreuzen Sie alles an, was seit dem letzten Check neu ist; die meisten Menschen kreuzen nichts an.</translation>
        </message>
        <message>
            <source>Tick every sign that applies to you now. Counterbalance gives general advice, not a diagnosis: a sign is a reason to get checked.</source>
            <translation>Kreuzen Sie jedes Anzeichen an, das jetzt auf Sie zutrifft. Counterbalance gibt allgemeine Ratschläge, keine Diagnose: Ein Anzeichen ist ein Grund, sich untersuchen zu lassen.</translation>
        </message>
        <message>
            <source>Seek emergency care now.</source>
            <translation>Suchen Sie sofort eine Notfallversorgung auf.</translation>
        </message>
    </context>
    <context>
        <name>SafetyPage</name>
        <message>
            <source>Advice</source>
            <translation>Rat</translation>
        </message>
    </context>
    <context>
        <name>SessionCues</name>
        <message>
            <source>Done! How did this break feel?</source>
            <translation>Geschafft! Wie fühlte sich diese Pause an?</translation>
        </message>
        <message>
            <source>Switch sides: %1</source>
            <extracomment>Ticks sound in the last seconds of a hold. The countdown second of the last view, so that a second ticks once.</extracomment>
            <translation>Seite wechseln: %1</translation>
        </message>
        <message>
            <source>Hold</source>
            <translation>Halten</translation>
        </message>
        <message>
            <source>How did that feel?</source>
            <translation>Wie hat sich das angefühlt?</translation>
        </message>
    </context>
    <context>
        <name>SessionTexts</name>
        <message>
            <source>Skipped set %1 of %2</source>
            <translation>Satz %1 von %2 ausgelassen</translation>
        </message>
        <message>
            <source>Session finished</source>
            <translation>Einheit beendet</translation>
        </message>
        <message>
            <source>Exercise %1 of %2</source>
            <translation>Übung %1 von %2</translation>
        </message>
        <message>
            <source>left side</source>
            <translation>linke Seite</translation>
        </message>
        <message>
            <source>right side</source>
            <translation>rechte Seite</translation>
        </message>
        <message>
            <source>both sides</source>
            <translation>beide Seiten</translation>
        </message>
        <message>
            <source>%1 s of exercise</source>
            <translation>%1 s Übung</translation>
        </message>
        <message>
            <source>%1 min of exercise</source>
            <translation>%1 Min. Übung</translation>
        </message>
        <message>
            <source>%1 min %2 s of exercise</source>
            <translation>%1 Min. %2 s Übung</translation>
        </message>
    </context>
    <context>
        <name>SessionWindow</name>
        <message>
            <source>Counterbalance — Session</source>
            <extracomment>The window's preferred size (smaller screens get less).</extracomment>
            <translation>Counterbalance — Einheit</translation>
        </message>
        <message>
            <source>Guided session</source>
            <translation>Angeleitete Einheit</translation>
        </message>
        <message>
            <source>Check symptoms…</source>
            <translation>Symptome prüfen…</translation>
        </message>
        <message>
            <source>Check symptoms</source>
            <translation>Symptome prüfen</translation>
        </message>
        <message>
            <source>Large view (F)</source>
            <translation>Große Ansicht (F)</translation>
        </message>
        <message>
            <source>Large view for floor exercises</source>
            <translation>Große Ansicht für Übungen am Boden</translation>
        </message>
        <message>
            <source>Normal view (F)</source>
            <translation>Normale Ansicht (F)</translation>
        </message>
        <message numerus="yes">
            <source>%n exercise(s) planned</source>
            <translation>
                <numerusform>%n Übung geplant</numerusform>
                <numerusform>%n Übungen geplant</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>Minutes of active time between microbreaks.</source>
            <extracomment>Longest computer name and sync folder path accepted. Profiles in the order they are offered. Conditions a user may declare: the keys of ``exercise_needs.CONTRAINDICATIONS`` (texts there).</extracomment>
            <translation>Minuten aktiver Zeit zwischen zwei Kurzpausen.</translation>
        </message>
        <message>
            <source>No keyboard or mouse use this long is a break by itself.</source>
            <translation>So lange ohne Tastatur oder Maus ist schon eine Pause.</translation>
        </message>
        <message>
            <source>A notification this many seconds before; 0 = none.</source>
            <translation>Eine Benachrichtigung so viele Sekunden vorher; 0 = keine.</translation>
        </message>
        <message>
            <source>Makes breaks less predictable; 0 keeps them exact.</source>
            <translation>Macht Pausen weniger vorhersehbar; 0 hält sie exakt.</translation>
        </message>
        <message>
            <source>Snooze choices the break prompt offers, in minutes.</source>
            <translation>Aufschub-Möglichkeiten im Pausenhinweis, in Minuten.</translation>
        </message>
        <message>
            <source>After this many, only Start or Skip remain; 0 = no snooze.</source>
            <translation>Danach bleiben nur Starten oder Auslassen; 0 = kein Verschieben.</translation>
        </message>
        <message>
            <source>Only offer breaks during the working hours.</source>
            <translation>Pausen nur während der Arbeitszeit anbieten.</translation>
        </message>
        <message>
            <source>Working hours per weekday: [start, end] pairs that do not overlap.</source>
            <translation>Arbeitszeit je Wochentag: Paare [Beginn, Ende], die sich nicht überschneiden.</translation>
        </message>
        <message>
            <source>Hold breaks while a full-screen window is active.</source>
            <translation>Pausen zurückhalten, solange ein Vollbildfenster aktiv ist.</translation>
        </message>
        <message>
            <source>Hold breaks while Do Not Disturb is on.</source>
            <translation>Pausen zurückhalten, solange „Nicht stören“ an ist.</translation>
        </message>
        <message>
            <source>Local time of the daily session reminder, every day.</source>
            <translation>Ortszeit der täglichen Erinnerung an die Einheit, jeden Tag.</translation>
        </message>
        <message>
            <source>Remind of a longer daily session.</source>
            <translation>An eine längere tägliche Einheit erinnern.</translation>
        </message>
        <message>
            <source>Focus of the exercises; a starting point, not a diagnosis.</source>
            <translation>Schwerpunkt der Übungen; ein Ausgangspunkt, keine Diagnose.</translation>
        </message>
        <message>
            <source>Equipment at the desk; band exercises only with a band.</source>
            <translation>Ausrüstung am Schreibtisch; Bandübungen nur mit Band.</translation>
        </message>
        <message>
            <source>Gets an extra set of one-sided strengthening.</source>
            <translation>Bekommt einen Satz mehr bei einseitiger Kräftigung.</translation>
        </message>
        <message>
            <source>Gets an extra hold of one-sided stretches.</source>
            <extracomment>Asked separately from the weaker side, never assumed from it (issue 12).</extracomment>
            <translation>Bekommt ein Halten mehr bei einseitigen Dehnungen.</translation>
        </message>
        <message>
            <source>Declared conditions; exercises not advised for them are left out.</source>
            <translation>Angegebene Beschwerden; dafür nicht empfohlene Übungen werden ausgelassen.</translation>
        </message>
        <message>
            <source>Play ticks and chimes during sessions.</source>
            <translation>Während der Einheiten Ticken und Gong abspielen.</translation>
        </message>
        <message>
            <source>Speak exercise cues aloud.</source>
            <translation>Übungshinweise laut ansagen.</translation>
        </message>
        <message>
            <source>Share of microbreaks that ask pain before and after (1 = every one).</source>
            <extracomment>Brief §4 rates pain "on a sample of breaks to limit burden": about one in three (some three a day at ten breaks), plus every daily session and the day's average.</extracomment>
            <translation>Anteil der Kurzpausen, die vorher und nachher nach Schmerz fragen (1 = jede).</translation>
        </message>
        <message>
            <source>Ask how each exercise felt in microbreaks, instead of once per break.</source>
            <translation>In Kurzpausen nach jeder Übung fragen, wie sie sich anfühlte, statt einmal pro Pause.</translation>
        </message>
        <message>
            <source>Language of the app; empty follows the system. Applies at the next start.</source>
            <translation>Sprache der App; leer folgt dem System. Gilt ab dem nächsten Start.</translation>
        </message>
        <message>
            <source>Share one history with your other computers through a folder you sync.</source>
            <translation>Einen gemeinsamen Verlauf mit Ihren anderen Computern über einen Ordner teilen, den Sie synchronisieren.</translation>
        </message>
        <message>
            <source>The synced folder (Syncthing, Dropbox, Nextcloud, a network share); Counterbalance writes only inside its own Counterbalance folder there.</source>
            <translation>Der synchronisierte Ordner (Syncthing, Dropbox, Nextcloud, eine Netzwerkfreigabe); Counterbalance schreibt dort nur in seinen eigenen Ordner Counterbalance.</translation>
        </message>
        <message>
            <source>This computer's name in the progress window; empty uses the host name.</source>
            <translation>Name dieses Computers im Fortschrittsfenster; leer bedeutet der Rechnername.</translation>
        </message>
        <message>
            <source>Start Counterbalance at login.</source>
            <translation>Counterbalance bei der Anmeldung starten.</translation>
        </message>
        <message>
            <source>The user was asked about starting at login.</source>
            <translation>Die Frage nach dem Start bei der Anmeldung wurde gestellt.</translation>
        </message>
        <message>
            <source>The first-run setup was completed.</source>
            <translation>Die Ersteinrichtung wurde abgeschlossen.</translation>
        </message>
        <message>
            <source>The user accepted the health disclaimer.</source>
            <translation>Der Gesundheitshinweis wurde akzeptiert.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Enter at least one snooze time, e.g. 5, 10, 15.</source>
            <translation>Geben Sie mindestens eine Verschiebezeit ein, z. B. 5, 10, 15.</translation>
        </message>
        <message>
            <source>“{part}” is not a whole number of minutes.</source>
            <translation>„{part}“ ist keine ganze Zahl von Minuten.</translation>
        </message>
        <message>
            <source>Each snooze time must be {lo}–{hi} min.</source>
            <translation>Jede Verschiebezeit muss {lo}–{hi} Min. betragen.</translation>
        </message>
        <message>
            <source>Give at most {n} snooze times.</source>
            <translation>Geben Sie höchstens {n} Verschiebezeiten an.</translation>
        </message>
        <message>
            <source>{day}: {start}–{end} ends before it starts.</source>
            <extracomment>Width of the weekday names column in the working-hours tab.</extracomment>
            <translation>{day}: {start}–{end} endet, bevor es beginnt.</translation>
        </message>
        <message>
            <source>{day}: {a} and {b} overlap.</source>
            <translation>{day}: {a} und {b} überschneiden sich.</translation>
        </message>
        <message>
            <source>start</source>
            <translation>Beginn</translation>
        </message>
        <message>
            <source>end</source>
            <translation>Ende</translation>
        </message>
        <message>
            <source>{day} working hours {what}</source>
            <translation>{day} Arbeitszeit {what}</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Remove this {day} range</source>
            <translation>Diesen Zeitraum am {day} entfernen</translation>
        </message>
        <message>
            <source>Not working</source>
            <translation>Kein Arbeitstag</translation>
        </message>
        <message>
            <source>Add hours</source>
            <translation>Zeiten hinzufügen</translation>
        </message>
        <message>
            <source>Add working hours on {day}</source>
            <translation>Arbeitszeit am {day} hinzufügen</translation>
        </message>
        <message>
            <source>Counterbalance — Settings</source>
            <extracomment>The dialog's size: every tab fits on a 1280×800 screen without scrolling but hours. The tabs, in order: a new settings page joins here. The index of each built-in tab.</extracomment>
            <translation>Counterbalance — Einstellungen</translation>
        </message>
        <message>
            <source>Counterbalance settings</source>
            <translation>Counterbalance-Einstellungen</translation>
        </message>
        <message>
            <source>Settings sections</source>
            <extracomment>True while fields are being filled in: edits then trigger no validation.</extracomment>
            <translation>Bereiche der Einstellungen</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Save settings and close</source>
            <translation>Einstellungen speichern und schließen</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Übernehmen</translation>
        </message>
        <message>
            <source>Save settings</source>
            <translation>Einstellungen speichern</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Close without saving</source>
            <translation>Ohne Speichern schließen</translation>
        </message>
        <message>
            <source>Has a problem to fix</source>
            <translation>Hat ein Problem, das behoben werden muss</translation>
        </message>
        <message numerus="yes">
            <source>Fix %n problem(s) to save: {problem}</source>
            <translation>
                <numerusform>Beheben Sie dies, um zu speichern: {problem}</numerusform>
                <numerusform>Beheben Sie diese %n Probleme, um zu speichern: {problem} …</numerusform>
            </translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Synchronisieren</translation>
        </message>
    </context>
    <context>
        <name>SettingsFile</name>
        <message>
            <source>Could not save your settings to {path}: {reason}</source>
            <extracomment>Suffix of the kept copy of a broken settings file (``settings.json.bak``). Largest settings file read (a real one is about 1 KiB). Translation context of this module's messages.</extracomment>
            <translation>Ihre Einstellungen konnten nicht in {path} gespeichert werden: {reason}</translation>
        </message>
        <message>
            <source>Could not read your settings file {path}: {reason}. Counterbalance uses the default settings for now. If you change settings, the file is first renamed to {backup}.</source>
            <extracomment>Longest problem line shown (a bad value is quoted, and it may be huge or deeply nested). Bytes of a file :meth:`load` left in place (newer format, or no copy could be made): copied to ``.bak`` before the first save replaces them. The file could not be read as settings at all (a refused link, not a regular file, too large): renamed to ``.bak`` before the first save.</extracomment>
            <translation>Ihre Einstellungsdatei {path} konnte nicht gelesen werden: {reason}. Counterbalance nutzt vorerst die Standardeinstellungen. Wenn Sie Einstellungen ändern, wird die Datei zuerst in {backup} umbenannt.</translation>
        </message>
        <message>
            <source>Could not read your settings file {path} ({reason}). Counterbalance uses the default settings for now and leaves the file as it is.</source>
            <translation>Ihre Einstellungsdatei {path} konnte nicht gelesen werden ({reason}). Counterbalance nutzt vorerst die Standardeinstellungen und lässt die Datei unverändert.</translation>
        </message>
        <message>
            <source>Your settings file {path} was written by a newer version of Counterbalance (format {found}; this version reads format {known}). The settings this version understands were loaded; the file was left unchanged (if you change settings here, it is first copied to {backup}).</source>
            <translation>Ihre Einstellungsdatei {path} wurde von einer neueren Version von Counterbalance geschrieben (Format {found}; diese Version liest Format {known}). Die Einstellungen, die diese Version versteht, wurden geladen; die Datei blieb unverändert (wenn Sie hier Einstellungen ändern, wird sie zuerst nach {backup} kopiert).</translation>
        </message>
        <message>
            <source>Your settings file {path} is damaged (it is not valid settings data), so the default settings are used.</source>
            <translation>Ihre Einstellungsdatei {path} ist beschädigt (sie enthält keine gültigen Einstellungsdaten), daher werden die Standardeinstellungen verwendet.</translation>
        </message>
        <message>
            <source>Some settings in {path} could not be used and were reset to their defaults:
{details}</source>
            <translation>Einige Einstellungen in {path} konnten nicht verwendet werden und wurden auf ihre Standardwerte zurückgesetzt:
{details}</translation>
        </message>
        <message>
            <source>The file was left as it is, because a copy could not be made ({reason}).</source>
            <translation>Die Datei blieb unverändert, weil keine Kopie angelegt werden konnte ({reason}).</translation>
        </message>
        <message>
            <source>Your original file was kept as {backup}.</source>
            <translation>Ihre ursprüngliche Datei wurde als {backup} aufbewahrt.</translation>
        </message>
    </context>
    <context>
        <name>SettingsForm</name>
        <message>
            <source>Type a value, or use the ↑ and ↓ keys</source>
            <extracomment>Each option the dialog edits, by key: filled in as the fields are built.</extracomment>
            <translation>Geben Sie einen Wert ein oder nutzen Sie die Tasten ↑ und ↓</translation>
        </message>
    </context>
    <context>
        <name>SetupPage</name>
        <message>
            <source>Do you have a resistance band at your desk?</source>
            <translation>Haben Sie ein Widerstandsband am Schreibtisch?</translation>
        </message>
        <message>
            <source>No band</source>
            <translation>Kein Band</translation>
        </message>
        <message>
            <source>Yes, I have a band</source>
            <translation>Ja, ich habe ein Band</translation>
        </message>
        <message>
            <source>Does one side feel weaker (for example, harder to balance or lift on)?</source>
            <translation>Fühlt sich eine Seite schwächer an (zum Beispiel schwerer zu balancieren oder zu heben)?</translation>
        </message>
        <message>
            <source>No / not sure</source>
            <translation>Nein / weiß nicht</translation>
        </message>
        <message>
            <source>Left is weaker</source>
            <translation>Links ist schwächer</translation>
        </message>
        <message>
            <source>Right is weaker</source>
            <translation>Rechts ist schwächer</translation>
        </message>
        <message>
            <source>Does one side feel tighter (for example, in stretches)?</source>
            <translation>Fühlt sich eine Seite fester an (zum Beispiel bei Dehnungen)?</translation>
        </message>
        <message>
            <source>Left is tighter</source>
            <translation>Links ist fester</translation>
        </message>
        <message>
            <source>Right is tighter</source>
            <translation>Rechts ist fester</translation>
        </message>
        <message>
            <source>One-sided strengthening gets an extra set on the weaker side, and one-sided stretches an extra hold on the tighter side. Re-check every couple of weeks.</source>
            <translation>Einseitige Kräftigung bekommt einen Satz mehr auf der schwächeren Seite, einseitige Dehnungen ein Halten mehr auf der festeren Seite. Prüfen Sie das alle paar Wochen neu.</translation>
        </message>
    </context>
    <context>
        <name>SignsPage</name>
        <message>
            <source>Tick what sounds familiar. This only picks a starting focus for your exercises; it is not a diagnosis, and you can change it any time.</source>
            <translation>Kreuzen Sie an, was Ihnen bekannt vorkommt. Das wählt nur einen Schwerpunkt für den Anfang; es ist keine Diagnose, und Sie können ihn jederzeit ändern.</translation>
        </message>
    </context>
    <context>
        <name>StorageGuard</name>
        <message>
            <source>Read-only data folder</source>
            <extracomment>How often an unusable data file is checked again. How long a re-check waits for a lock (it runs on the GUI thread).</extracomment>
            <translation>Schreibgeschützter Datenordner</translation>
        </message>
        <message>
            <source>Your Counterbalance data folder is read-only, so nothing new can be saved there. Your history can still be viewed. What you log now is kept while Counterbalance runs and saved when the folder can be written again.</source>
            <translation>Ihr Counterbalance-Datenordner ist schreibgeschützt, daher kann dort nichts Neues gespeichert werden. Ihr Verlauf ist weiterhin sichtbar. Was Sie jetzt erfassen, bleibt erhalten, solange Counterbalance läuft, und wird gespeichert, sobald der Ordner wieder beschreibbar ist.</translation>
        </message>
        <message>
            <source>Your data file</source>
            <translation>Ihre Datendatei</translation>
        </message>
        <message>
            <source>Your data file can be used again. Your history is back.</source>
            <translation>Ihre Datendatei ist wieder nutzbar. Ihr Verlauf ist zurück.</translation>
        </message>
        <message>
            <source>Counterbalance cannot save right now: {why}. What you log is kept and saved automatically as soon as possible; you do not need to do anything.</source>
            <translation>Counterbalance kann gerade nicht speichern: {why}. Was Sie erfassen, bleibt erhalten und wird so bald wie möglich automatisch gespeichert; Sie müssen nichts tun.</translation>
        </message>
        <message>
            <source>Until then it is kept in memory only, so please leave Counterbalance running.</source>
            <translation>Bis dahin liegt es nur im Arbeitsspeicher, also lassen Sie Counterbalance bitte laufen.</translation>
        </message>
        <message>
            <source>Saving later</source>
            <translation>Wird später gespeichert</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Gespeichert</translation>
        </message>
        <message>
            <source>Everything you logged has now been saved.</source>
            <translation>Alles, was Sie erfasst haben, ist jetzt gespeichert.</translation>
        </message>
        <message>
            <source>Could not save</source>
            <translation>Speichern nicht möglich</translation>
        </message>
        <message>
            <source>One entry could not be saved: {why}.</source>
            <translation>Ein Eintrag konnte nicht gespeichert werden: {why}.</translation>
        </message>
    </context>
    <context>
        <name>SummaryPage</name>
        <message>
            <source>Exercise focus</source>
            <translation>Übungsschwerpunkt</translation>
        </message>
        <message>
            <source>Focus:</source>
            <translation>Schwerpunkt:</translation>
        </message>
        <message>
            <source>Sessions always start with stretches and then strengthen, in short desk breaks plus one longer daily session. Change the focus, band or weak side later in Settings.</source>
            <translation>Einheiten beginnen immer mit Dehnungen und kräftigen dann, in kurzen Pausen am Schreibtisch und einer längeren täglichen Einheit. Schwerpunkt, Band oder schwächere Seite können Sie später in den Einstellungen ändern.</translation>
        </message>
        <message>
            <source>Start Counterbalance when I log in</source>
            <translation>Counterbalance beim Anmelden starten</translation>
        </message>
        <message>
            <source>Breaks only come while Counterbalance is running. You can change this any time in Settings.</source>
            <translation>Pausen kommen nur, solange Counterbalance läuft. Sie können das jederzeit in den Einstellungen ändern.</translation>
        </message>
        <message>
            <source>Start Counterbalance at login</source>
            <translation>Counterbalance beim Anmelden starten</translation>
        </message>
        <message>
            <source>Suggested from your answers: &lt;b&gt;%1&lt;/b&gt;.</source>
            <translation>Vorschlag nach Ihren Antworten: &lt;b&gt;%1&lt;/b&gt;.</translation>
        </message>
        <message>
            <source>No signs ticked: a balanced start, &lt;b&gt;%1&lt;/b&gt;.</source>
            <translation>Nichts angekreuzt: ein ausgewogener Start, &lt;b&gt;%1&lt;/b&gt;.</translation>
        </message>
        <message>
            <source>This is a starting point, not a diagnosis.</source>
            <translation>Das ist ein Ausgangspunkt, keine Diagnose.</translation>
        </message>
        <message>
            <source>no weaker side marked</source>
            <translation>keine schwächere Seite angegeben</translation>
        </message>
        <message>
            <source>left side weaker</source>
            <translation>linke Seite schwächer</translation>
        </message>
        <message>
            <source>right side weaker</source>
            <translation>rechte Seite schwächer</translation>
        </message>
        <message>
            <source>With a resistance band</source>
            <translation>Mit Widerstandsband</translation>
        </message>
        <message>
            <source>Without equipment</source>
            <translation>Ohne Hilfsmittel</translation>
        </message>
    </context>
    <context>
        <name>SymptomsDialog</name>
        <message>
            <source>Seek emergency care now</source>
            <extracomment>The same advice colours (background, ink) on a dark window. Room for every sign without scrolling on a 1280×800 screen (it scrolls when smaller).</extracomment>
            <translation>Suchen Sie sofort eine Notfallversorgung auf</translation>
        </message>
        <message>
            <source>Counterbalance — Check symptoms</source>
            <translation>Counterbalance — Symptome prüfen</translation>
        </message>
        <message>
            <source>Check symptoms</source>
            <translation>Symptome prüfen</translation>
        </message>
        <message>
            <source>Check your symptoms</source>
            <translation>Prüfen Sie Ihre Symptome</translation>
        </message>
        <message>
            <source>A quick safety check</source>
            <translation>Ein kurzer Sicherheitscheck</translation>
        </message>
        <message>
            <source>Advice</source>
            <translation>Rat</translation>
        </message>
        <message>
            <source>Check (Enter)</source>
            <translation>Prüfen (Eingabe)</translation>
        </message>
        <message>
            <source>Check the ticked signs</source>
            <translation>Angekreuzte Anzeichen prüfen</translation>
        </message>
        <message>
            <source>Close (Esc)</source>
            <translation>Schließen (Esc)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
    </context>
    <context>
        <name>SyncFlow</name>
        <message>
            <source>Sync</source>
            <extracomment>The slow poll that backs up the file watcher. How often activity is noted and the other computers' notes read. Wait after a write or a folder change before a pass (changes come in bursts). Idle readings below this count as "active now" for the note. app_state keys of the one-off notices. Offers to remove this computer's files when sync is left or all data deleted. Made with the first folder to watch: a tray with sync off keeps no inotify.</extracomment>
            <translation>Synchronisieren</translation>
        </message>
    </context>
    <context>
        <name>SyncLeaveDialog</name>
        <message numerus="yes">
            <source>Your data on this computer was deleted. The sync folder {folder} still holds this computer's history as it was shared: %n file(s), {size}.</source>
            <translation>
                <numerusform>Ihre Daten auf diesem Computer wurden gelöscht. Der Sync-Ordner {folder} enthält noch den geteilten Verlauf dieses Computers: %n Datei, {size}.</numerusform>
                <numerusform>Ihre Daten auf diesem Computer wurden gelöscht. Der Sync-Ordner {folder} enthält noch den geteilten Verlauf dieses Computers: %n Dateien, {size}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Sync is off. The sync folder {folder} still holds this computer's history: %n file(s), {size}.</source>
            <translation>
                <numerusform>Die Synchronisierung ist aus. Der Sync-Ordner {folder} enthält noch den Verlauf dieses Computers: %n Datei, {size}.</numerusform>
                <numerusform>Die Synchronisierung ist aus. Der Sync-Ordner {folder} enthält noch den Verlauf dieses Computers: %n Dateien, {size}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>It also holds the files of %n other computer(s); they are not touched.</source>
            <translation>
                <numerusform>Er enthält auch die Dateien von %n anderen Computer; sie bleiben unberührt.</numerusform>
                <numerusform>Er enthält auch die Dateien von %n anderen Computern; sie bleiben unberührt.</numerusform>
            </translation>
        </message>
        <message>
            <source>Remove this computer's files from the folder? Your other computers keep what they already imported.</source>
            <translation>Die Dateien dieses Computers aus dem Ordner entfernen? Ihre anderen Computer behalten, was sie schon übernommen haben.</translation>
        </message>
        <message>
            <source>Counterbalance — Sync folder</source>
            <translation>Counterbalance — Sync-Ordner</translation>
        </message>
        <message>
            <source>&amp;Remove this computer's files</source>
            <translation>Dateien dieses Computers &amp;entfernen</translation>
        </message>
        <message>
            <source>&amp;Keep them</source>
            <translation>&amp;Behalten</translation>
        </message>
    </context>
    <context>
        <name>SyncNotices</name>
        <message>
            <source>The sync folder can be used again.</source>
            <translation>Der Sync-Ordner kann wieder verwendet werden.</translation>
        </message>
        <message>
            <source>Another computer runs a newer Counterbalance; update this one to see everything it shared.</source>
            <translation>Auf einem anderen Computer läuft ein neueres Counterbalance; aktualisieren Sie dieses, um alles zu sehen, was er geteilt hat.</translation>
        </message>
        <message>
            <source>Another Counterbalance writes to this computer's files in the sync folder (a copied installation?). Its events are kept; give each computer its own data folder.</source>
            <translation>Ein anderes Counterbalance schreibt in die Dateien dieses Computers im Sync-Ordner (eine kopierte Installation?). Seine Ereignisse bleiben erhalten; geben Sie jedem Computer einen eigenen Datenordner.</translation>
        </message>
        <message>
            <source>Sync stays off: the folder {folder} holds Counterbalance's own data folder (or lies inside it), and a database must not be synced. Choose another folder.</source>
            <translation>Die Synchronisierung bleibt aus: Der Ordner {folder} enthält den eigenen Datenordner von Counterbalance (oder liegt darin), und eine Datenbank darf nicht synchronisiert werden. Wählen Sie einen anderen Ordner.</translation>
        </message>
        <message>
            <source>The sync folder {folder} is missing (a drive not mounted?). Your history is kept here and shared once it is back.</source>
            <translation>Der Sync-Ordner {folder} fehlt (ein nicht eingebundenes Laufwerk?). Ihr Verlauf bleibt hier gespeichert und wird geteilt, sobald er wieder da ist.</translation>
        </message>
        <message>
            <source>Counterbalance may not write to the sync folder {folder}. Your history is kept here and shared once it can.</source>
            <translation>Counterbalance darf nicht in den Sync-Ordner {folder} schreiben. Ihr Verlauf bleibt hier gespeichert und wird geteilt, sobald es geht.</translation>
        </message>
        <message>
            <source>The sync folder {folder} cannot be used now. Your history is kept here and shared once it can.</source>
            <translation>Der Sync-Ordner {folder} kann gerade nicht verwendet werden. Ihr Verlauf bleibt hier gespeichert und wird geteilt, sobald es geht.</translation>
        </message>
    </context>
    <context>
        <name>SyncSettingsPage</name>
        <message>
            <source>Sync with other computers</source>
            <translation>Mit anderen Computern synchronisieren</translation>
        </message>
        <message>
            <source>Keep one history on all your computers through a folder you already sync (Syncthing, Dropbox, Nextcloud, a network share). Each computer writes its own files there; the database stays on each computer.</source>
            <translation>Ein gemeinsamer Verlauf auf all Ihren Computern über einen Ordner, den Sie schon synchronisieren (Syncthing, Dropbox, Nextcloud, eine Netzwerkfreigabe). Jeder Computer schreibt dort eigene Dateien; die Datenbank bleibt auf jedem Computer.</translation>
        </message>
        <message>
            <source>Share my history with my other computers</source>
            <translation>Meinen Verlauf mit meinen anderen Computern teilen</translation>
        </message>
        <message>
            <source>Synced &amp;folder:</source>
            <translation>Synchronisierter &amp;Ordner:</translation>
        </message>
        <message>
            <source>Synced folder</source>
            <translation>Synchronisierter Ordner</translation>
        </message>
        <message>
            <source>Choose a folder your sync tool shares</source>
            <translation>Einen Ordner wählen, den Ihr Sync-Programm teilt</translation>
        </message>
        <message>
            <source>&amp;Choose…</source>
            <translation>&amp;Wählen …</translation>
        </message>
        <message>
            <source>Choose the synced folder</source>
            <translation>Den synchronisierten Ordner wählen</translation>
        </message>
        <message>
            <source>This computer's &amp;name:</source>
            <translation>&amp;Name dieses Computers:</translation>
        </message>
        <message>
            <source>This computer's name</source>
            <translation>Name dieses Computers</translation>
        </message>
        <message>
            <source>Choose a folder to turn sync on.</source>
            <translation>Wählen Sie einen Ordner, um die Synchronisierung einzuschalten.</translation>
        </message>
        <message>
            <source>What the sync tool can see: the files are plain text. Anyone who can read the folder (the sync tool, a cloud provider's servers, every device it is shared with) can read every break, session, exercise set, pain rating with its body region, safety answers, each computer's name and time zone, and when you were active at it. Use a folder only your own devices share, ideally without a third-party server or with end-to-end encryption.</source>
            <translation>Was das Sync-Programm sieht: Die Dateien sind Klartext. Wer den Ordner lesen kann (das Sync-Programm, die Server eines Cloud-Anbieters, jedes Gerät, mit dem er geteilt wird), kann jede Pause, jede Sitzung, jeden Übungssatz, jede Schmerzbewertung mit Körperregion, die Sicherheitsantworten, Name und Zeitzone jedes Computers und Ihre aktiven Zeiten daran lesen. Nutzen Sie einen Ordner, den nur Ihre eigenen Geräte teilen, am besten ohne fremden Server oder mit Ende-zu-Ende-Verschlüsselung.</translation>
        </message>
    </context>
    <context>
        <name>Tray</name>
        <message>
            <source>paused until you resume</source>
            <extracomment>The status line changes by itself (a countdown): refresh it every minute.</extracomment>
            <translation>pausiert, bis Sie fortsetzen</translation>
        </message>
        <message>
            <source>paused until {time}</source>
            <translation>pausiert bis {time}</translation>
        </message>
        <message>
            <source>fullscreen</source>
            <translation>Vollbild</translation>
        </message>
        <message>
            <source>do not disturb</source>
            <translation>Nicht stören</translation>
        </message>
        <message>
            <source>quiet: {reason}</source>
            <translation>Ruhezeit: {reason}</translation>
        </message>
        <message>
            <source>outside working hours</source>
            <translation>außerhalb der Arbeitszeit</translation>
        </message>
        <message>
            <source>time for a break</source>
            <translation>Zeit für eine Pause</translation>
        </message>
        <message>
            <source>session in progress</source>
            <translation>Einheit läuft</translation>
        </message>
        <message>
            <source>away from the desk: that counts as a break</source>
            <translation>nicht am Schreibtisch: das zählt als Pause</translation>
        </message>
        <message>
            <source>waiting for activity</source>
            <translation>wartet auf Aktivität</translation>
        </message>
        <message>
            <source>next break in under a minute</source>
            <translation>nächste Pause in weniger als einer Minute</translation>
        </message>
        <message>
            <source>snoozed: next break in {n} min</source>
            <translation>verschoben: nächste Pause in {n} Min.</translation>
        </message>
        <message>
            <source>next break in {n} min</source>
            <translation>nächste Pause in {n} Min.</translation>
        </message>
    </context>
    <context>
        <name>TrayIcon</name>
        <message>
            <source>Counterbalance menu</source>
            <translation>Counterbalance-Menü</translation>
        </message>
        <message>
            <source>Counterbalance — {status}</source>
            <translation>Counterbalance — {status}</translation>
        </message>
        <message>
            <source>Counterbalance</source>
            <translation>Counterbalance</translation>
        </message>
        <message>
            <source>&amp;Start a session now</source>
            <translation>Jetzt eine Einheit &amp;starten</translation>
        </message>
        <message>
            <source>S&amp;nooze {n} min</source>
            <translation>&amp;Verschieben um {n} Min.</translation>
        </message>
        <message>
            <source>&amp;Resume reminders</source>
            <translation>Erinnerungen &amp;fortsetzen</translation>
        </message>
        <message>
            <source>&amp;Pause 1 h</source>
            <translation>&amp;Pause 1 Std.</translation>
        </message>
        <message>
            <source>Pause &amp;for…</source>
            <translation>Pausieren &amp;für…</translation>
        </message>
        <message>
            <source>30 minutes</source>
            <translation>30 Minuten</translation>
        </message>
        <message>
            <source>Until tomorrow</source>
            <translation>Bis morgen</translation>
        </message>
        <message>
            <source>Until I resume</source>
            <translation>Bis ich fortsetze</translation>
        </message>
        <message>
            <source>Pro&amp;gress…</source>
            <translation>&amp;Fortschritt…</translation>
        </message>
        <message>
            <source>Rate &amp;today's pain…</source>
            <translation>Heutige &amp;Schmerzen bewerten…</translation>
        </message>
        <message>
            <source>&amp;Check symptoms…</source>
            <translation>Symptome &amp;prüfen…</translation>
        </message>
        <message>
            <source>S&amp;ettings…</source>
            <translation>&amp;Einstellungen…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
    </context>
    <context>
        <name>TrayShell</name>
        <message>
            <source>not set up yet: breaks start after the welcome</source>
            <extracomment>How often the tooltip's "next break in N min" is refreshed while counting. The intents a tray icon and the no-tray window both emit, forwarded by the shell (the signals of :class:`TrayIntents`).</extracomment>
            <translation>noch nicht eingerichtet: Pausen beginnen nach der Begrüßung</translation>
        </message>
        <message>
            <source>starting…</source>
            <translation>startet…</translation>
        </message>
        <message>
            <source>session in progress</source>
            <translation>Einheit läuft</translation>
        </message>
    </context>
    <context>
        <name>UncaughtErrors</name>
        <message>
            <source>Counterbalance — Something went wrong</source>
            <translation>Counterbalance — Etwas ist schiefgegangen</translation>
        </message>
        <message>
            <source>Something went wrong inside Counterbalance. It keeps running, and what you logged so far is kept. The details were written to the log file (counterbalance.log in the data folder).</source>
            <translation>In Counterbalance ist etwas schiefgegangen. Es läuft weiter, und was Sie bisher erfasst haben, bleibt erhalten. Die Details stehen in der Protokolldatei (counterbalance.log im Datenordner).</translation>
        </message>
    </context>
    <context>
        <name>UserWindows</name>
        <message>
            <source>Please get checked</source>
            <translation>Bitte lassen Sie sich untersuchen</translation>
        </message>
    </context>
    <context>
        <name>guard</name>
        <message>
            <source>another program is using the data file</source>
            <translation>ein anderes Programm verwendet die Datendatei</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>die Festplatte ist voll</translation>
        </message>
        <message>
            <source>Counterbalance is not allowed to open the data file</source>
            <translation>Counterbalance darf die Datendatei nicht öffnen</translation>
        </message>
        <message>
            <source>the data folder is read-only</source>
            <translation>der Datenordner ist schreibgeschützt</translation>
        </message>
        <message>
            <source>the disk reported an error (it may be full)</source>
            <translation>die Festplatte hat einen Fehler gemeldet (sie ist vielleicht voll)</translation>
        </message>
        <message>
            <source>the data file is damaged</source>
            <translation>die Datendatei ist beschädigt</translation>
        </message>
        <message>
            <source>the data file cannot be used</source>
            <translation>die Datendatei kann nicht verwendet werden</translation>
        </message>
    </context>
</TS>