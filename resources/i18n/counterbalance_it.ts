<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="it" sourcelanguage="en">
    <context>
        <name>BreakPreparation</name>
        <message>
            <source>Some exercises were left out</source>
            <translation>Alcuni esercizi sono stati esclusi</translation>
        </message>
    </context>
    <context>
        <name>BreakPrompt</name>
        <message>
            <source>Counterbalance — Time for a break</source>
            <extracomment>Gap between the prompt and the screen's panels/edges. Width of the prompt (height follows the content), wider only when its buttons need it. Window flags while the prompt must not take focus.</extracomment>
            <translation>Counterbalance — È ora di una pausa</translation>
        </message>
        <message>
            <source>Time for a break</source>
            <translation>È ora di una pausa</translation>
        </message>
        <message numerus="yes">
            <source>Snooze for %n minute(s)</source>
            <translation>
                <numerusform>Rimanda di %n minuto</numerusform>
                <numerusform>Rimanda di %n minuti</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BreaksPage</name>
        <message>
            <source>Breaks</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>Microbreaks</source>
            <translation>Micropause</translation>
        </message>
        <message>
            <source>Minutes between breaks</source>
            <translation>Minuti tra le pause</translation>
        </message>
        <message>
            <source>Break every</source>
            <translation>Pausa ogni</translation>
        </message>
        <message>
            <source>Vary each interval by</source>
            <translation>Varia ogni intervallo di</translation>
        </message>
        <message>
            <source>Vary by up to ±</source>
            <translation>Varia fino a ±</translation>
        </message>
        <message>
            <source>Idle minutes that count</source>
            <translation>Minuti di inattività che contano</translation>
        </message>
        <message>
            <source>Idle time that counts</source>
            <translation>Inattività che conta</translation>
        </message>
        <message>
            <source>Notice before a break</source>
            <translation>Preavviso prima di una pausa</translation>
        </message>
        <message>
            <source>Notice ahead</source>
            <translation>Preavviso</translation>
        </message>
        <message>
            <source>Snooze</source>
            <translation>Rimanda</translation>
        </message>
        <message>
            <source>Snooze times in minutes</source>
            <translation>Tempi di rinvio in minuti</translation>
        </message>
        <message>
            <source>Minutes, separated by commas (up to {n}).</source>
            <translation>Minuti separati da virgole (fino a {n}).</translation>
        </message>
        <message>
            <source>Snooze times</source>
            <translation>Tempi di rinvio</translation>
        </message>
        <message>
            <source>Snoozes allowed per break</source>
            <translation>Rinvii consentiti per pausa</translation>
        </message>
        <message>
            <source>Snoozes per break</source>
            <translation>Rinvii per pausa</translation>
        </message>
        <message>
            <source>{lo}–{hi} min is recommended.</source>
            <translation>Si consigliano {lo}–{hi} min.</translation>
        </message>
        <message>
            <source>{lo}–{hi} min is recommended; breaks this often may interrupt focused work.</source>
            <translation>Si consigliano {lo}–{hi} min; pause così frequenti possono interrompere il lavoro concentrato.</translation>
        </message>
        <message>
            <source>{lo}–{hi} min is recommended; sitting longer than an hour adds up.</source>
            <translation>Si consigliano {lo}–{hi} min; stare seduti più di un'ora si accumula.</translation>
        </message>
    </context>
    <context>
        <name>Catalog</name>
        <message>
            <source>Back pain that gets worse when you bend forward</source>
            <extracomment>Conditions and set-ups that rule an exercise out (field ``contraindications``); the user declares the ones that apply to them and the planner leaves those exercises out. The texts are English source strings (translation context "Catalog").</extracomment>
            <translation>Mal di schiena che peggiora quando ti pieghi in avanti</translation>
        </message>
        <message>
            <source>Osteoporosis or low bone density</source>
            <translation>Osteoporosi o bassa densità ossea</translation>
        </message>
        <message>
            <source>Dizziness, high blood pressure or glaucoma when the head is below the heart</source>
            <translation>Capogiri, pressione alta o glaucoma quando la testa è più in basso del cuore</translation>
        </message>
        <message>
            <source>My chair reclines or rolls on wheels</source>
            <translation>La mia sedia è reclinabile o ha le ruote</translation>
        </message>
        <message>
            <source>A shoulder that has dislocated or feels unstable</source>
            <translation>Una spalla che si è lussata o che sembra instabile</translation>
        </message>
        <message>
            <source>Pregnant, or gave birth in the last 6 months</source>
            <translation>Incinta, o hai partorito negli ultimi 6 mesi</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>keep every file the app writes in DIR (default: the per-user data dir)</source>
            <translation>salvare tutti i file dell’app in DIR (predefinito: la cartella dati dell’utente)</translation>
        </message>
        <message>
            <source>testing/demo aid for the tray app: multiply every duration (interval, holds, countdowns) by F, 0 &lt; F &lt;= 1</source>
            <translation>aiuto per test e dimostrazioni dell’app: moltiplica ogni durata (intervallo, tenute, conti alla rovescia) per F, 0 &lt; F &lt;= 1</translation>
        </message>
        <message>
            <source>Desk microbreaks and guided stretch and core sessions, in the tray. Without a command, runs the tray app.</source>
            <translation>Micropause alla scrivania e sessioni guidate di allungamento e core, nell’area di notifica. Senza un comando, avvia l’app.</translation>
        </message>
        <message>
            <source>print the version and exit</source>
            <translation>mostra la versione ed esce</translation>
        </message>
        <message>
            <source>run the tray app (the default)</source>
            <translation>avvia l’app nell’area di notifica (predefinito)</translation>
        </message>
        <message>
            <source>make the running instance start a session now</source>
            <translation>fa iniziare subito una sessione all’app in esecuzione</translation>
        </message>
        <message>
            <source>ask the running instance to quit</source>
            <translation>chiede all’app in esecuzione di chiudersi</translation>
        </message>
        <message>
            <source>open the running instance's progress window</source>
            <translation>apre la finestra dei progressi dell’app in esecuzione</translation>
        </message>
        <message>
            <source>open the running instance's settings</source>
            <translation>apre le impostazioni dell’app in esecuzione</translation>
        </message>
        <message>
            <source>print weekly adherence and pain</source>
            <translation>mostra le pause fatte e il dolore per settimana</translation>
        </message>
        <message>
            <source>show the last N weeks (8)</source>
            <translation>mostra le ultime N settimane (8)</translation>
        </message>
        <message>
            <source>print JSON</source>
            <translation>stampa JSON</translation>
        </message>
        <message>
            <source>list the exercise catalog</source>
            <translation>elenca il catalogo degli esercizi</translation>
        </message>
        <message>
            <source>export the raw events as CSV</source>
            <translation>esporta gli eventi grezzi in CSV</translation>
        </message>
        <message>
            <source>write one CSV file per event table into DIR</source>
            <translation>scrive un file CSV per tabella di eventi in DIR</translation>
        </message>
        <message>
            <source>write a one-page PDF report</source>
            <translation>scrive un resoconto PDF di una pagina</translation>
        </message>
        <message>
            <source>write the report to FILE</source>
            <translation>scrive il resoconto in FILE</translation>
        </message>
        <message>
            <source>cover the last N weeks (12)</source>
            <translation>copre le ultime N settimane (12)</translation>
        </message>
        <message>
            <source>fill the data dir with synthetic history</source>
            <translation>riempie la cartella dati con una cronologia fittizia</translation>
        </message>
        <message>
            <source>years of history to make (1)</source>
            <translation>anni di cronologia da creare (1)</translation>
        </message>
        <message>
            <source>random seed, for the same data again (1)</source>
            <translation>seme casuale, per riottenere gli stessi dati (1)</translation>
        </message>
        <message>
            <source>counterbalance: the instance endpoint for %1 is held by another user's process; nothing was sent to it.</source>
            <translation>counterbalance: il punto di accesso dell’app per %1 è tenuto da un processo di un altro utente; non gli è stato inviato nulla.</translation>
        </message>
        <message>
            <source>counterbalance: the running Counterbalance did not answer.</source>
            <translation>counterbalance: il Counterbalance in esecuzione non ha risposto.</translation>
        </message>
        <message>
            <source>counterbalance: no running Counterbalance found for %1.
Start it first with `counterbalance` (add the same --data-dir if you used one).</source>
            <translation>counterbalance: nessun Counterbalance in esecuzione trovato per %1.
Avvialo prima con `counterbalance` (aggiungi lo stesso --data-dir se ne hai usato uno).</translation>
        </message>
        <message>
            <source>counterbalance: cannot use the data dir: %1</source>
            <translation>counterbalance: impossibile usare la cartella dati: %1</translation>
        </message>
        <message>
            <source>counterbalance export: give a folder with --csv DIR</source>
            <translation>counterbalance export: indica una cartella con --csv DIR</translation>
        </message>
        <message>
            <source>counterbalance export: cannot write to %1: %2</source>
            <translation>counterbalance export: impossibile scrivere in %1: %2</translation>
        </message>
        <message>
            <source>counterbalance export: cannot read your data: %1</source>
            <translation>counterbalance export: impossibile leggere i tuoi dati: %1</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n CSV file(s) to %1: %2</source>
            <translation>
                <numerusform>Scritto %n file CSV in %1: %2</numerusform>
                <numerusform>Scritti %n file CSV in %1: %2</numerusform>
            </translation>
        </message>
        <message>
            <source>counterbalance report: give a file with --pdf FILE</source>
            <translation>counterbalance report: indica un file con --pdf FILE</translation>
        </message>
        <message>
            <source>counterbalance report: cannot write %1: %2</source>
            <translation>counterbalance report: impossibile scrivere %1: %2</translation>
        </message>
        <message numerus="yes">
            <source>Wrote the report for %n week(s) to %1</source>
            <translation>
                <numerusform>Resoconto di %n settimana scritto in %1</numerusform>
                <numerusform>Resoconto di %n settimane scritto in %1</numerusform>
            </translation>
        </message>
        <message>
            <source>week</source>
            <translation>settimana</translation>
        </message>
        <message>
            <source>prompted</source>
            <translation>proposte</translation>
        </message>
        <message>
            <source>done</source>
            <translation>fatte</translation>
        </message>
        <message>
            <source>adher.</source>
            <translation>adesione</translation>
        </message>
        <message>
            <source>user</source>
            <translation>tue</translation>
        </message>
        <message>
            <source>min</source>
            <translation>min</translation>
        </message>
        <message>
            <source>pain before</source>
            <translation>dolore prima</translation>
        </message>
        <message>
            <source>after</source>
            <translation>dopo</translation>
        </message>
        <message numerus="yes">
            <source>Current streak: %n day(s)</source>
            <translation>
                <numerusform>Serie attuale: %n giorno</numerusform>
                <numerusform>Serie attuale: %n giorni</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>(longest %n day(s)).</source>
            <translation>
                <numerusform>(la più lunga: %n giorno).</numerusform>
                <numerusform>(la più lunga: %n giorni).</numerusform>
            </translation>
        </message>
        <message>
            <source>* meaningful change in weekly pain (≥ 2 points or ≥ 30 %).</source>
            <translation>* cambiamento rilevante del dolore settimanale (≥ 2 punti o ≥ 30 %).</translation>
        </message>
        <message>
            <source>counterbalance stats: --weeks must be 1–520, got %1</source>
            <translation>counterbalance stats: --weeks deve essere 1–520, ricevuto %1</translation>
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
            <translation>Computer mostrato</translation>
        </message>
        <message>
            <source>Show the history of all your computers, or of one</source>
            <translation>Mostra lo storico di tutti i tuoi computer o di uno solo</translation>
        </message>
        <message>
            <source>All computers</source>
            <translation>Tutti i computer</translation>
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
            <translation>{name} (questo computer)</translation>
        </message>
    </context>
    <context>
        <name>ConditionsPage</name>
        <message>
            <source>Tick what applies to you. Counterbalance then leaves out the exercises that are not advised for it. You can change this later in Settings.</source>
            <translation>Spunta ciò che ti riguarda. Counterbalance escluderà gli esercizi sconsigliati in quel caso. Puoi cambiarlo più tardi nelle Impostazioni.</translation>
        </message>
    </context>
    <context>
        <name>CountdownRing</name>
        <message>
            <source>Countdown</source>
            <extracomment>Smallest countdown: a 1080p screen at 200 % leaves about 940×440 for the window.</extracomment>
            <translation>Conto alla rovescia</translation>
        </message>
    </context>
    <context>
        <name>CounterbalanceApp</name>
        <message>
            <source>Could not save</source>
            <extracomment>How long quitting waits for notices to be taken off the screen. Marker file in the data dir: the "no idle backend" notice was given (issue 13 §4). Exit status when the data dir cannot be used, and when another instance blocks. Slow reads and first imports run here, off the GUI thread.</extracomment>
            <translation>Impossibile salvare</translation>
        </message>
        <message>
            <source>Counterbalance — Not started</source>
            <translation>Counterbalance — Non avviato</translation>
        </message>
        <message>
            <source>Counterbalance did not start: {reason}</source>
            <translation>Counterbalance non si è avviato: {reason}</translation>
        </message>
    </context>
    <context>
        <name>CoverageRow</name>
        <message>
            <source>Body regions worked this week</source>
            <translation>Zone del corpo allenate questa settimana</translation>
        </message>
        <message>
            <source>Worked this week:</source>
            <translation>Allenato questa settimana:</translation>
        </message>
        <message>
            <source>%1: not yet</source>
            <translation>%1: non ancora</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n body region(s) worked this week</source>
            <translation>
                <numerusform>%1 di %n zona del corpo allenata questa settimana</numerusform>
                <numerusform>%1 di %n zone del corpo allenate questa settimana</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DayPainDialog</name>
        <message>
            <source>Counterbalance — Your day</source>
            <translation>Counterbalance — La tua giornata</translation>
        </message>
        <message>
            <source>Average pain today</source>
            <translation>Dolore medio oggi</translation>
        </message>
        <message>
            <source>Confirm (Enter)</source>
            <translation>Conferma (Invio)</translation>
        </message>
        <message>
            <source>Confirm rating</source>
            <translation>Conferma la valutazione</translation>
        </message>
        <message>
            <source>Skip (Esc)</source>
            <translation>Salta (Esc)</translation>
        </message>
        <message>
            <source>Skip rating</source>
            <translation>Salta la valutazione</translation>
        </message>
    </context>
    <context>
        <name>DisclaimerPage</name>
        <message>
            <source>Before you start, please read this:</source>
            <translation>Prima di iniziare, leggi questo:</translation>
        </message>
        <message>
            <source>I have read and understood this</source>
            <translation>Ho letto e compreso</translation>
        </message>
        <message>
            <source>I have read and understood the disclaimer</source>
            <translation>Ho letto e compreso l'avvertenza</translation>
        </message>
        <message>
            <source>Exercise should feel like mild tension, never sharp pain. You can check warning signs at any time with “Check symptoms”.</source>
            <translation>L'esercizio deve dare una leggera tensione, mai un dolore acuto. Puoi controllare i segnali d'allarme in qualsiasi momento con «Controlla i sintomi».</translation>
        </message>
    </context>
    <context>
        <name>DonePage</name>
        <message>
            <source>Close (Enter)</source>
            <translation>Chiudi (Invio)</translation>
        </message>
        <message>
            <source>Close window</source>
            <translation>Chiudi la finestra</translation>
        </message>
        <message>
            <source>Well done!</source>
            <translation>Ben fatto!</translation>
        </message>
        <message>
            <source>Session ended</source>
            <translation>Sessione terminata</translation>
        </message>
        <message>
            <source>Session skipped</source>
            <translation>Sessione saltata</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n exercise(s) done</source>
            <translation>
                <numerusform>%1 di %n esercizio fatto</numerusform>
                <numerusform>%1 di %n esercizi fatti</numerusform>
            </translation>
        </message>
        <message>
            <source>Pain %1/10 before, %2/10 after</source>
            <translation>Dolore %1/10 prima, %2/10 dopo</translation>
        </message>
    </context>
    <context>
        <name>ExercisePage</name>
        <message>
            <source>Demonstration</source>
            <extracomment>Smallest figure (the ring has its own, ``countdown_ring.RING_MIN_PX``): a 1080p screen at 200 % leaves about 940×440.</extracomment>
            <translation>Dimostrazione</translation>
        </message>
        <message>
            <source>← Back</source>
            <translation>← Indietro</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Indietro</translation>
        </message>
        <message>
            <source>Pause (Space)</source>
            <translation>Pausa (Spazio)</translation>
        </message>
        <message>
            <source>Pause or resume</source>
            <translation>Metti in pausa o riprendi</translation>
        </message>
        <message>
            <source>Skip set →</source>
            <translation>Salta serie →</translation>
        </message>
        <message>
            <source>Skip this set</source>
            <translation>Salta questa serie</translation>
        </message>
        <message>
            <source>End (Esc)</source>
            <extracomment>Says what the last → skipped, until the next set is under way.</extracomment>
            <translation>Termina (Esc)</translation>
        </message>
        <message>
            <source>End session</source>
            <translation>Termina la sessione</translation>
        </message>
        <message>
            <source>Next: %1</source>
            <translation>Prossimo: %1</translation>
        </message>
        <message>
            <source>Last exercise</source>
            <translation>Ultimo esercizio</translation>
        </message>
        <message>
            <source>Set %1 of %2</source>
            <translation>Serie %1 di %2</translation>
        </message>
        <message>
            <source>Resume (Space)</source>
            <translation>Riprendi (Spazio)</translation>
        </message>
        <message>
            <source>Switch sides: %1</source>
            <translation>Cambia lato: %1</translation>
        </message>
        <message>
            <source>Get ready: %1</source>
            <translation>Preparati: %1</translation>
        </message>
        <message>
            <source>Get ready</source>
            <translation>Preparati</translation>
        </message>
        <message>
            <source>get ready</source>
            <translation>preparati</translation>
        </message>
        <message>
            <source>Hold</source>
            <translation>Tieni</translation>
        </message>
        <message>
            <source>hold %1 of %2</source>
            <translation>tenuta %1 di %2</translation>
        </message>
        <message numerus="yes">
            <source>second(s)</source>
            <translation>
                <numerusform>secondo</numerusform>
                <numerusform>secondi</numerusform>
            </translation>
        </message>
        <message>
            <source>Relax</source>
            <translation>Rilassa</translation>
        </message>
        <message>
            <source>next: hold %1 of %2</source>
            <translation>prossima: tenuta %1 di %2</translation>
        </message>
        <message>
            <source>Rep %1 of %2</source>
            <translation>Ripetizione %1 di %2</translation>
        </message>
        <message>
            <source>%1 s per rep</source>
            <translation>%1 s per ripetizione</translation>
        </message>
        <message>
            <source>Paused — press Space to continue</source>
            <translation>In pausa — premi Spazio per continuare</translation>
        </message>
    </context>
    <context>
        <name>ExercisesPage</name>
        <message>
            <source>Exercises</source>
            <translation>Esercizi</translation>
        </message>
        <message>
            <source>Your exercises</source>
            <translation>I tuoi esercizi</translation>
        </message>
        <message>
            <source>Exercise focus</source>
            <translation>Obiettivo degli esercizi</translation>
        </message>
        <message>
            <source>Focus</source>
            <translation>Obiettivo</translation>
        </message>
        <message>
            <source>No band</source>
            <translation>Nessun elastico</translation>
        </message>
        <message>
            <source>Resistance band</source>
            <translation>Elastico</translation>
        </message>
        <message>
            <source>Equipment at your desk</source>
            <translation>Attrezzatura alla scrivania</translation>
        </message>
        <message>
            <source>Equipment</source>
            <translation>Attrezzatura</translation>
        </message>
        <message>
            <source>Neither / not sure</source>
            <translation>Nessuno / non so</translation>
        </message>
        <message>
            <source>Left side is weaker</source>
            <translation>Il lato sinistro è più debole</translation>
        </message>
        <message>
            <source>Right side is weaker</source>
            <translation>Il lato destro è più debole</translation>
        </message>
        <message>
            <source>Weaker side</source>
            <translation>Lato più debole</translation>
        </message>
        <message>
            <source>Left side is tighter</source>
            <translation>Il lato sinistro è più rigido</translation>
        </message>
        <message>
            <source>Right side is tighter</source>
            <translation>Il lato destro è più rigido</translation>
        </message>
        <message>
            <source>Tighter side</source>
            <translation>Lato più rigido</translation>
        </message>
        <message>
            <source>Leave out exercises not advised for:</source>
            <translation>Escludi gli esercizi sconsigliati in caso di:</translation>
        </message>
        <message>
            <source>Daily session</source>
            <translation>Sessione quotidiana</translation>
        </message>
        <message>
            <source>Remind me of a longer daily session</source>
            <translation>Ricordami una sessione quotidiana più lunga</translation>
        </message>
        <message>
            <source>Daily session time</source>
            <translation>Ora della sessione quotidiana</translation>
        </message>
        <message>
            <source>Reminder at</source>
            <translation>Promemoria alle</translation>
        </message>
        <message>
            <source>Your local time, every day.</source>
            <translation>La tua ora locale, ogni giorno.</translation>
        </message>
        <message>
            <source>Pain ratings</source>
            <translation>Valutazioni del dolore</translation>
        </message>
        <message>
            <source>Share of microbreaks asking pain</source>
            <translation>Quota di micropause che chiedono il dolore</translation>
        </message>
        <message>
            <source>Ask on</source>
            <translation>Chiedi nel</translation>
        </message>
        <message>
            <source>of microbreaks, before and after.</source>
            <translation>delle micropause, prima e dopo.</translation>
        </message>
        <message>
            <source>The 0–10 ratings show whether the exercises help you. 100 % asks every time; 0 % never asks during microbreaks.</source>
            <translation>Le valutazioni da 0 a 10 mostrano se gli esercizi ti aiutano. 100 % chiede ogni volta; 0 % non chiede mai durante le micropause.</translation>
        </message>
        <message>
            <source>Ask how each exercise felt in microbreaks</source>
            <translation>Chiedi com'è andato ogni esercizio nelle micropause</translation>
        </message>
        <message>
            <source>Off: one optional question at the end of a microbreak. Daily sessions always ask after each exercise.</source>
            <translation>Disattivato: una domanda facoltativa alla fine di una micropausa. Le sessioni quotidiane chiedono sempre dopo ogni esercizio.</translation>
        </message>
    </context>
    <context>
        <name>FeelPage</name>
        <message>
            <source>Easy  (E)</source>
            <translation>Facile  (E)</translation>
        </message>
        <message>
            <source>Felt easy</source>
            <translation>È stato facile</translation>
        </message>
        <message>
            <source>OK  (O)</source>
            <translation>OK  (O)</translation>
        </message>
        <message>
            <source>Felt OK</source>
            <translation>È andato bene</translation>
        </message>
        <message>
            <source>Hard  (H)</source>
            <translation>Difficile  (H)</translation>
        </message>
        <message>
            <source>Felt hard</source>
            <translation>È stato difficile</translation>
        </message>
        <message>
            <source>Any pain during it? (optional, 0–10)</source>
            <translation>Dolore durante l'esercizio? (facoltativo, 0–10)</translation>
        </message>
        <message>
            <source>Skip question (Esc)</source>
            <translation>Salta la domanda (Esc)</translation>
        </message>
        <message>
            <source>Skip question</source>
            <translation>Salta la domanda</translation>
        </message>
        <message>
            <source>New numbness, tingling or weakness…</source>
            <translation>Nuovo intorpidimento, formicolio o debolezza…</translation>
        </message>
        <message>
            <source>Report new numbness, tingling or weakness</source>
            <translation>Segnala nuovo intorpidimento, formicolio o debolezza</translation>
        </message>
        <message>
            <source>Pain above 5 during an exercise is more than it should be: this one will be eased next time. Sharp pain, numbness or tingling? Stop and check your symptoms.</source>
            <translation>Un dolore sopra 5 durante un esercizio è più del dovuto: la prossima volta questo sarà alleggerito. Dolore acuto, intorpidimento o formicolio? Fermati e controlla i sintomi.</translation>
        </message>
        <message>
            <source>How did “%1” feel?</source>
            <translation>Com'è andato «%1»?</translation>
        </message>
        <message>
            <source>Done! How did this break feel?</source>
            <translation>Fatto! Com'è andata questa pausa?</translation>
        </message>
        <message>
            <source>Optional: press E, O or H to finish.</source>
            <translation>Facoltativo: premi E, O o H per finire.</translation>
        </message>
        <message numerus="yes">
            <source>Optional: this window closes by itself in %n s.</source>
            <translation>
                <numerusform>Facoltativo: questa finestra si chiude da sola tra %n s.</numerusform>
                <numerusform>Facoltativo: questa finestra si chiude da sola tra %n s.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FigureWidget</name>
        <message>
            <source>Exercise demonstration</source>
            <translation>Dimostrazione dell'esercizio</translation>
        </message>
        <message>
            <source>An animated figure shows how to do the exercise.</source>
            <translation>Una figura animata mostra come eseguire l'esercizio.</translation>
        </message>
        <message>
            <source>Press Space to pause or play the demonstration</source>
            <translation>Premi Spazio per mettere in pausa o riprendere la dimostrazione</translation>
        </message>
        <message>
            <source> (other side)</source>
            <translation> (altro lato)</translation>
        </message>
        <message>
            <source>Animated figure: {name}{side}. {description}</source>
            <translation>Figura animata: {name}{side}. {description}</translation>
        </message>
        <message>
            <source>No exercise</source>
            <translation>Nessun esercizio</translation>
        </message>
    </context>
    <context>
        <name>GeneralPage</name>
        <message>
            <source>General</source>
            <translation>Generale</translation>
        </message>
        <message>
            <source>No sound output found: sessions run silently. Cues come back by themselves when sound is available.</source>
            <translation>Nessuna uscita audio trovata: le sessioni sono silenziose. I segnali tornano da soli quando l'audio è disponibile.</translation>
        </message>
        <message>
            <source>No speech engine answers (e.g. speech-dispatcher with espeak-ng): cues are not spoken. They come back by themselves when one is installed.</source>
            <translation>Nessun motore di sintesi vocale risponde (ad es. speech-dispatcher con espeak-ng): le indicazioni non vengono lette. Tornano da sole quando ne viene installato uno.</translation>
        </message>
        <message>
            <source>This installation cannot play sound or speech: cues stay silent.</source>
            <translation>Questa installazione non può riprodurre suoni né voce: i segnali restano muti.</translation>
        </message>
        <message>
            <source>A sound file is missing from the installation: reinstall to fix.</source>
            <translation>Manca un file audio nell'installazione: reinstalla per risolvere.</translation>
        </message>
        <message>
            <source>Quiet times</source>
            <translation>Momenti di quiete</translation>
        </message>
        <message>
            <source>Hold breaks while a full-screen window is active</source>
            <translation>Trattieni le pause mentre è attiva una finestra a schermo intero</translation>
        </message>
        <message>
            <source>Presentations, calls and videos are not interrupted.</source>
            <translation>Presentazioni, chiamate e video non vengono interrotti.</translation>
        </message>
        <message>
            <source>Hold breaks while Do Not Disturb is on</source>
            <translation>Trattieni le pause mentre «Non disturbare» è attivo</translation>
        </message>
        <message>
            <source>A held break is offered as soon as the quiet time ends.</source>
            <translation>Una pausa trattenuta viene proposta appena finisce il momento di quiete.</translation>
        </message>
        <message>
            <source>Sounds</source>
            <translation>Suoni</translation>
        </message>
        <message>
            <source>Play ticks and chimes during sessions</source>
            <translation>Riproduci ticchettii e rintocchi durante le sessioni</translation>
        </message>
        <message>
            <source>Speak exercise cues aloud</source>
            <translation>Leggi ad alta voce le indicazioni degli esercizi</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Lingua</translation>
        </message>
        <message>
            <source>Same as the system</source>
            <translation>Come il sistema</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>Lingua:</translation>
        </message>
        <message>
            <source>A new language applies the next time Counterbalance starts.</source>
            <translation>Una nuova lingua si applica al prossimo avvio di Counterbalance.</translation>
        </message>
        <message>
            <source>Start at login</source>
            <translation>Avvio all'accesso</translation>
        </message>
        <message>
            <source>Start Counterbalance when I log in</source>
            <translation>Avvia Counterbalance all'accesso</translation>
        </message>
        <message>
            <source>Breaks only come while Counterbalance is running.</source>
            <translation>Le pause arrivano solo mentre Counterbalance è in esecuzione.</translation>
        </message>
    </context>
    <context>
        <name>HoursPage</name>
        <message>
            <source>Working hours</source>
            <translation>Orario di lavoro</translation>
        </message>
        <message>
            <source>Only offer breaks during my working hours</source>
            <translation>Proponi pause solo durante il mio orario di lavoro</translation>
        </message>
        <message>
            <source>Outside these hours no breaks are offered, and the count starts afresh each day. A day may have several ranges, e.g. before and after lunch.</source>
            <translation>Fuori da questi orari non vengono proposte pause, e il conteggio riparte ogni giorno. Un giorno può avere più fasce, ad es. prima e dopo pranzo.</translation>
        </message>
    </context>
    <context>
        <name>Housekeeping</name>
        <message>
            <source>How was your day?</source>
            <extracomment>Where versions before the marker file remembered the idle notice (read, never written). The kind of the end-of-day notice (the pre-break one is the notifier's default).</extracomment>
            <translation>Com'è andata la giornata?</translation>
        </message>
        <message>
            <source>Counterbalance: rate today's average pain (optional).</source>
            <translation>Counterbalance: valuta il dolore medio di oggi (facoltativo).</translation>
        </message>
        <message>
            <source>Counterbalance</source>
            <translation>Counterbalance</translation>
        </message>
        <message>
            <source>Counterbalance cannot tell when you step away on this desktop, so all time counts as active. Breaks still come on time.</source>
            <translation>Counterbalance non riesce a capire quando ti allontani su questo desktop, quindi tutto il tempo conta come attivo. Le pause arrivano comunque puntuali.</translation>
        </message>
    </context>
    <context>
        <name>LeavingOffer</name>
        <message>
            <source>This computer's files were removed from the sync folder.</source>
            <extracomment>Asks whether to remove this computer's files (the dialog; tests give their own).</extracomment>
            <translation>I file di questo computer sono stati rimossi dalla cartella sincronizzata.</translation>
        </message>
        <message>
            <source>This computer's files could not be removed from the sync folder.</source>
            <translation>Non è stato possibile rimuovere i file di questo computer dalla cartella sincronizzata.</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Sincronizzazione</translation>
        </message>
    </context>
    <context>
        <name>LiveSettings</name>
        <message>
            <source>Your settings</source>
            <translation>Le tue impostazioni</translation>
        </message>
        <message>
            <source>Could not save settings</source>
            <translation>Impossibile salvare le impostazioni</translation>
        </message>
        <message>
            <source>Start at login</source>
            <translation>Avvio all'accesso</translation>
        </message>
        <message>
            <source>Could not change the start-at-login setting at {place}: {why}</source>
            <translation>Impossibile modificare l'avvio all'accesso in {place}: {why}</translation>
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
            <translation>Finestra di stato di Counterbalance</translation>
        </message>
        <message>
            <source>Your desktop has no system tray, so Counterbalance shows this small window instead. Breaks still arrive on time. On GNOME, the AppIndicator extension adds a tray.</source>
            <translation>Il tuo desktop non ha un'area di notifica, quindi Counterbalance mostra questa piccola finestra. Le pause arrivano comunque puntuali. Su GNOME, l'estensione AppIndicator aggiunge un'area di notifica.</translation>
        </message>
        <message>
            <source>Why this window is shown</source>
            <translation>Perché viene mostrata questa finestra</translation>
        </message>
        <message>
            <source>Break status</source>
            <translation>Stato delle pause</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Messaggio</translation>
        </message>
        <message>
            <source>&amp;Start now</source>
            <translation>&amp;Inizia ora</translation>
        </message>
        <message>
            <source>S&amp;nooze {n} min</source>
            <translation>&amp;Rimanda di {n} min</translation>
        </message>
        <message>
            <source>&amp;Pause 1 h</source>
            <translation>&amp;Pausa 1 h</translation>
        </message>
        <message>
            <source>Pro&amp;gress…</source>
            <translation>Pro&amp;gressi…</translation>
        </message>
        <message>
            <source>Rate &amp;today's pain…</source>
            <translation>Valuta il dolore di &amp;oggi…</translation>
        </message>
        <message>
            <source>&amp;Check symptoms…</source>
            <translation>&amp;Controlla i sintomi…</translation>
        </message>
        <message>
            <source>S&amp;ettings…</source>
            <translation>Impo&amp;stazioni…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Esci</translation>
        </message>
        <message>
            <source>&amp;Resume</source>
            <translation>Ri&amp;prendi</translation>
        </message>
    </context>
    <context>
        <name>OnboardingDialog</name>
        <message>
            <source>Counterbalance — Welcome</source>
            <extracomment>The dialog's size: room for the longest sign of the safety check on a 1280×800 screen. The user consented to starting Counterbalance at login. Declared contraindications (``settings.CONDITIONS``). Red flags ticked in the first-run safety check; None when it was not asked.</extracomment>
            <translation>Counterbalance — Benvenuto</translation>
        </message>
        <message>
            <source>Welcome to Counterbalance</source>
            <translation>Benvenuto in Counterbalance</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Indietro</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Avanti</translation>
        </message>
        <message>
            <source>A quick safety check</source>
            <translation>Un rapido controllo di sicurezza</translation>
        </message>
        <message>
            <source>What do you notice?</source>
            <translation>Cosa noti?</translation>
        </message>
        <message>
            <source>Your set-up</source>
            <translation>La tua attrezzatura</translation>
        </message>
        <message>
            <source>Anything to leave out?</source>
            <translation>Qualcosa da escludere?</translation>
        </message>
        <message>
            <source>Your starting focus</source>
            <translation>Il tuo punto di partenza</translation>
        </message>
        <message>
            <source>Finish</source>
            <translation>Fine</translation>
        </message>
        <message>
            <source>Step %1 of %2</source>
            <translation>Passo %1 di %2</translation>
        </message>
    </context>
    <context>
        <name>Pain</name>
        <message>
            <source>How much pain do you have right now?</source>
            <extracomment>Smallest change in weekly mean pain shown as "meaningful" (brief §4, low back pain). Alternatively, a relative change of this share counts as meaningful. Minimal detectable change of a single NRS rating (brief §4 [21]): smaller differences between two single ratings are within measurement noise.</extracomment>
            <translation>Quanto dolore hai in questo momento?</translation>
        </message>
        <message>
            <source>How much pain do you have in your {region} right now?</source>
            <translation>Quanto dolore hai in questo momento ({region})?</translation>
        </message>
        <message>
            <source>On average, how much pain have you had today?</source>
            <translation>In media, quanto dolore hai avuto oggi?</translation>
        </message>
        <message>
            <source>0 = no pain</source>
            <translation>0 = nessun dolore</translation>
        </message>
        <message>
            <source>10 = worst pain imaginable</source>
            <translation>10 = il peggior dolore immaginabile</translation>
        </message>
        <message>
            <source>no pain</source>
            <translation>nessun dolore</translation>
        </message>
        <message>
            <source>worst pain imaginable</source>
            <translation>il peggior dolore immaginabile</translation>
        </message>
        <message>
            <source>Before we start</source>
            <extracomment>Headline over the rating, by when it is asked.</extracomment>
            <translation>Prima di iniziare</translation>
        </message>
        <message>
            <source>Session finished</source>
            <translation>Sessione terminata</translation>
        </message>
        <message>
            <source>Pain during this exercise</source>
            <translation>Dolore durante questo esercizio</translation>
        </message>
        <message>
            <source>Your day</source>
            <translation>La tua giornata</translation>
        </message>
        <message>
            <source>No pain</source>
            <translation>Nessun dolore</translation>
        </message>
        <message>
            <source>Mild</source>
            <translation>Lieve</translation>
        </message>
        <message>
            <source>Moderate</source>
            <translation>Moderato</translation>
        </message>
        <message>
            <source>Severe</source>
            <translation>Forte</translation>
        </message>
        <message>
            <source>Neck</source>
            <extracomment>Display names of the optional body regions (brief §4).</extracomment>
            <translation>Collo</translation>
        </message>
        <message>
            <source>Upper back / shoulders</source>
            <translation>Parte alta della schiena / spalle</translation>
        </message>
        <message>
            <source>Low back</source>
            <translation>Zona lombare</translation>
        </message>
        <message>
            <source>Hips / buttocks</source>
            <translation>Anche / glutei</translation>
        </message>
        <message>
            <source>Leg (below the knee)</source>
            <translation>Gamba (sotto il ginocchio)</translation>
        </message>
        <message>
            <source>Arm / hand</source>
            <translation>Braccio / mano</translation>
        </message>
        <message>
            <source>neck</source>
            <extracomment>The region as it reads inside the question ("in your …").</extracomment>
            <translation>collo</translation>
        </message>
        <message>
            <source>upper back or shoulders</source>
            <translation>parte alta della schiena o spalle</translation>
        </message>
        <message>
            <source>low back</source>
            <translation>zona lombare</translation>
        </message>
        <message>
            <source>hips or buttocks</source>
            <translation>anche o glutei</translation>
        </message>
        <message>
            <source>leg</source>
            <translation>gamba</translation>
        </message>
        <message>
            <source>arm or hand</source>
            <translation>braccio o mano</translation>
        </message>
    </context>
    <context>
        <name>PainRating</name>
        <message numerus="yes">
            <source>Pain %n out of 10</source>
            <extracomment>Band label colours on a light window (each ≥ 4.5:1 against it). Band label colours on a dark window.</extracomment>
            <translation>
                <numerusform>Dolore %n su 10</numerusform>
                <numerusform>Dolore %n su 10</numerusform>
            </translation>
        </message>
        <message>
            <source>Where is the pain (optional)</source>
            <translation>Dov'è il dolore (facoltativo)</translation>
        </message>
        <message>
            <source>Anywhere / not specific</source>
            <translation>Ovunque / non preciso</translation>
        </message>
        <message>
            <source>Where (optional):</source>
            <translation>Dove (facoltativo):</translation>
        </message>
        <message>
            <source>Type 0–9 · 1 then 0 for 10 · Enter confirms · Esc skips</source>
            <translation>Digita 0–9 · 1 e poi 0 per 10 · Invio conferma · Esc salta</translation>
        </message>
        <message>
            <source>Optional: type 0–9, or 1 then 0 for 10</source>
            <translation>Facoltativo: digita 0–9, oppure 1 e poi 0 per 10</translation>
        </message>
    </context>
    <context>
        <name>Planner</name>
        <message>
            <source>My low back gets sore after sitting or standing a while</source>
            <translation>La zona lombare mi fa male dopo essere stato seduto o in piedi a lungo</translation>
        </message>
        <message>
            <source>The front of my hips feels tight</source>
            <translation>La parte anteriore delle anche mi sembra rigida</translation>
        </message>
        <message>
            <source>I find it hard to feel my glutes or core working</source>
            <translation>Faccio fatica a sentire lavorare glutei o addominali</translation>
        </message>
        <message>
            <source>My low back looks flat and the backs of my thighs feel tight</source>
            <translation>La mia zona lombare sembra piatta e la parte posteriore delle cosce è rigida</translation>
        </message>
        <message>
            <source>My neck or shoulders ache after screen work</source>
            <translation>Collo o spalle mi fanno male dopo il lavoro al computer</translation>
        </message>
        <message>
            <source>My head pokes forward or my shoulders round when I sit</source>
            <translation>Quando sono seduto la testa va in avanti o le spalle si incurvano</translation>
        </message>
        <message>
            <source>I get tension headaches</source>
            <translation>Soffro di cefalea tensiva</translation>
        </message>
        <message>
            <source>One hip always feels tighter than the other</source>
            <translation>Un'anca mi sembra sempre più rigida dell'altra</translation>
        </message>
        <message>
            <source>One shoulder sits higher than the other</source>
            <translation>Una spalla è più alta dell'altra</translation>
        </message>
        <message>
            <source>My belt or trouser line sits unevenly</source>
            <translation>La cintura o la vita dei pantaloni è storta</translation>
        </message>
        <message>
            <source>I keep shifting my weight to one side</source>
            <translation>Sposto continuamente il peso su un lato</translation>
        </message>
        <message>
            <source>My pain is mostly on one side</source>
            <translation>Il mio dolore è soprattutto su un lato</translation>
        </message>
        <message>
            <source>Hips and low back (lower-crossed pattern)</source>
            <translation>Anche e zona lombare (schema crociato inferiore)</translation>
        </message>
        <message>
            <source>Neck, chest and upper back (upper-crossed pattern)</source>
            <translation>Collo, petto e parte alta della schiena (schema crociato superiore)</translation>
        </message>
        <message>
            <source>Both: alternate upper and lower body</source>
            <translation>Entrambi: alternare parte superiore e inferiore del corpo</translation>
        </message>
        <message>
            <source>Left–right balance (one side tighter or weaker)</source>
            <translation>Equilibrio sinistra–destra (un lato più rigido o più debole)</translation>
        </message>
        <message>
            <source>Flat low back (posterior-tilt pattern)</source>
            <translation>Zona lombare piatta (schema di retroversione del bacino)</translation>
        </message>
    </context>
    <context>
        <name>ProgressCards</name>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n giorno</numerusform>
                <numerusform>%n giorni</numerusform>
            </translation>
        </message>
        <message>
            <source>Breaks taken this week</source>
            <translation>Pause fatte questa settimana</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n break(s)</source>
            <translation>
                <numerusform>%1 di %n pausa</numerusform>
                <numerusform>%1 di %n pause</numerusform>
            </translation>
        </message>
        <message>
            <source>No breaks offered yet</source>
            <translation>Ancora nessuna pausa proposta</translation>
        </message>
        <message>
            <source>last week %1</source>
            <translation>settimana scorsa %1</translation>
        </message>
        <message>
            <source>Pain before sessions</source>
            <translation>Dolore prima delle sessioni</translation>
        </message>
        <message>
            <source> / 10</source>
            <translation> / 10</translation>
        </message>
        <message>
            <source>a meaningful drop</source>
            <translation>un calo significativo</translation>
        </message>
        <message>
            <source>a meaningful rise</source>
            <translation>un aumento significativo</translation>
        </message>
        <message>
            <source>%1 points within sessions</source>
            <translation>%1 punti durante le sessioni</translation>
        </message>
        <message>
            <source>Rate your pain before a session</source>
            <translation>Valuta il dolore prima di una sessione</translation>
        </message>
        <message>
            <source>Current streak</source>
            <translation>Serie attuale</translation>
        </message>
        <message>
            <source>longest: %1</source>
            <translation>la più lunga: %1</translation>
        </message>
        <message>
            <source>Exercise this week</source>
            <translation>Esercizio questa settimana</translation>
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
                <numerusform>settimana scorsa %n min</numerusform>
                <numerusform>settimana scorsa %n min</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProgressCharts</name>
        <message>
            <source>Charts of adherence and pain</source>
            <translation>Grafici di aderenza e dolore</translation>
        </message>
        <message>
            <source>The charts could not be drawn: %1</source>
            <translation>Impossibile disegnare i grafici: %1</translation>
        </message>
        <message>
            <source>Qt Quick is not available</source>
            <translation>Qt Quick non è disponibile</translation>
        </message>
        <message numerus="yes">
            <source>Week of %1: %2 of %n break(s) taken (%3)</source>
            <translation>
                <numerusform>Settimana del %1: %2 di %n pausa fatta (%3)</numerusform>
                <numerusform>Settimana del %1: %2 di %n pause fatte (%3)</numerusform>
            </translation>
        </message>
        <message>
            <source>Sessions you started: %1</source>
            <translation>Sessioni avviate da te: %1</translation>
        </message>
        <message>
            <source>Week of %1</source>
            <translation>Settimana del %1</translation>
        </message>
        <message>
            <source>Breaks taken (%)</source>
            <translation>Pause fatte (%)</translation>
        </message>
        <message>
            <source>Pain before session</source>
            <translation>Dolore prima della sessione</translation>
        </message>
        <message>
            <source>Pain after session</source>
            <translation>Dolore dopo la sessione</translation>
        </message>
        <message>
            <source>Breaks taken and pain, week by week</source>
            <translation>Pause fatte e dolore, settimana per settimana</translation>
        </message>
        <message>
            <source>Pain before sessions, by body region</source>
            <translation>Dolore prima delle sessioni, per zona del corpo</translation>
        </message>
        <message>
            <source>Pain 0–10</source>
            <translation>Dolore 0–10</translation>
        </message>
        <message>
            <source>Breaks taken</source>
            <translation>Pause fatte</translation>
        </message>
        <message>
            <source>Pick a body region when you rate your pain to see it here.</source>
            <translation>Scegli una zona del corpo quando valuti il dolore per vederla qui.</translation>
        </message>
    </context>
    <context>
        <name>ProgressDialogs</name>
        <message>
            <source>Counterbalance — Export CSV to folder</source>
            <translation>Counterbalance — Esporta CSV in una cartella</translation>
        </message>
        <message>
            <source>Counterbalance — Save chart images to folder</source>
            <translation>Counterbalance — Salva le immagini dei grafici in una cartella</translation>
        </message>
        <message>
            <source>Counterbalance — Save report</source>
            <translation>Counterbalance — Salva il report</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>File PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Counterbalance — Delete all my data</source>
            <translation>Counterbalance — Elimina tutti i miei dati</translation>
        </message>
        <message>
            <source>Delete every break, session, set and pain rating?</source>
            <translation>Eliminare ogni pausa, sessione, serie e valutazione del dolore?</translation>
        </message>
        <message>
            <source>This cannot be undone. Automatic backups are deleted too. You can save a copy of your data first.</source>
            <translation>L'operazione non si può annullare. Vengono eliminati anche i backup automatici. Puoi prima salvare una copia dei tuoi dati.</translation>
        </message>
        <message>
            <source>&amp;Save a copy first…</source>
            <translation>&amp;Salva prima una copia…</translation>
        </message>
        <message>
            <source>&amp;Delete everything</source>
            <translation>&amp;Elimina tutto</translation>
        </message>
        <message>
            <source>Counterbalance — Save a copy of your data</source>
            <translation>Counterbalance — Salva una copia dei tuoi dati</translation>
        </message>
        <message>
            <source>Counterbalance data (*.sqlite3)</source>
            <translation>Dati di Counterbalance (*.sqlite3)</translation>
        </message>
    </context>
    <context>
        <name>ProgressPresenter</name>
        <message>
            <source>Something went wrong: %1</source>
            <extracomment>Exercise id -&gt; target region (catalog); empty hides the "worked this week" row. The computer shown (None: all) and the names to show computers by (sync).</extracomment>
            <translation>Qualcosa è andato storto: %1</translation>
        </message>
        <message numerus="yes">
            <source>Saved %n CSV file(s) in %1</source>
            <translation>
                <numerusform>%n file CSV salvato in %1</numerusform>
                <numerusform>%n file CSV salvati in %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saved %n chart image(s) in %1</source>
            <translation>
                <numerusform>%n immagine del grafico salvata in %1</numerusform>
                <numerusform>%n immagini dei grafici salvate in %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not save the report: %1</source>
            <translation>Impossibile salvare il report: %1</translation>
        </message>
        <message>
            <source>Saved the report as %1</source>
            <translation>Report salvato come %1</translation>
        </message>
        <message>
            <source>Could not save a copy: %1</source>
            <translation>Impossibile salvare una copia: %1</translation>
        </message>
        <message>
            <source>Saved a copy as %1</source>
            <translation>Copia salvata come %1</translation>
        </message>
        <message>
            <source>All your data was deleted.</source>
            <translation>Tutti i tuoi dati sono stati eliminati.</translation>
        </message>
    </context>
    <context>
        <name>ProgressWindow</name>
        <message>
            <source>Neck</source>
            <extracomment>Week labels are thinned out above this many weeks so they stay readable. Line colours per body region, chosen for contrast on light and on dark windows. Names of the pain regions (``core.events.Region``).
----------
Names of the catalog's target regions (``core.catalog.BODY_REGIONS``).</extracomment>
            <translation>Collo</translation>
        </message>
        <message>
            <source>Chest &amp; shoulders</source>
            <translation>Petto e spalle</translation>
        </message>
        <message>
            <source>Upper back</source>
            <translation>Parte alta della schiena</translation>
        </message>
        <message>
            <source>Core</source>
            <translation>Core</translation>
        </message>
        <message>
            <source>Low back</source>
            <translation>Zona lombare</translation>
        </message>
        <message>
            <source>Hips</source>
            <translation>Anche</translation>
        </message>
        <message>
            <source>Legs</source>
            <translation>Gambe</translation>
        </message>
        <message>
            <source>Upper back / shoulders</source>
            <translation>Parte alta della schiena / spalle</translation>
        </message>
        <message>
            <source>Hips / buttocks</source>
            <translation>Anche / glutei</translation>
        </message>
        <message>
            <source>Leg below knee</source>
            <translation>Gamba sotto il ginocchio</translation>
        </message>
        <message>
            <source>Arm / hand</source>
            <translation>Braccio / mano</translation>
        </message>
        <message>
            <source>Counterbalance — Progress</source>
            <extracomment>Ranges offered in the selector, in weeks. The first size: fits a 1280×800 screen with a panel. The charts never get shorter than this; a smaller window scrolls them instead.</extracomment>
            <translation>Counterbalance — Progressi</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progressi</translation>
        </message>
        <message>
            <source>Weeks shown</source>
            <translation>Settimane mostrate</translation>
        </message>
        <message>
            <source>How many weeks the charts show</source>
            <translation>Quante settimane mostrano i grafici</translation>
        </message>
        <message numerus="yes">
            <source>Last %n week(s)</source>
            <translation>
                <numerusform>Ultima settimana</numerusform>
                <numerusform>Ultime %n settimane</numerusform>
            </translation>
        </message>
        <message>
            <source>Your progress</source>
            <translation>I tuoi progressi</translation>
        </message>
        <message>
            <source>&amp;Show:</source>
            <translation>&amp;Mostra:</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Stato</translation>
        </message>
        <message>
            <source>No progress yet</source>
            <translation>Ancora nessun progresso</translation>
        </message>
        <message>
            <source>Nothing to show yet</source>
            <translation>Ancora niente da mostrare</translation>
        </message>
        <message>
            <source>Your charts appear here after your first break. Each week shows how many breaks you took out of those offered (adherence), and, when you rate your pain before and after a session, how your pain changes over the weeks.</source>
            <translation>I tuoi grafici compaiono qui dopo la prima pausa. Ogni settimana mostra quante pause hai fatto tra quelle proposte (aderenza) e, se valuti il dolore prima e dopo una sessione, come cambia il dolore nel corso delle settimane.</translation>
        </message>
        <message>
            <source>Tip: start a session now from the tray menu, or wait for the next break reminder. Rating your pain is optional and takes one key press.</source>
            <translation>Suggerimento: inizia subito una sessione dal menu dell'area di notifica, o aspetta il prossimo promemoria di pausa. Valutare il dolore è facoltativo e richiede un solo tasto.</translation>
        </message>
        <message>
            <source>Loading your progress…</source>
            <translation>Caricamento dei progressi…</translation>
        </message>
        <message>
            <source>Loading</source>
            <translation>Caricamento</translation>
        </message>
        <message>
            <source>Export &amp;CSV…</source>
            <translation>Esporta &amp;CSV…</translation>
        </message>
        <message>
            <source>Export raw events as CSV</source>
            <translation>Esporta gli eventi grezzi in CSV</translation>
        </message>
        <message>
            <source>Save charts as P&amp;NG…</source>
            <translation>Salva i grafici come P&amp;NG…</translation>
        </message>
        <message>
            <source>Save chart images</source>
            <translation>Salva le immagini dei grafici</translation>
        </message>
        <message>
            <source>&amp;Report for physio (PDF)…</source>
            <translation>&amp;Report per il fisioterapista (PDF)…</translation>
        </message>
        <message>
            <source>PDF report</source>
            <translation>Report PDF</translation>
        </message>
        <message>
            <source>&amp;Delete all my data…</source>
            <translation>&amp;Elimina tutti i miei dati…</translation>
        </message>
        <message>
            <source>Delete all data</source>
            <translation>Elimina tutti i dati</translation>
        </message>
        <message numerus="yes">
            <source>%n week(s) ago</source>
            <translation>
                <numerusform>%n settimana fa</numerusform>
                <numerusform>%n settimane fa</numerusform>
            </translation>
        </message>
        <message>
            <source>Pain about the same as {ago}</source>
            <translation>Dolore più o meno uguale a {ago}</translation>
        </message>
        <message>
            <source>Pain {points} points lower than {ago}</source>
            <translation>Dolore {points} punti più basso di {ago}</translation>
        </message>
        <message>
            <source>Pain {points} points higher than {ago}</source>
            <translation>Dolore {points} punti più alto di {ago}</translation>
        </message>
        <message>
            <source>As many breaks as {ago}: {recent} (was {earlier})</source>
            <translation>Tante pause quante {ago}: {recent} (prima {earlier})</translation>
        </message>
        <message>
            <source>More breaks than {ago}: {recent} (was {earlier})</source>
            <translation>Più pause di {ago}: {recent} (prima {earlier})</translation>
        </message>
        <message>
            <source>Fewer breaks than {ago}: {recent} (was {earlier})</source>
            <translation>Meno pause di {ago}: {recent} (prima {earlier})</translation>
        </message>
        <message numerus="yes">
            <source>%n set(s)</source>
            <translation>
                <numerusform>%n serie</numerusform>
                <numerusform>%n serie</numerusform>
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
            <translation>Chiudi e salta questa pausa</translation>
        </message>
        <message>
            <source>Close (skips this break)</source>
            <translation>Chiudi (salta questa pausa)</translation>
        </message>
        <message>
            <source>Finish what you're typing: the break starts when you pause for a moment.</source>
            <translation>Finisci di scrivere: la pausa inizia quando ti fermi un attimo.</translation>
        </message>
        <message>
            <source>Start now</source>
            <translation>Inizia ora</translation>
        </message>
        <message>
            <source>Start the break now</source>
            <translation>Inizia la pausa ora</translation>
        </message>
        <message>
            <source>At my next pause</source>
            <translation>Alla mia prossima sosta</translation>
        </message>
        <message>
            <source>Start the break when I stop typing</source>
            <translation>Inizia la pausa quando smetto di scrivere</translation>
        </message>
        <message>
            <source>Keep typing; the break starts by itself when you pause for a few seconds.</source>
            <translation>Continua a scrivere; la pausa inizia da sola quando ti fermi per qualche secondo.</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Salta</translation>
        </message>
        <message>
            <source>Skip this break</source>
            <translation>Salta questa pausa</translation>
        </message>
        <message>
            <source>Snooze</source>
            <translation>Rimanda</translation>
        </message>
        <message>
            <source>Time for a short break</source>
            <translation>È ora di una breve pausa</translation>
        </message>
        <message>
            <source>Time for your daily session</source>
            <translation>È ora della tua sessione quotidiana</translation>
        </message>
        <message>
            <source>Time for the break you skipped</source>
            <translation>È ora della pausa che hai saltato</translation>
        </message>
        <message>
            <source>First: {name}</source>
            <translation>Per primo: {name}</translation>
        </message>
        <message>
            <source>then {names}</source>
            <translation>poi {names}</translation>
        </message>
        <message>
            <source>This is the make-up for a break you skipped earlier. It is offered once; skipping it is fine.</source>
            <translation>Questo è il recupero di una pausa che hai saltato prima. Viene proposto una volta; saltarlo va bene.</translation>
        </message>
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
                <numerusform>Hai rimandato questa pausa una volta; iniziala ora o saltala.</numerusform>
                <numerusform>Hai rimandato questa pausa %n volte; iniziala ora o saltala.</numerusform>
            </translation>
        </message>
        <message>
            <source>This break can't be snoozed again; start it now or skip it.</source>
            <translation>Questa pausa non si può più rimandare; iniziala ora o saltala.</translation>
        </message>
        <message>
            <source>Enter starts</source>
            <translation>Invio avvia</translation>
        </message>
        <message numerus="yes">
            <source>S snoozes %n min</source>
            <translation>
                <numerusform>S rimanda di %n min</numerusform>
                <numerusform>S rimanda di %n min</numerusform>
            </translation>
        </message>
        <message>
            <source>P waits for your pause</source>
            <translation>P aspetta la tua sosta</translation>
        </message>
        <message>
            <source>Esc skips</source>
            <translation>Esc salta</translation>
        </message>
        <message>
            <source>Your typing stays in your app. Click this card to use keys: {keys}</source>
            <translation>Ciò che scrivi resta nella tua app. Fai clic su questa scheda per usare i tasti: {keys}</translation>
        </message>
    </context>
    <context>
        <name>PromptFlow</name>
        <message>
            <source>Break in {n} s</source>
            <extracomment>The prompt on screen, its logged id, kind and plan. A due break whose prompt waits for the break to be prepared. A break that came due while a session window was open: shown when it closes.</extracomment>
            <translation>Pausa tra {n} s</translation>
        </message>
        <message>
            <source>Counterbalance: a short break is coming. Finish your sentence.</source>
            <translation>Counterbalance: sta per arrivare una breve pausa. Finisci la frase.</translation>
        </message>
        <message>
            <source>Could not save</source>
            <translation>Impossibile salvare</translation>
        </message>
        <message numerus="yes">
            <source>%n exercise(s) · about {m} min</source>
            <translation>
                <numerusform>%n esercizio · circa {m} min</numerusform>
                <numerusform>%n esercizi · circa {m} min</numerusform>
            </translation>
        </message>
        <message>
            <source>Your data file</source>
            <translation>Il tuo file di dati</translation>
        </message>
        <message>
            <source>Counterbalance — Programme paused</source>
            <translation>Counterbalance — Programma in pausa</translation>
        </message>
        <message>
            <source>You reported signs that need a medical assessment, so the exercise programme is paused.

Has a doctor or physiotherapist assessed you and said it is fine to exercise?</source>
            <translation>Hai segnalato sintomi che richiedono una valutazione medica, quindi il programma di esercizi è in pausa.

Un medico o un fisioterapista ti ha visitato e ti ha detto che puoi fare esercizio?</translation>
        </message>
    </context>
    <context>
        <name>RatingPage</name>
        <message>
            <source>Confirm (Enter)</source>
            <extracomment>The feel page's notes wrap at this width (px) instead of spanning the window.</extracomment>
            <translation>Conferma (Invio)</translation>
        </message>
        <message>
            <source>Confirm rating</source>
            <translation>Conferma la valutazione</translation>
        </message>
        <message>
            <source>Skip (Esc)</source>
            <translation>Salta (Esc)</translation>
        </message>
        <message>
            <source>Skip rating</source>
            <translation>Salta la valutazione</translation>
        </message>
        <message>
            <source>No pain — 0</source>
            <translation>Nessun dolore — 0</translation>
        </message>
        <message>
            <source>No pain, rate zero</source>
            <translation>Nessun dolore, valuta zero</translation>
        </message>
        <message>
            <source>First up: %1</source>
            <translation>Per iniziare: %1</translation>
        </message>
    </context>
    <context>
        <name>ReadyNote</name>
        <message>
            <source>Counterbalance is running</source>
            <extracomment>Preferred width; the height follows the text.</extracomment>
            <translation>Counterbalance è in esecuzione</translation>
        </message>
        <message>
            <source>You're all set</source>
            <translation>Tutto pronto</translation>
        </message>
        <message>
            <source>Got it</source>
            <translation>Capito</translation>
        </message>
        <message>
            <source>Close this note</source>
            <translation>Chiudi questa nota</translation>
        </message>
        <message>
            <source>Counterbalance now lives in the &lt;b&gt;menu bar&lt;/b&gt; at the top of the screen. Click its icon for a session now, your progress or settings.</source>
            <translation>Counterbalance ora si trova nella &lt;b&gt;barra dei menu&lt;/b&gt; in alto sullo schermo. Fai clic sulla sua icona per una sessione, i tuoi progressi o le impostazioni.</translation>
        </message>
        <message>
            <source>Your desktop has no system tray, so Counterbalance keeps a &lt;b&gt;small window&lt;/b&gt; open. Use it for a session now, your progress or settings.</source>
            <translation>Il tuo desktop non ha un'area di notifica, quindi Counterbalance tiene aperta una &lt;b&gt;piccola finestra&lt;/b&gt;. Usala per una sessione, i tuoi progressi o le impostazioni.</translation>
        </message>
        <message>
            <source>Counterbalance now lives in the &lt;b&gt;system tray&lt;/b&gt;, among the small icons near the clock. Click its icon for a session now, your progress or settings.</source>
            <translation>Counterbalance ora si trova nell'&lt;b&gt;area di notifica&lt;/b&gt;, tra le piccole icone vicino all'orologio. Fai clic sulla sua icona per una sessione, i tuoi progressi o le impostazioni.</translation>
        </message>
        <message>
            <source>Breaks come while you work at the computer, within your working hours.</source>
            <translation>Le pause arrivano mentre lavori al computer, durante il tuo orario di lavoro.</translation>
        </message>
        <message numerus="yes">
            <source>Your first short break comes in about &lt;b&gt;%n min&lt;/b&gt; of computer use. Time away from the keyboard doesn't count.</source>
            <translation>
                <numerusform>La tua prima breve pausa arriva dopo circa &lt;b&gt;%n min&lt;/b&gt; di uso del computer. Il tempo lontano dalla tastiera non conta.</numerusform>
                <numerusform>La tua prima breve pausa arriva dopo circa &lt;b&gt;%n min&lt;/b&gt; di uso del computer. Il tempo lontano dalla tastiera non conta.</numerusform>
            </translation>
        </message>
        <message>
            <source>Your longer daily session is offered today at {time}.</source>
            <translation>La tua sessione quotidiana più lunga viene proposta oggi alle {time}.</translation>
        </message>
        <message>
            <source>Your longer daily session starts tomorrow at {time}.</source>
            <translation>La tua sessione quotidiana più lunga inizia domani alle {time}.</translation>
        </message>
    </context>
    <context>
        <name>ReportPdf</name>
        <message numerus="yes">
            <source>%n week(s), latest %1</source>
            <extracomment>One unit is one point, so font sizes and distances share a scale. Height of one row of the exercise list. Height of the disclaimer at the foot of the page.</extracomment>
            <translation>
                <numerusform>%n settimana, l'ultima %1</numerusform>
                <numerusform>%n settimane, l'ultima %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Counterbalance — progress report</source>
            <translation>Counterbalance — report dei progressi</translation>
        </message>
        <message numerus="yes">
            <source>Weeks %1 to %2 (%n week(s)), made on %3</source>
            <translation>
                <numerusform>Settimane dalla %1 alla %2 (%n settimana), creato il %3</numerusform>
                <numerusform>Settimane dalla %1 alla %2 (%n settimane), creato il %3</numerusform>
            </translation>
        </message>
        <message>
            <source>Breaks taken (adherence), mean of weeks</source>
            <translation>Pause fatte (aderenza), media delle settimane</translation>
        </message>
        <message>
            <source>Breaks taken / offered, whole period</source>
            <translation>Pause fatte / proposte, intero periodo</translation>
        </message>
        <message>
            <source>Sessions started by the user</source>
            <translation>Sessioni avviate dall'utente</translation>
        </message>
        <message>
            <source>Exercise time, whole period</source>
            <translation>Tempo di esercizio, intero periodo</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
        <message>
            <source>Pain before sessions, first → last rated week</source>
            <translation>Dolore prima delle sessioni, prima → ultima settimana valutata</translation>
        </message>
        <message>
            <source>Mean change within sessions (after − before)</source>
            <translation>Variazione media durante le sessioni (dopo − prima)</translation>
        </message>
        <message>
            <source>Weeks with a meaningful change (≥ 2 points or ≥ 30 %)</source>
            <translation>Settimane con una variazione significativa (≥ 2 punti o ≥ 30 %)</translation>
        </message>
        <message>
            <source>Current streak / longest (days)</source>
            <translation>Serie attuale / più lunga (giorni)</translation>
        </message>
        <message>
            <source>Breaks taken per week</source>
            <extracomment>Week labels under a chart, at most.</extracomment>
            <translation>Pause fatte per settimana</translation>
        </message>
        <message>
            <source>breaks taken (%)</source>
            <translation>pause fatte (%)</translation>
        </message>
        <message>
            <source>Pain per week (0–10, mean of daily means)</source>
            <translation>Dolore per settimana (0–10, media delle medie giornaliere)</translation>
        </message>
        <message>
            <source>before sessions</source>
            <translation>prima delle sessioni</translation>
        </message>
        <message>
            <source>after sessions</source>
            <translation>dopo le sessioni</translation>
        </message>
        <message>
            <source>Exercises done (sets)</source>
            <translation>Esercizi fatti (serie)</translation>
        </message>
        <message>
            <source>Safety notes</source>
            <translation>Note di sicurezza</translation>
        </message>
        <message>
            <source>No exercises logged in this period.</source>
            <translation>Nessun esercizio registrato in questo periodo.</translation>
        </message>
        <message>
            <source>Left / right sets: %1 / %2</source>
            <translation>Serie sinistra / destra: %1 / %2</translation>
        </message>
        <message>
            <source>None reported in this period.</source>
            <translation>Niente segnalato in questo periodo.</translation>
        </message>
        <message>
            <source>Self-reported data logged by the Counterbalance app. Adherence = breaks taken ÷ breaks offered. Pain: 0–10 numeric rating scale. This app gives general exercise and break reminders; it is not medical advice and does not diagnose or treat any condition.</source>
            <translation>Dati riferiti dall'utente e registrati dall'app Counterbalance. Aderenza = pause fatte ÷ pause proposte. Dolore: scala numerica da 0 a 10. Questa app dà promemoria generali per esercizi e pause; non è un consiglio medico e non diagnostica né cura alcuna malattia.</translation>
        </message>
    </context>
    <context>
        <name>Safety</name>
        <message>
            <source>Counterbalance reminds you to take breaks and guides general stretching and strengthening exercises. It is not medical advice, and it does not diagnose or treat any condition. If your symptoms are severe, getting worse or feel unusual, stop and talk to a qualified health professional.</source>
            <translation>Counterbalance ti ricorda di fare pause e ti guida in esercizi generali di allungamento e rinforzo. Non è un consiglio medico e non diagnostica né cura alcuna malattia. Se i tuoi sintomi sono forti, peggiorano o ti sembrano insoliti, fermati e parlane con un professionista sanitario qualificato.</translation>
        </message>
        <message>
            <source>Back and legs</source>
            <extracomment>Severity order: lower index = more serious. The advice each group leads to (issue 12: emergency now / see a doctor soon / carry on). Calm, plain headings for the checklist (the advice says how serious an answer is).</extracomment>
            <translation>Schiena e gambe</translation>
        </message>
        <message>
            <source>Head and neck</source>
            <translation>Testa e collo</translation>
        </message>
        <message>
            <source>Upper back and chest</source>
            <translation>Parte alta della schiena e petto</translation>
        </message>
        <message>
            <source>Numbness, tingling or weakness</source>
            <translation>Intorpidimento, formicolio o debolezza</translation>
        </message>
        <message>
            <source>Your health in general</source>
            <translation>La tua salute in generale</translation>
        </message>
        <message>
            <source>How the pain affects you</source>
            <translation>Come ti condiziona il dolore</translation>
        </message>
        <message>
            <source>Seek emergency care now. These signs need a doctor to check them within hours. Counterbalance has stopped your programme until you confirm that you have been assessed.</source>
            <translation>Rivolgiti subito al pronto soccorso. Questi segni devono essere controllati da un medico entro poche ore. Counterbalance ha fermato il tuo programma finché non confermi di essere stato visitato.</translation>
        </message>
        <message>
            <source>Seek emergency care now. Stop the exercises and call your local emergency number if these signs came on suddenly or are getting worse. Counterbalance has stopped your programme until you confirm that you have been assessed.</source>
            <translation>Rivolgiti subito al pronto soccorso. Interrompi gli esercizi e chiama il numero di emergenza locale se questi segni sono comparsi all'improvviso o stanno peggiorando. Counterbalance ha fermato il tuo programma finché non confermi di essere stato visitato.</translation>
        </message>
        <message>
            <source>Seek emergency care now. Back pain that comes with chest pain or breathlessness needs to be checked straight away. Counterbalance has stopped your programme until you confirm that you have been assessed.</source>
            <translation>Rivolgiti subito al pronto soccorso. Il mal di schiena accompagnato da dolore al petto o mancanza di fiato va controllato immediatamente. Counterbalance ha fermato il tuo programma finché non confermi di essere stato visitato.</translation>
        </message>
        <message>
            <source>Stop the exercises for the affected area and see a health professional before you do them again.</source>
            <translation>Interrompi gli esercizi per la zona interessata e consulta un professionista sanitario prima di rifarli.</translation>
        </message>
        <message>
            <source>Please have a doctor review these symptoms before you continue. Counterbalance has paused your programme until you confirm that you have been assessed.</source>
            <translation>Fai valutare questi sintomi da un medico prima di continuare. Counterbalance ha messo in pausa il tuo programma finché non confermi di essere stato visitato.</translation>
        </message>
        <message>
            <source>We recommend seeing a physiotherapist or doctor. You can keep going gently, or pause the programme until then.</source>
            <translation>Ti consigliamo di rivolgerti a un fisioterapista o a un medico. Puoi continuare con delicatezza, oppure mettere in pausa il programma fino ad allora.</translation>
        </message>
        <message>
            <source>Emergency signs (back and legs): told to seek emergency care</source>
            <extracomment>How the report words a stored safety event (``SafetyNote.code``), by group.</extracomment>
            <translation>Segni di emergenza (schiena e gambe): consigliato il pronto soccorso</translation>
        </message>
        <message>
            <source>Emergency signs (head and neck): told to seek emergency care</source>
            <translation>Segni di emergenza (testa e collo): consigliato il pronto soccorso</translation>
        </message>
        <message>
            <source>Emergency signs (upper back and chest): told to seek emergency care</source>
            <translation>Segni di emergenza (parte alta della schiena e petto): consigliato il pronto soccorso</translation>
        </message>
        <message>
            <source>Numbness, tingling or weakness: exercises for the area stopped</source>
            <translation>Intorpidimento, formicolio o debolezza: esercizi per la zona interrotti</translation>
        </message>
        <message>
            <source>Signs for a doctor to review: programme paused</source>
            <translation>Segni da far valutare a un medico: programma in pausa</translation>
        </message>
        <message>
            <source>Advised to see a physiotherapist or doctor</source>
            <translation>Consigliato di rivolgersi a un fisioterapista o a un medico</translation>
        </message>
        <message>
            <source>Safety check: no warning signs</source>
            <translation>Controllo di sicurezza: nessun segnale d'allarme</translation>
        </message>
        <message>
            <source>Assessment confirmed: programme resumed</source>
            <translation>Visita confermata: programma ripreso</translation>
        </message>
        <message>
            <source>symptom checklist</source>
            <extracomment>What raised a stored safety event (``SafetyNote.action``: a ``Trigger`` value).</extracomment>
            <translation>elenco dei sintomi</translation>
        </message>
        <message>
            <source>pain rated 7 or more</source>
            <translation>dolore valutato 7 o più</translation>
        </message>
        <message>
            <source>weekly pain rising</source>
            <translation>dolore settimanale in aumento</translation>
        </message>
        <message>
            <source>None of the warning signs apply. Keep exercising within comfort: mild tension is fine, sharp pain is not. If anything changes, check again.</source>
            <translation>Nessuno dei segnali d'allarme ti riguarda. Continua a fare esercizio restando a tuo agio: una leggera tensione va bene, un dolore acuto no. Se qualcosa cambia, ricontrolla.</translation>
        </message>
        <message>
            <source>New trouble controlling or emptying your bladder or bowel</source>
            <extracomment>The red flags, grouped, most serious first (brief §4 [7][9][26], S0; issue 12).</extracomment>
            <translation>Nuove difficoltà a controllare o svuotare la vescica o l'intestino</translation>
        </message>
        <message>
            <source>Numbness in the groin, buttocks or inner thighs</source>
            <translation>Intorpidimento all'inguine, ai glutei o all'interno delle cosce</translation>
        </message>
        <message>
            <source>New loss of sexual function or feeling</source>
            <translation>Nuova perdita della funzione o della sensibilità sessuale</translation>
        </message>
        <message>
            <source>Pain, numbness or pins and needles in both legs</source>
            <translation>Dolore, intorpidimento o formicolio in entrambe le gambe</translation>
        </message>
        <message>
            <source>Weakness in one or both legs that is new or getting worse</source>
            <translation>Debolezza in una o entrambe le gambe, nuova o in peggioramento</translation>
        </message>
        <message>
            <source>Dizziness or light-headedness, for example when you turn or tilt your head</source>
            <translation>Capogiri o sensazione di svenimento, per esempio quando giri o inclini la testa</translation>
        </message>
        <message>
            <source>Double vision or a sudden change in your sight</source>
            <translation>Visione doppia o un cambiamento improvviso della vista</translation>
        </message>
        <message>
            <source>Trouble speaking, or slurred speech</source>
            <translation>Difficoltà a parlare, o parola impastata</translation>
        </message>
        <message>
            <source>Trouble swallowing</source>
            <translation>Difficoltà a deglutire</translation>
        </message>
        <message>
            <source>Sudden falls without losing consciousness (drop attacks)</source>
            <translation>Cadute improvvise senza perdita di coscienza (drop attack)</translation>
        </message>
        <message>
            <source>Feeling sick or vomiting together with neck pain</source>
            <translation>Nausea o vomito insieme al dolore al collo</translation>
        </message>
        <message>
            <source>Eyes that flicker or jump on their own</source>
            <translation>Occhi che tremolano o saltano da soli</translation>
        </message>
        <message>
            <source>Numbness or tingling in the face or lips</source>
            <translation>Intorpidimento o formicolio al viso o alle labbra</translation>
        </message>
        <message>
            <source>A sudden, severe headache unlike any you have had</source>
            <translation>Un mal di testa improvviso e forte, diverso da qualsiasi altro tu abbia avuto</translation>
        </message>
        <message>
            <source>Sudden, tearing neck pain</source>
            <translation>Dolore al collo improvviso, come uno strappo</translation>
        </message>
        <message>
            <source>Clumsy hands or an unsteady walk</source>
            <translation>Mani goffe o andatura instabile</translation>
        </message>
        <message>
            <source>Upper-back pain together with chest pain, pressure or tightness</source>
            <translation>Dolore nella parte alta della schiena insieme a dolore, pressione o senso di costrizione al petto</translation>
        </message>
        <message>
            <source>Upper-back pain together with shortness of breath</source>
            <translation>Dolore nella parte alta della schiena insieme a mancanza di fiato</translation>
        </message>
        <message>
            <source>Numbness, tingling or weakness in an arm or hand</source>
            <translation>Intorpidimento, formicolio o debolezza in un braccio o in una mano</translation>
        </message>
        <message>
            <source>Numbness, tingling or weakness in one leg or foot</source>
            <translation>Intorpidimento, formicolio o debolezza in una gamba o in un piede</translation>
        </message>
        <message>
            <source>Fever or chills together with the pain</source>
            <translation>Febbre o brividi insieme al dolore</translation>
        </message>
        <message>
            <source>Weight loss you cannot explain</source>
            <translation>Perdita di peso che non sai spiegare</translation>
        </message>
        <message>
            <source>A history of cancer</source>
            <translation>Una storia di tumore</translation>
        </message>
        <message>
            <source>Pain at night that does not ease when you rest or change position</source>
            <translation>Dolore notturno che non si calma con il riposo o cambiando posizione</translation>
        </message>
        <message>
            <source>The pain began after a recent fall, accident or other injury</source>
            <translation>Il dolore è iniziato dopo una caduta, un incidente o un'altra lesione recente</translation>
        </message>
        <message>
            <source>Long-term steroid tablets or a weakened immune system</source>
            <translation>Cortisonici in compresse a lungo termine o un sistema immunitario indebolito</translation>
        </message>
        <message>
            <source>Injecting drugs, now or in the past</source>
            <translation>Uso di droghe per iniezione, ora o in passato</translation>
        </message>
        <message>
            <source>This is new pain and you are under 20 or over 50</source>
            <translation>È un dolore nuovo e hai meno di 20 o più di 50 anni</translation>
        </message>
        <message>
            <source>The pain has lasted more than 3 months</source>
            <translation>Il dolore dura da più di 3 mesi</translation>
        </message>
        <message>
            <source>The pain disturbs your sleep or daily activities</source>
            <translation>Il dolore disturba il sonno o le attività quotidiane</translation>
        </message>
        <message>
            <source>The pain does not improve with rest or basic exercise</source>
            <translation>Il dolore non migliora con il riposo o con esercizi semplici</translation>
        </message>
        <message>
            <source>You rated your pain {value} out of 10. Pain this strong is worth getting checked: we recommend seeing a physiotherapist or doctor. You can pause the programme until then.</source>
            <extracomment>Rise of the weekly mean pain, in points, that counts when it lasts two weeks.</extracomment>
            <translation>Hai valutato il tuo dolore {value} su 10. Un dolore così forte va controllato: ti consigliamo di rivolgerti a un fisioterapista o a un medico. Puoi mettere in pausa il programma fino ad allora.</translation>
        </message>
        <message>
            <source>Your weekly average pain has been at least 2 points higher than before for two weeks running ({before:.1f} → {week1:.1f} → {week2:.1f}). We recommend seeing a physiotherapist or doctor. You can pause the programme until then.</source>
            <translation>Il tuo dolore medio settimanale è stato di almeno 2 punti più alto di prima per due settimane di fila ({before:.1f} → {week1:.1f} → {week2:.1f}). Ti consigliamo di rivolgerti a un fisioterapista o a un medico. Puoi mettere in pausa il programma fino ad allora.</translation>
        </message>
        <message>
            <source>Before your first exercise, a few questions to check that exercise is right for you today. Most people tick none of them.</source>
            <extracomment>A pain-triggered check is not repeated within this time of the last check. Pain during an exercise above this asks the short check (brief §3 pain-monitoring model). The user opened "Check symptoms…" themselves. The short list: one or two signs of each serious kind, in words anyone can answer; the lasting facts (history of cancer, steroids, drug use) stay in the full list. Which list each reason asks.</extracomment>
            <translation>Prima del tuo primo esercizio, alcune domande per verificare che oggi l'esercizio sia adatto a te. La maggior parte delle persone non ne spunta nessuna.</translation>
        </message>
        <message>
            <source>You rated your pain quite high, so here is a quick check. Most people tick none of these; if one applies, you will see what to do.</source>
            <translation>Hai valutato il dolore piuttosto alto, quindi ecco un rapido controllo. La maggior parte delle persone non ne spunta nessuna; se una ti riguarda, vedrai cosa fare.</translation>
        </message>
        <message>
            <source>That exercise hurt more than it should, so here is a quick check. Most people tick none of these.</source>
            <translation>Quell'esercizio ha fatto più male del dovuto, quindi ecco un rapido controllo. La maggior parte delle persone non ne spunta nessuna.</translation>
        </message>
        <message>
            <source>You mentioned numbness, tingling or weakness. Please tick anything that applies now, so Counterbalance can tell you what to do next.</source>
            <translation>Hai parlato di intorpidimento, formicolio o debolezza. Spunta tutto ciò che ti riguarda ora, così Counterbalance può dirti cosa fare.</translation>
        </message>
        <message>
            <source>A quick check-in, as every few weeks. Tick anything that is new since you last checked; most people tick nothing.</source>
            <translation>Un breve controllo, come ogni poche settimane. Spunta tutto ciò che è nuovo dall'ultimo controllo; la maggior parte delle persone non spunta niente.</translation>
        </message>
        <message>
            <source>Tick every sign that applies to you now. Counterbalance gives general advice, not a diagnosis: a sign is a reason to get checked.</source>
            <translation>Spunta ogni segno che ti riguarda ora. Counterbalance dà consigli generali, non una diagnosi: un segno è un motivo per farti visitare.</translation>
        </message>
        <message>
            <source>Seek emergency care now.</source>
            <translation>Rivolgiti subito al pronto soccorso.</translation>
        </message>
    </context>
    <context>
        <name>SafetyPage</name>
        <message>
            <source>Advice</source>
            <translation>Consiglio</translation>
        </message>
    </context>
    <context>
        <name>SessionCues</name>
        <message>
            <source>Done! How did this break feel?</source>
            <translation>Fatto! Com'è andata questa pausa?</translation>
        </message>
        <message>
            <source>Switch sides: %1</source>
            <extracomment>Ticks sound in the last seconds of a hold. The countdown second of the last view, so that a second ticks once.</extracomment>
            <translation>Cambia lato: %1</translation>
        </message>
        <message>
            <source>Hold</source>
            <translation>Tieni</translation>
        </message>
        <message>
            <source>How did that feel?</source>
            <translation>Com'è andata?</translation>
        </message>
    </context>
    <context>
        <name>SessionTexts</name>
        <message>
            <source>Skipped set %1 of %2</source>
            <translation>Serie %1 di %2 saltata</translation>
        </message>
        <message>
            <source>Session finished</source>
            <translation>Sessione terminata</translation>
        </message>
        <message>
            <source>Exercise %1 of %2</source>
            <translation>Esercizio %1 di %2</translation>
        </message>
        <message>
            <source>left side</source>
            <translation>lato sinistro</translation>
        </message>
        <message>
            <source>right side</source>
            <translation>lato destro</translation>
        </message>
        <message>
            <source>both sides</source>
            <translation>entrambi i lati</translation>
        </message>
        <message>
            <source>%1 s of exercise</source>
            <translation>%1 s di esercizio</translation>
        </message>
        <message>
            <source>%1 min of exercise</source>
            <translation>%1 min di esercizio</translation>
        </message>
        <message>
            <source>%1 min %2 s of exercise</source>
            <translation>%1 min %2 s di esercizio</translation>
        </message>
    </context>
    <context>
        <name>SessionWindow</name>
        <message>
            <source>Counterbalance — Session</source>
            <extracomment>The window's preferred size (smaller screens get less).</extracomment>
            <translation>Counterbalance — Sessione</translation>
        </message>
        <message>
            <source>Guided session</source>
            <translation>Sessione guidata</translation>
        </message>
        <message>
            <source>Check symptoms…</source>
            <translation>Controlla i sintomi…</translation>
        </message>
        <message>
            <source>Check symptoms</source>
            <translation>Controlla i sintomi</translation>
        </message>
        <message>
            <source>Large view (F)</source>
            <translation>Vista grande (F)</translation>
        </message>
        <message>
            <source>Large view for floor exercises</source>
            <translation>Vista grande per gli esercizi a terra</translation>
        </message>
        <message>
            <source>Normal view (F)</source>
            <translation>Vista normale (F)</translation>
        </message>
        <message numerus="yes">
            <source>%n exercise(s) planned</source>
            <translation>
                <numerusform>%n esercizio previsto</numerusform>
                <numerusform>%n esercizi previsti</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>Minutes of active time between microbreaks.</source>
            <extracomment>Longest computer name and sync folder path accepted. Profiles in the order they are offered. Conditions a user may declare: the keys of ``exercise_needs.CONTRAINDICATIONS`` (texts there).</extracomment>
            <translation>Minuti di tempo attivo tra una micropausa e l'altra.</translation>
        </message>
        <message>
            <source>No keyboard or mouse use this long is a break by itself.</source>
            <translation>Non usare tastiera né mouse per questo tempo è già una pausa.</translation>
        </message>
        <message>
            <source>A notification this many seconds before; 0 = none.</source>
            <translation>Una notifica questi secondi prima; 0 = nessuna.</translation>
        </message>
        <message>
            <source>Makes breaks less predictable; 0 keeps them exact.</source>
            <translation>Rende le pause meno prevedibili; 0 le mantiene esatte.</translation>
        </message>
        <message>
            <source>Snooze choices the break prompt offers, in minutes.</source>
            <translation>Opzioni di rinvio offerte dall'avviso di pausa, in minuti.</translation>
        </message>
        <message>
            <source>After this many, only Start or Skip remain; 0 = no snooze.</source>
            <translation>Dopo questi, restano solo Inizia o Salta; 0 = nessun rinvio.</translation>
        </message>
        <message>
            <source>Only offer breaks during the working hours.</source>
            <translation>Proporre pause solo durante l'orario di lavoro.</translation>
        </message>
        <message>
            <source>Working hours per weekday: [start, end] pairs that do not overlap.</source>
            <translation>Orario per giorno della settimana: coppie [inizio, fine] che non si sovrappongono.</translation>
        </message>
        <message>
            <source>Hold breaks while a full-screen window is active.</source>
            <translation>Trattenere le pause mentre è attiva una finestra a schermo intero.</translation>
        </message>
        <message>
            <source>Hold breaks while Do Not Disturb is on.</source>
            <translation>Trattenere le pause mentre «Non disturbare» è attivo.</translation>
        </message>
        <message>
            <source>Local time of the daily session reminder, every day.</source>
            <translation>Ora locale del promemoria della sessione quotidiana, ogni giorno.</translation>
        </message>
        <message>
            <source>Remind of a longer daily session.</source>
            <translation>Ricordare una sessione quotidiana più lunga.</translation>
        </message>
        <message>
            <source>Focus of the exercises; a starting point, not a diagnosis.</source>
            <translation>Obiettivo degli esercizi; un punto di partenza, non una diagnosi.</translation>
        </message>
        <message>
            <source>Equipment at the desk; band exercises only with a band.</source>
            <translation>Attrezzatura alla scrivania; esercizi con elastico solo se hai un elastico.</translation>
        </message>
        <message>
            <source>Gets an extra set of one-sided strengthening.</source>
            <translation>Riceve una serie in più di rinforzo su un solo lato.</translation>
        </message>
        <message>
            <source>Gets an extra hold of one-sided stretches.</source>
            <extracomment>Asked separately from the weaker side, never assumed from it (issue 12).</extracomment>
            <translation>Riceve una tenuta in più negli allungamenti su un solo lato.</translation>
        </message>
        <message>
            <source>Declared conditions; exercises not advised for them are left out.</source>
            <translation>Condizioni dichiarate; gli esercizi sconsigliati in questi casi vengono esclusi.</translation>
        </message>
        <message>
            <source>Play ticks and chimes during sessions.</source>
            <translation>Riprodurre ticchettii e rintocchi durante le sessioni.</translation>
        </message>
        <message>
            <source>Speak exercise cues aloud.</source>
            <translation>Leggere ad alta voce le indicazioni degli esercizi.</translation>
        </message>
        <message>
            <source>Share of microbreaks that ask pain before and after (1 = every one).</source>
            <extracomment>Brief §4 rates pain "on a sample of breaks to limit burden": about one in three (some three a day at ten breaks), plus every daily session and the day's average.</extracomment>
            <translation>Quota di micropause che chiedono il dolore prima e dopo (1 = tutte).</translation>
        </message>
        <message>
            <source>Ask how each exercise felt in microbreaks, instead of once per break.</source>
            <translation>Chiedere com'è andato ogni esercizio nelle micropause, invece di una volta per pausa.</translation>
        </message>
        <message>
            <source>Language of the app; empty follows the system. Applies at the next start.</source>
            <translation>Lingua dell'app; vuoto segue il sistema. Si applica al prossimo avvio.</translation>
        </message>
        <message>
            <source>Share one history with your other computers through a folder you sync.</source>
            <translation>Condividi un unico storico con gli altri tuoi computer tramite una cartella che sincronizzi.</translation>
        </message>
        <message>
            <source>The synced folder (Syncthing, Dropbox, Nextcloud, a network share); Counterbalance writes only inside its own Counterbalance folder there.</source>
            <translation>La cartella sincronizzata (Syncthing, Dropbox, Nextcloud, una condivisione di rete); Counterbalance scrive solo nella propria cartella Counterbalance.</translation>
        </message>
        <message>
            <source>This computer's name in the progress window; empty uses the host name.</source>
            <translation>Nome di questo computer nella finestra dei progressi; se vuoto si usa il nome host.</translation>
        </message>
        <message>
            <source>Start Counterbalance at login.</source>
            <translation>Avviare Counterbalance all'accesso.</translation>
        </message>
        <message>
            <source>The user was asked about starting at login.</source>
            <translation>È già stato chiesto dell'avvio all'accesso.</translation>
        </message>
        <message>
            <source>The first-run setup was completed.</source>
            <translation>La configurazione iniziale è stata completata.</translation>
        </message>
        <message>
            <source>The user accepted the health disclaimer.</source>
            <translation>L'avvertenza sulla salute è stata accettata.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Enter at least one snooze time, e.g. 5, 10, 15.</source>
            <translation>Inserisci almeno un tempo di rinvio, ad es. 5, 10, 15.</translation>
        </message>
        <message>
            <source>“{part}” is not a whole number of minutes.</source>
            <translation>«{part}» non è un numero intero di minuti.</translation>
        </message>
        <message>
            <source>Each snooze time must be {lo}–{hi} min.</source>
            <translation>Ogni tempo di rinvio deve essere di {lo}–{hi} min.</translation>
        </message>
        <message>
            <source>Give at most {n} snooze times.</source>
            <translation>Indica al massimo {n} tempi di rinvio.</translation>
        </message>
        <message>
            <source>{day}: {start}–{end} ends before it starts.</source>
            <extracomment>Width of the weekday names column in the working-hours tab.</extracomment>
            <translation>{day}: {start}–{end} finisce prima di iniziare.</translation>
        </message>
        <message>
            <source>{day}: {a} and {b} overlap.</source>
            <translation>{day}: {a} e {b} si sovrappongono.</translation>
        </message>
        <message>
            <source>start</source>
            <translation>inizio</translation>
        </message>
        <message>
            <source>end</source>
            <translation>fine</translation>
        </message>
        <message>
            <source>{day} working hours {what}</source>
            <translation>{day} orario di lavoro {what}</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Rimuovi</translation>
        </message>
        <message>
            <source>Remove this {day} range</source>
            <translation>Rimuovi questa fascia di {day}</translation>
        </message>
        <message>
            <source>Not working</source>
            <translation>Non lavorativo</translation>
        </message>
        <message>
            <source>Add hours</source>
            <translation>Aggiungi orari</translation>
        </message>
        <message>
            <source>Add working hours on {day}</source>
            <translation>Aggiungi orario di lavoro il {day}</translation>
        </message>
        <message>
            <source>Counterbalance — Settings</source>
            <extracomment>The dialog's size: every tab fits on a 1280×800 screen without scrolling but hours. The tabs, in order: a new settings page joins here. The index of each built-in tab.</extracomment>
            <translation>Counterbalance — Impostazioni</translation>
        </message>
        <message>
            <source>Counterbalance settings</source>
            <translation>Impostazioni di Counterbalance</translation>
        </message>
        <message>
            <source>Settings sections</source>
            <extracomment>True while fields are being filled in: edits then trigger no validation.</extracomment>
            <translation>Sezioni delle impostazioni</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Save settings and close</source>
            <translation>Salva le impostazioni e chiudi</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Applica</translation>
        </message>
        <message>
            <source>Save settings</source>
            <translation>Salva le impostazioni</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annulla</translation>
        </message>
        <message>
            <source>Close without saving</source>
            <translation>Chiudi senza salvare</translation>
        </message>
        <message>
            <source>Has a problem to fix</source>
            <translation>Ha un problema da correggere</translation>
        </message>
        <message numerus="yes">
            <source>Fix %n problem(s) to save: {problem}</source>
            <translation>
                <numerusform>Correggi questo per salvare: {problem}</numerusform>
                <numerusform>Correggi questi %n problemi per salvare: {problem} …</numerusform>
            </translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Sincronizzazione</translation>
        </message>
    </context>
    <context>
        <name>SettingsFile</name>
        <message>
            <source>Could not save your settings to {path}: {reason}</source>
            <extracomment>Suffix of the kept copy of a broken settings file (``settings.json.bak``). Largest settings file read (a real one is about 1 KiB). Translation context of this module's messages.</extracomment>
            <translation>Impossibile salvare le impostazioni in {path}: {reason}</translation>
        </message>
        <message>
            <source>Could not read your settings file {path}: {reason}. Counterbalance uses the default settings for now. If you change settings, the file is first renamed to {backup}.</source>
            <extracomment>Longest problem line shown (a bad value is quoted, and it may be huge or deeply nested). Bytes of a file :meth:`load` left in place (newer format, or no copy could be made): copied to ``.bak`` before the first save replaces them. The file could not be read as settings at all (a refused link, not a regular file, too large): renamed to ``.bak`` before the first save.</extracomment>
            <translation>Impossibile leggere il file delle impostazioni {path}: {reason}. Per ora Counterbalance usa le impostazioni predefinite. Se modifichi le impostazioni, il file verrà prima rinominato in {backup}.</translation>
        </message>
        <message>
            <source>Could not read your settings file {path} ({reason}). Counterbalance uses the default settings for now and leaves the file as it is.</source>
            <translation>Impossibile leggere il file delle impostazioni {path} ({reason}). Per ora Counterbalance usa le impostazioni predefinite e lascia il file così com'è.</translation>
        </message>
        <message>
            <source>Your settings file {path} was written by a newer version of Counterbalance (format {found}; this version reads format {known}). The settings this version understands were loaded; the file was left unchanged (if you change settings here, it is first copied to {backup}).</source>
            <translation>Il file delle impostazioni {path} è stato scritto da una versione più recente di Counterbalance (formato {found}; questa versione legge il formato {known}). Sono state caricate le impostazioni che questa versione comprende; il file non è stato modificato (se modifichi le impostazioni qui, verrà prima copiato in {backup}).</translation>
        </message>
        <message>
            <source>Your settings file {path} is damaged (it is not valid settings data), so the default settings are used.</source>
            <translation>Il file delle impostazioni {path} è danneggiato (non contiene dati di impostazioni validi), quindi vengono usate le impostazioni predefinite.</translation>
        </message>
        <message>
            <source>Some settings in {path} could not be used and were reset to their defaults:
{details}</source>
            <translation>Alcune impostazioni in {path} non sono utilizzabili e sono state riportate ai valori predefiniti:
{details}</translation>
        </message>
        <message>
            <source>The file was left as it is, because a copy could not be made ({reason}).</source>
            <translation>Il file è stato lasciato così com'è, perché non è stato possibile farne una copia ({reason}).</translation>
        </message>
        <message>
            <source>Your original file was kept as {backup}.</source>
            <translation>Il tuo file originale è stato conservato come {backup}.</translation>
        </message>
    </context>
    <context>
        <name>SettingsForm</name>
        <message>
            <source>Type a value, or use the ↑ and ↓ keys</source>
            <extracomment>Each option the dialog edits, by key: filled in as the fields are built.</extracomment>
            <translation>Digita un valore o usa i tasti ↑ e ↓</translation>
        </message>
    </context>
    <context>
        <name>SetupPage</name>
        <message>
            <source>Do you have a resistance band at your desk?</source>
            <translation>Hai un elastico alla scrivania?</translation>
        </message>
        <message>
            <source>No band</source>
            <translation>Nessun elastico</translation>
        </message>
        <message>
            <source>Yes, I have a band</source>
            <translation>Sì, ho un elastico</translation>
        </message>
        <message>
            <source>Does one side feel weaker (for example, harder to balance or lift on)?</source>
            <translation>Un lato ti sembra più debole (per esempio, più difficile per l'equilibrio o per sollevare)?</translation>
        </message>
        <message>
            <source>No / not sure</source>
            <translation>No / non so</translation>
        </message>
        <message>
            <source>Left is weaker</source>
            <translation>Il sinistro è più debole</translation>
        </message>
        <message>
            <source>Right is weaker</source>
            <translation>Il destro è più debole</translation>
        </message>
        <message>
            <source>Does one side feel tighter (for example, in stretches)?</source>
            <translation>Un lato ti sembra più rigido (per esempio, negli allungamenti)?</translation>
        </message>
        <message>
            <source>Left is tighter</source>
            <translation>Il sinistro è più rigido</translation>
        </message>
        <message>
            <source>Right is tighter</source>
            <translation>Il destro è più rigido</translation>
        </message>
        <message>
            <source>One-sided strengthening gets an extra set on the weaker side, and one-sided stretches an extra hold on the tighter side. Re-check every couple of weeks.</source>
            <translation>Il rinforzo su un solo lato riceve una serie in più sul lato più debole, e gli allungamenti su un solo lato una tenuta in più sul lato più rigido. Ricontrolla ogni due o tre settimane.</translation>
        </message>
    </context>
    <context>
        <name>SignsPage</name>
        <message>
            <source>Tick what sounds familiar. This only picks a starting focus for your exercises; it is not a diagnosis, and you can change it any time.</source>
            <translation>Spunta ciò che ti suona familiare. Serve solo a scegliere un punto di partenza per i tuoi esercizi; non è una diagnosi e puoi cambiarlo quando vuoi.</translation>
        </message>
    </context>
    <context>
        <name>StorageGuard</name>
        <message>
            <source>Read-only data folder</source>
            <extracomment>How often an unusable data file is checked again. How long a re-check waits for a lock (it runs on the GUI thread).</extracomment>
            <translation>Cartella dati di sola lettura</translation>
        </message>
        <message>
            <source>Your Counterbalance data folder is read-only, so nothing new can be saved there. Your history can still be viewed. What you log now is kept while Counterbalance runs and saved when the folder can be written again.</source>
            <translation>La cartella dati di Counterbalance è di sola lettura, quindi non si può salvare niente di nuovo. La tua cronologia resta visibile. Ciò che registri ora viene conservato finché Counterbalance è in esecuzione e salvato quando la cartella torna scrivibile.</translation>
        </message>
        <message>
            <source>Your data file</source>
            <translation>Il tuo file di dati</translation>
        </message>
        <message>
            <source>Your data file can be used again. Your history is back.</source>
            <translation>Il tuo file di dati è di nuovo utilizzabile. La tua cronologia è tornata.</translation>
        </message>
        <message>
            <source>Counterbalance cannot save right now: {why}. What you log is kept and saved automatically as soon as possible; you do not need to do anything.</source>
            <translation>Counterbalance non riesce a salvare in questo momento: {why}. Ciò che registri viene conservato e salvato automaticamente appena possibile; non devi fare nulla.</translation>
        </message>
        <message>
            <source>Until then it is kept in memory only, so please leave Counterbalance running.</source>
            <translation>Fino ad allora resta solo in memoria, quindi lascia Counterbalance in esecuzione.</translation>
        </message>
        <message>
            <source>Saving later</source>
            <translation>Salvataggio più tardi</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Salvato</translation>
        </message>
        <message>
            <source>Everything you logged has now been saved.</source>
            <translation>Tutto ciò che hai registrato è stato salvato.</translation>
        </message>
        <message>
            <source>Could not save</source>
            <translation>Impossibile salvare</translation>
        </message>
        <message>
            <source>One entry could not be saved: {why}.</source>
            <translation>Impossibile salvare una voce: {why}.</translation>
        </message>
    </context>
    <context>
        <name>SummaryPage</name>
        <message>
            <source>Exercise focus</source>
            <translation>Obiettivo degli esercizi</translation>
        </message>
        <message>
            <source>Focus:</source>
            <translation>Obiettivo:</translation>
        </message>
        <message>
            <source>Sessions always start with stretches and then strengthen, in short desk breaks plus one longer daily session. Change the focus, band or weak side later in Settings.</source>
            <translation>Le sessioni iniziano sempre con allungamenti e poi rinforzano, in brevi pause alla scrivania più una sessione quotidiana più lunga. Cambia obiettivo, elastico o lato debole più tardi nelle Impostazioni.</translation>
        </message>
        <message>
            <source>Start Counterbalance when I log in</source>
            <translation>Avvia Counterbalance all'accesso</translation>
        </message>
        <message>
            <source>Start Counterbalance at login</source>
            <translation>Avvia Counterbalance all'accesso</translation>
        </message>
        <message>
            <source>Breaks only come while Counterbalance is running. You can change this any time in Settings.</source>
            <translation>Le pause arrivano solo mentre Counterbalance è in esecuzione. Puoi cambiarlo quando vuoi nelle Impostazioni.</translation>
        </message>
        <message>
            <source>Suggested from your answers: &lt;b&gt;%1&lt;/b&gt;.</source>
            <translation>Suggerito dalle tue risposte: &lt;b&gt;%1&lt;/b&gt;.</translation>
        </message>
        <message>
            <source>No signs ticked: a balanced start, &lt;b&gt;%1&lt;/b&gt;.</source>
            <translation>Nessun segno spuntato: una partenza equilibrata, &lt;b&gt;%1&lt;/b&gt;.</translation>
        </message>
        <message>
            <source>This is a starting point, not a diagnosis.</source>
            <translation>È un punto di partenza, non una diagnosi.</translation>
        </message>
        <message>
            <source>no weaker side marked</source>
            <translation>nessun lato più debole indicato</translation>
        </message>
        <message>
            <source>left side weaker</source>
            <translation>lato sinistro più debole</translation>
        </message>
        <message>
            <source>right side weaker</source>
            <translation>lato destro più debole</translation>
        </message>
        <message>
            <source>With a resistance band</source>
            <translation>Con elastico</translation>
        </message>
        <message>
            <source>Without equipment</source>
            <translation>Senza attrezzatura</translation>
        </message>
    </context>
    <context>
        <name>SymptomsDialog</name>
        <message>
            <source>Seek emergency care now</source>
            <extracomment>The same advice colours (background, ink) on a dark window. Room for every sign without scrolling on a 1280×800 screen (it scrolls when smaller).</extracomment>
            <translation>Rivolgiti subito al pronto soccorso</translation>
        </message>
        <message>
            <source>Counterbalance — Check symptoms</source>
            <translation>Counterbalance — Controlla i sintomi</translation>
        </message>
        <message>
            <source>Check symptoms</source>
            <translation>Controlla i sintomi</translation>
        </message>
        <message>
            <source>Check your symptoms</source>
            <translation>Controlla i tuoi sintomi</translation>
        </message>
        <message>
            <source>A quick safety check</source>
            <translation>Un rapido controllo di sicurezza</translation>
        </message>
        <message>
            <source>Advice</source>
            <translation>Consiglio</translation>
        </message>
        <message>
            <source>Check (Enter)</source>
            <translation>Controlla (Invio)</translation>
        </message>
        <message>
            <source>Check the ticked signs</source>
            <translation>Controlla i segni spuntati</translation>
        </message>
        <message>
            <source>Close (Esc)</source>
            <translation>Chiudi (Esc)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Chiudi</translation>
        </message>
    </context>
    <context>
        <name>SyncFlow</name>
        <message>
            <source>Sync</source>
            <extracomment>The slow poll that backs up the file watcher. How often activity is noted and the other computers' notes read. Wait after a write or a folder change before a pass (changes come in bursts). Idle readings below this count as "active now" for the note. app_state keys of the one-off notices. Offers to remove this computer's files when sync is left or all data deleted. Made with the first folder to watch: a tray with sync off keeps no inotify.</extracomment>
            <translation>Sincronizzazione</translation>
        </message>
    </context>
    <context>
        <name>SyncLeaveDialog</name>
        <message numerus="yes">
            <source>Your data on this computer was deleted. The sync folder {folder} still holds this computer's history as it was shared: %n file(s), {size}.</source>
            <translation>
                <numerusform>I tuoi dati su questo computer sono stati eliminati. La cartella sincronizzata {folder} contiene ancora lo storico condiviso di questo computer: %n file, {size}.</numerusform>
                <numerusform>I tuoi dati su questo computer sono stati eliminati. La cartella sincronizzata {folder} contiene ancora lo storico condiviso di questo computer: %n file, {size}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Sync is off. The sync folder {folder} still holds this computer's history: %n file(s), {size}.</source>
            <translation>
                <numerusform>La sincronizzazione è disattivata. La cartella sincronizzata {folder} contiene ancora lo storico di questo computer: %n file, {size}.</numerusform>
                <numerusform>La sincronizzazione è disattivata. La cartella sincronizzata {folder} contiene ancora lo storico di questo computer: %n file, {size}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>It also holds the files of %n other computer(s); they are not touched.</source>
            <translation>
                <numerusform>Contiene anche i file di %n altro computer; non vengono toccati.</numerusform>
                <numerusform>Contiene anche i file di %n altri computer; non vengono toccati.</numerusform>
            </translation>
        </message>
        <message>
            <source>Remove this computer's files from the folder? Your other computers keep what they already imported.</source>
            <translation>Rimuovere i file di questo computer dalla cartella? Gli altri tuoi computer conservano ciò che hanno già importato.</translation>
        </message>
        <message>
            <source>Counterbalance — Sync folder</source>
            <translation>Counterbalance — Cartella sincronizzata</translation>
        </message>
        <message>
            <source>&amp;Remove this computer's files</source>
            <translation>&amp;Rimuovi i file di questo computer</translation>
        </message>
        <message>
            <source>&amp;Keep them</source>
            <translation>&amp;Conservali</translation>
        </message>
    </context>
    <context>
        <name>SyncNotices</name>
        <message>
            <source>The sync folder can be used again.</source>
            <translation>La cartella sincronizzata è di nuovo utilizzabile.</translation>
        </message>
        <message>
            <source>Another computer runs a newer Counterbalance; update this one to see everything it shared.</source>
            <translation>Un altro computer usa un Counterbalance più recente; aggiorna questo per vedere tutto ciò che ha condiviso.</translation>
        </message>
        <message>
            <source>Another Counterbalance writes to this computer's files in the sync folder (a copied installation?). Its events are kept; give each computer its own data folder.</source>
            <translation>Un altro Counterbalance scrive nei file di questo computer nella cartella sincronizzata (un’installazione copiata?). I suoi eventi vengono conservati; assegna a ogni computer la propria cartella dati.</translation>
        </message>
        <message>
            <source>Sync stays off: the folder {folder} holds Counterbalance's own data folder (or lies inside it), and a database must not be synced. Choose another folder.</source>
            <translation>La sincronizzazione resta disattivata: la cartella {folder} contiene la cartella dati di Counterbalance (o si trova al suo interno), e un database non deve essere sincronizzato. Scegli un’altra cartella.</translation>
        </message>
        <message>
            <source>The sync folder {folder} is missing (a drive not mounted?). Your history is kept here and shared once it is back.</source>
            <translation>La cartella sincronizzata {folder} non c’è (un disco non montato?). Il tuo storico resta qui e viene condiviso appena torna.</translation>
        </message>
        <message>
            <source>Counterbalance may not write to the sync folder {folder}. Your history is kept here and shared once it can.</source>
            <translation>Counterbalance non può scrivere nella cartella sincronizzata {folder}. Il tuo storico resta qui e viene condiviso appena possibile.</translation>
        </message>
        <message>
            <source>The sync folder {folder} cannot be used now. Your history is kept here and shared once it can.</source>
            <translation>La cartella sincronizzata {folder} non è utilizzabile ora. Il tuo storico resta qui e viene condiviso appena possibile.</translation>
        </message>
    </context>
    <context>
        <name>SyncSettingsPage</name>
        <message>
            <source>Sync with other computers</source>
            <translation>Sincronizza con altri computer</translation>
        </message>
        <message>
            <source>Keep one history on all your computers through a folder you already sync (Syncthing, Dropbox, Nextcloud, a network share). Each computer writes its own files there; the database stays on each computer.</source>
            <translation>Un unico storico su tutti i tuoi computer tramite una cartella che già sincronizzi (Syncthing, Dropbox, Nextcloud, una condivisione di rete). Ogni computer vi scrive i propri file; il database resta su ciascun computer.</translation>
        </message>
        <message>
            <source>Share my history with my other computers</source>
            <translation>Condividi il mio storico con gli altri miei computer</translation>
        </message>
        <message>
            <source>Synced &amp;folder:</source>
            <translation>&amp;Cartella sincronizzata:</translation>
        </message>
        <message>
            <source>Synced folder</source>
            <translation>Cartella sincronizzata</translation>
        </message>
        <message>
            <source>Choose a folder your sync tool shares</source>
            <translation>Scegli una cartella condivisa dal tuo strumento di sincronizzazione</translation>
        </message>
        <message>
            <source>&amp;Choose…</source>
            <translation>&amp;Scegli…</translation>
        </message>
        <message>
            <source>Choose the synced folder</source>
            <translation>Scegli la cartella sincronizzata</translation>
        </message>
        <message>
            <source>This computer's &amp;name:</source>
            <translation>&amp;Nome di questo computer:</translation>
        </message>
        <message>
            <source>This computer's name</source>
            <translation>Nome di questo computer</translation>
        </message>
        <message>
            <source>Choose a folder to turn sync on.</source>
            <translation>Scegli una cartella per attivare la sincronizzazione.</translation>
        </message>
        <message>
            <source>What the sync tool can see: the files are plain text. Anyone who can read the folder (the sync tool, a cloud provider's servers, every device it is shared with) can read every break, session, exercise set, pain rating with its body region, safety answers, each computer's name and time zone, and when you were active at it. Use a folder only your own devices share, ideally without a third-party server or with end-to-end encryption.</source>
            <translation>Cosa vede lo strumento di sincronizzazione: i file sono testo in chiaro. Chi può leggere la cartella (lo strumento, i server di un fornitore cloud, ogni dispositivo con cui è condivisa) può leggere ogni pausa, sessione, serie di esercizi, valutazione del dolore con la zona del corpo, le risposte di sicurezza, nome e fuso orario di ogni computer e quando eri attivo su di esso. Usa una cartella condivisa solo dai tuoi dispositivi, meglio senza server di terzi o con crittografia end-to-end.</translation>
        </message>
    </context>
    <context>
        <name>Tray</name>
        <message>
            <source>paused until you resume</source>
            <extracomment>The status line changes by itself (a countdown): refresh it every minute.</extracomment>
            <translation>in pausa finché non riprendi</translation>
        </message>
        <message>
            <source>paused until {time}</source>
            <translation>in pausa fino alle {time}</translation>
        </message>
        <message>
            <source>fullscreen</source>
            <translation>schermo intero</translation>
        </message>
        <message>
            <source>do not disturb</source>
            <translation>non disturbare</translation>
        </message>
        <message>
            <source>quiet: {reason}</source>
            <translation>quiete: {reason}</translation>
        </message>
        <message>
            <source>outside working hours</source>
            <translation>fuori dall'orario di lavoro</translation>
        </message>
        <message>
            <source>time for a break</source>
            <translation>è ora di una pausa</translation>
        </message>
        <message>
            <source>session in progress</source>
            <translation>sessione in corso</translation>
        </message>
        <message>
            <source>away from the desk: that counts as a break</source>
            <translation>lontano dalla scrivania: conta come pausa</translation>
        </message>
        <message>
            <source>waiting for activity</source>
            <translation>in attesa di attività</translation>
        </message>
        <message>
            <source>next break in under a minute</source>
            <translation>prossima pausa tra meno di un minuto</translation>
        </message>
        <message>
            <source>snoozed: next break in {n} min</source>
            <translation>rimandata: prossima pausa tra {n} min</translation>
        </message>
        <message>
            <source>next break in {n} min</source>
            <translation>prossima pausa tra {n} min</translation>
        </message>
    </context>
    <context>
        <name>TrayIcon</name>
        <message>
            <source>Counterbalance menu</source>
            <translation>Menu di Counterbalance</translation>
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
            <translation>&amp;Inizia una sessione ora</translation>
        </message>
        <message>
            <source>S&amp;nooze {n} min</source>
            <translation>&amp;Rimanda di {n} min</translation>
        </message>
        <message>
            <source>&amp;Resume reminders</source>
            <translation>&amp;Riprendi i promemoria</translation>
        </message>
        <message>
            <source>&amp;Pause 1 h</source>
            <translation>&amp;Pausa 1 h</translation>
        </message>
        <message>
            <source>Pause &amp;for…</source>
            <translation>Metti in pausa &amp;per…</translation>
        </message>
        <message>
            <source>30 minutes</source>
            <translation>30 minuti</translation>
        </message>
        <message>
            <source>Until tomorrow</source>
            <translation>Fino a domani</translation>
        </message>
        <message>
            <source>Until I resume</source>
            <translation>Finché non riprendo</translation>
        </message>
        <message>
            <source>Pro&amp;gress…</source>
            <translation>Pro&amp;gressi…</translation>
        </message>
        <message>
            <source>Rate &amp;today's pain…</source>
            <translation>Valuta il dolore di &amp;oggi…</translation>
        </message>
        <message>
            <source>&amp;Check symptoms…</source>
            <translation>&amp;Controlla i sintomi…</translation>
        </message>
        <message>
            <source>S&amp;ettings…</source>
            <translation>Impo&amp;stazioni…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Esci</translation>
        </message>
    </context>
    <context>
        <name>TrayShell</name>
        <message>
            <source>not set up yet: breaks start after the welcome</source>
            <extracomment>How often the tooltip's "next break in N min" is refreshed while counting. The intents a tray icon and the no-tray window both emit, forwarded by the shell (the signals of :class:`TrayIntents`).</extracomment>
            <translation>non ancora configurato: le pause iniziano dopo il benvenuto</translation>
        </message>
        <message>
            <source>starting…</source>
            <translation>avvio in corso…</translation>
        </message>
        <message>
            <source>session in progress</source>
            <translation>sessione in corso</translation>
        </message>
    </context>
    <context>
        <name>UncaughtErrors</name>
        <message>
            <source>Counterbalance — Something went wrong</source>
            <translation>Counterbalance — Qualcosa è andato storto</translation>
        </message>
        <message>
            <source>Something went wrong inside Counterbalance. It keeps running, and what you logged so far is kept. The details were written to the log file (counterbalance.log in the data folder).</source>
            <translation>Qualcosa è andato storto in Counterbalance. Continua a funzionare e ciò che hai registrato finora è conservato. I dettagli sono stati scritti nel file di log (counterbalance.log nella cartella dati).</translation>
        </message>
    </context>
    <context>
        <name>UserWindows</name>
        <message>
            <source>Please get checked</source>
            <translation>Fatti visitare</translation>
        </message>
    </context>
    <context>
        <name>guard</name>
        <message>
            <source>another program is using the data file</source>
            <translation>un altro programma sta usando il file di dati</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>il disco è pieno</translation>
        </message>
        <message>
            <source>Counterbalance is not allowed to open the data file</source>
            <translation>Counterbalance non ha il permesso di aprire il file di dati</translation>
        </message>
        <message>
            <source>the data folder is read-only</source>
            <translation>la cartella dati è di sola lettura</translation>
        </message>
        <message>
            <source>the disk reported an error (it may be full)</source>
            <translation>il disco ha segnalato un errore (potrebbe essere pieno)</translation>
        </message>
        <message>
            <source>the data file is damaged</source>
            <translation>il file di dati è danneggiato</translation>
        </message>
        <message>
            <source>the data file cannot be used</source>
            <translation>il file di dati non può essere usato</translation>
        </message>
    </context>
</TS>