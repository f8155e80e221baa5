<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="pl" sourcelanguage="en">
    <context>
        <name>BreakPreparation</name>
        <message>
            <source>Some exercises were left out</source>
            <translation>Niektóre ćwiczenia zostały pominięte</translation>
        </message>
    </context>
    <context>
        <name>BreakPrompt</name>
        <message>
            <source>Counterbalance — Time for a break</source>
            <extracomment>Gap between the prompt and the screen's panels/edges. Width of the prompt (height follows the content), wider only when its buttons need it. Window flags while the prompt must not take focus.</extracomment>
            <translation>Counterbalance — Czas na przerwę</translation>
        </message>
        <message>
            <source>Time for a break</source>
            <translation>Czas na przerwę</translation>
        </message>
        <message numerus="yes">
            <source>Snooze for %n minute(s)</source>
            <translation>
                <numerusform>Odłóż o %n minutę</numerusform>
                <numerusform>Odłóż o %n minuty</numerusform>
                <numerusform>Odłóż o %n minut</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BreaksPage</name>
        <message>
            <source>Breaks</source>
            <translation>Przerwy</translation>
        </message>
        <message>
            <source>Microbreaks</source>
            <translation>Mikroprzerwy</translation>
        </message>
        <message>
            <source>Minutes between breaks</source>
            <translation>Minuty między przerwami</translation>
        </message>
        <message>
            <source>Break every</source>
            <translation>Przerwa co</translation>
        </message>
        <message>
            <source>Vary each interval by</source>
            <translation>Zmieniaj każdy odstęp o</translation>
        </message>
        <message>
            <source>Vary by up to ±</source>
            <translation>Zmieniaj o maks. ±</translation>
        </message>
        <message>
            <source>Idle minutes that count</source>
            <translation>Minuty bezczynności, które się liczą</translation>
        </message>
        <message>
            <source>Idle time that counts</source>
            <translation>Bezczynność, która się liczy</translation>
        </message>
        <message>
            <source>Notice before a break</source>
            <translation>Uprzedzenie przed przerwą</translation>
        </message>
        <message>
            <source>Notice ahead</source>
            <translation>Uprzedzenie</translation>
        </message>
        <message>
            <source>Snooze</source>
            <translation>Odłóż</translation>
        </message>
        <message>
            <source>Snooze times in minutes</source>
            <translation>Czasy odłożenia w minutach</translation>
        </message>
        <message>
            <source>Minutes, separated by commas (up to {n}).</source>
            <translation>Minuty oddzielone przecinkami (maks. {n}).</translation>
        </message>
        <message>
            <source>Snooze times</source>
            <translation>Czasy odłożenia</translation>
        </message>
        <message>
            <source>Snoozes allowed per break</source>
            <translation>Dozwolone odłożenia na przerwę</translation>
        </message>
        <message>
            <source>Snoozes per break</source>
            <translation>Odłożenia na przerwę</translation>
        </message>
        <message>
            <source>{lo}–{hi} min is recommended.</source>
            <translation>Zalecane: {lo}–{hi} min.</translation>
        </message>
        <message>
            <source>{lo}–{hi} min is recommended; breaks this often may interrupt focused work.</source>
            <translation>Zalecane: {lo}–{hi} min; tak częste przerwy mogą przerywać skupioną pracę.</translation>
        </message>
        <message>
            <source>{lo}–{hi} min is recommended; sitting longer than an hour adds up.</source>
            <translation>Zalecane: {lo}–{hi} min; siedzenie dłużej niż godzinę się sumuje.</translation>
        </message>
    </context>
    <context>
        <name>Catalog</name>
        <message>
            <source>Back pain that gets worse when you bend forward</source>
            <extracomment>Conditions and set-ups that rule an exercise out (field ``contraindications``); the user declares the ones that apply to them and the planner leaves those exercises out. The texts are English source strings (translation context "Catalog").</extracomment>
            <translation>Ból pleców, który nasila się przy pochylaniu do przodu</translation>
        </message>
        <message>
            <source>Osteoporosis or low bone density</source>
            <translation>Osteoporoza lub niska gęstość kości</translation>
        </message>
        <message>
            <source>Dizziness, high blood pressure or glaucoma when the head is below the heart</source>
            <translation>Zawroty głowy, wysokie ciśnienie lub jaskra, gdy głowa jest niżej niż serce</translation>
        </message>
        <message>
            <source>My chair reclines or rolls on wheels</source>
            <translation>Moje krzesło się odchyla lub ma kółka</translation>
        </message>
        <message>
            <source>A shoulder that has dislocated or feels unstable</source>
            <translation>Bark, który był zwichnięty lub wydaje się niestabilny</translation>
        </message>
        <message>
            <source>Pregnant, or gave birth in the last 6 months</source>
            <translation>Ciąża lub poród w ciągu ostatnich 6 miesięcy</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>keep every file the app writes in DIR (default: the per-user data dir)</source>
            <translation>zapisuj wszystkie pliki aplikacji w DIR (domyślnie: folder danych użytkownika)</translation>
        </message>
        <message>
            <source>testing/demo aid for the tray app: multiply every duration (interval, holds, countdowns) by F, 0 &lt; F &lt;= 1</source>
            <translation>pomoc do testów i pokazów aplikacji: mnoży każdy czas (odstęp, przytrzymania, odliczania) przez F, 0 &lt; F &lt;= 1</translation>
        </message>
        <message>
            <source>Desk microbreaks and guided stretch and core sessions, in the tray. Without a command, runs the tray app.</source>
            <translation>Mikroprzerwy przy biurku i prowadzone sesje rozciągania i wzmacniania mięśni głębokich, w zasobniku systemowym. Bez polecenia uruchamia aplikację.</translation>
        </message>
        <message>
            <source>print the version and exit</source>
            <translation>wypisz wersję i zakończ</translation>
        </message>
        <message>
            <source>run the tray app (the default)</source>
            <translation>uruchom aplikację w zasobniku (domyślnie)</translation>
        </message>
        <message>
            <source>make the running instance start a session now</source>
            <translation>każ działającej aplikacji rozpocząć sesję teraz</translation>
        </message>
        <message>
            <source>ask the running instance to quit</source>
            <translation>poproś działającą aplikację o zamknięcie</translation>
        </message>
        <message>
            <source>open the running instance's progress window</source>
            <translation>otwórz okno postępów działającej aplikacji</translation>
        </message>
        <message>
            <source>open the running instance's settings</source>
            <translation>otwórz ustawienia działającej aplikacji</translation>
        </message>
        <message>
            <source>print weekly adherence and pain</source>
            <translation>wypisz odbyte przerwy i ból w poszczególnych tygodniach</translation>
        </message>
        <message>
            <source>show the last N weeks (8)</source>
            <translation>pokaż ostatnie N tygodni (8)</translation>
        </message>
        <message>
            <source>print JSON</source>
            <translation>wypisz JSON</translation>
        </message>
        <message>
            <source>list the exercise catalog</source>
            <translation>wypisz katalog ćwiczeń</translation>
        </message>
        <message>
            <source>export the raw events as CSV</source>
            <translation>wyeksportuj surowe zdarzenia jako CSV</translation>
        </message>
        <message>
            <source>write one CSV file per event table into DIR</source>
            <translation>zapisz po jednym pliku CSV na tabelę zdarzeń w DIR</translation>
        </message>
        <message>
            <source>write a one-page PDF report</source>
            <translation>zapisz jednostronicowy raport PDF</translation>
        </message>
        <message>
            <source>write the report to FILE</source>
            <translation>zapisz raport do FILE</translation>
        </message>
        <message>
            <source>cover the last N weeks (12)</source>
            <translation>obejmij ostatnie N tygodni (12)</translation>
        </message>
        <message>
            <source>fill the data dir with synthetic history</source>
            <translation>wypełnij folder danych syntetyczną historią</translation>
        </message>
        <message>
            <source>years of history to make (1)</source>
            <translation>lata historii do utworzenia (1)</translation>
        </message>
        <message>
            <source>random seed, for the same data again (1)</source>
            <translation>ziarno losowe, aby znów dostać te same dane (1)</translation>
        </message>
        <message>
            <source>counterbalance: the instance endpoint for %1 is held by another user's process; nothing was sent to it.</source>
            <translation>counterbalance: punkt dostępu aplikacji dla %1 należy do procesu innego użytkownika; nic do niego nie wysłano.</translation>
        </message>
        <message>
            <source>counterbalance: the running Counterbalance did not answer.</source>
            <translation>counterbalance: działający Counterbalance nie odpowiedział.</translation>
        </message>
        <message>
            <source>counterbalance: no running Counterbalance found for %1.
Start it first with `counterbalance` (add the same --data-dir if you used one).</source>
            <translation>counterbalance: nie znaleziono działającego Counterbalance dla %1.
Najpierw uruchom go poleceniem `counterbalance` (dodaj to samo --data-dir, jeśli go użyto).</translation>
        </message>
        <message>
            <source>counterbalance: cannot use the data dir: %1</source>
            <translation>counterbalance: nie można użyć folderu danych: %1</translation>
        </message>
        <message>
            <source>counterbalance export: give a folder with --csv DIR</source>
            <translation>counterbalance export: podaj folder przez --csv DIR</translation>
        </message>
        <message>
            <source>counterbalance export: cannot write to %1: %2</source>
            <translation>counterbalance export: nie można zapisać do %1: %2</translation>
        </message>
        <message>
            <source>counterbalance export: cannot read your data: %1</source>
            <translation>counterbalance export: nie można odczytać twoich danych: %1</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n CSV file(s) to %1: %2</source>
            <translation>
                <numerusform>Zapisano %n plik CSV w %1: %2</numerusform>
                <numerusform>Zapisano %n pliki CSV w %1: %2</numerusform>
                <numerusform>Zapisano %n plików CSV w %1: %2</numerusform>
            </translation>
        </message>
        <message>
            <source>counterbalance report: give a file with --pdf FILE</source>
            <translation>counterbalance report: podaj plik przez --pdf FILE</translation>
        </message>
        <message>
            <source>counterbalance report: cannot write %1: %2</source>
            <translation>counterbalance report: nie można zapisać %1: %2</translation>
        </message>
        <message numerus="yes">
            <source>Wrote the report for %n week(s) to %1</source>
            <translation>
                <numerusform>Zapisano raport z %n tygodnia do %1</numerusform>
                <numerusform>Zapisano raport z %n tygodni do %1</numerusform>
                <numerusform>Zapisano raport z %n tygodni do %1</numerusform>
            </translation>
        </message>
        <message>
            <source>week</source>
            <translation>tydzień</translation>
        </message>
        <message>
            <source>prompted</source>
            <translation>zaproponowane</translation>
        </message>
        <message>
            <source>done</source>
            <translation>zrobione</translation>
        </message>
        <message>
            <source>adher.</source>
            <translation>odsetek</translation>
        </message>
        <message>
            <source>user</source>
            <translation>własne</translation>
        </message>
        <message>
            <source>min</source>
            <translation>min</translation>
        </message>
        <message>
            <source>pain before</source>
            <translation>ból przed</translation>
        </message>
        <message>
            <source>after</source>
            <translation>po</translation>
        </message>
        <message numerus="yes">
            <source>Current streak: %n day(s)</source>
            <translation>
                <numerusform>Obecna seria: %n dzień</numerusform>
                <numerusform>Obecna seria: %n dni</numerusform>
                <numerusform>Obecna seria: %n dni</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>(longest %n day(s)).</source>
            <translation>
                <numerusform>(najdłuższa: %n dzień).</numerusform>
                <numerusform>(najdłuższa: %n dni).</numerusform>
                <numerusform>(najdłuższa: %n dni).</numerusform>
            </translation>
        </message>
        <message>
            <source>* meaningful change in weekly pain (≥ 2 points or ≥ 30 %).</source>
            <translation>* istotna zmiana bólu w tygodniu (≥ 2 punkty lub ≥ 30%).</translation>
        </message>
        <message>
            <source>counterbalance stats: --weeks must be 1–520, got %1</source>
            <translation>counterbalance stats: --weeks musi wynosić 1–520, podano %1</translation>
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
            <translation>Wyświetlany komputer</translation>
        </message>
        <message>
            <source>Show the history of all your computers, or of one</source>
            <translation>Pokaż historię wszystkich komputerów albo jednego</translation>
        </message>
        <message>
            <source>All computers</source>
            <translation>Wszystkie komputery</translation>
        </message>
        <message>
            <source>Co&amp;mputer:</source>
            <translation>Ko&amp;mputer:</translation>
        </message>
        <message>
            <source>Computer {id}</source>
            <translation>Komputer {id}</translation>
        </message>
        <message>
            <source>{name} (this computer)</source>
            <translation>{name} (ten komputer)</translation>
        </message>
    </context>
    <context>
        <name>ConditionsPage</name>
        <message>
            <source>Tick what applies to you. Counterbalance then leaves out the exercises that are not advised for it. You can change this later in Settings.</source>
            <translation>Zaznacz, co cię dotyczy. Counterbalance pominie wtedy ćwiczenia, które w takim przypadku nie są zalecane. Możesz to później zmienić w Ustawieniach.</translation>
        </message>
    </context>
    <context>
        <name>CountdownRing</name>
        <message>
            <source>Countdown</source>
            <extracomment>Smallest countdown: a 1080p screen at 200 % leaves about 940×440 for the window.</extracomment>
            <translation>Odliczanie</translation>
        </message>
    </context>
    <context>
        <name>CounterbalanceApp</name>
        <message>
            <source>Could not save</source>
            <extracomment>How long quitting waits for notices to be taken off the screen. Marker file in the data dir: the "no idle backend" notice was given (issue 13 §4). Exit status when the data dir cannot be used, and when another instance blocks. Slow reads and first imports run here, off the GUI thread.</extracomment>
            <translation>Nie udało się zapisać</translation>
        </message>
        <message>
            <source>Counterbalance — Not started</source>
            <translation>Counterbalance — Nie uruchomiono</translation>
        </message>
        <message>
            <source>Counterbalance did not start: {reason}</source>
            <translation>Counterbalance się nie uruchomił: {reason}</translation>
        </message>
    </context>
    <context>
        <name>CoverageRow</name>
        <message>
            <source>Body regions worked this week</source>
            <translation>Partie ciała ćwiczone w tym tygodniu</translation>
        </message>
        <message>
            <source>Worked this week:</source>
            <translation>Ćwiczone w tym tygodniu:</translation>
        </message>
        <message>
            <source>%1: not yet</source>
            <translation>%1: jeszcze nie</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n body region(s) worked this week</source>
            <translation>
                <numerusform>%1 z %n partii ciała ćwiczona w tym tygodniu</numerusform>
                <numerusform>%1 z %n partii ciała ćwiczone w tym tygodniu</numerusform>
                <numerusform>%1 z %n partii ciała ćwiczone w tym tygodniu</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DayPainDialog</name>
        <message>
            <source>Counterbalance — Your day</source>
            <translation>Counterbalance — Twój dzień</translation>
        </message>
        <message>
            <source>Average pain today</source>
            <translation>Średni ból dzisiaj</translation>
        </message>
        <message>
            <source>Confirm (Enter)</source>
            <translation>Potwierdź (Enter)</translation>
        </message>
        <message>
            <source>Confirm rating</source>
            <translation>Potwierdź ocenę</translation>
        </message>
        <message>
            <source>Skip (Esc)</source>
            <translation>Pomiń (Esc)</translation>
        </message>
        <message>
            <source>Skip rating</source>
            <translation>Pomiń ocenę</translation>
        </message>
    </context>
    <context>
        <name>DisclaimerPage</name>
        <message>
            <source>Before you start, please read this:</source>
            <translation>Zanim zaczniesz, przeczytaj to:</translation>
        </message>
        <message>
            <source>I have read and understood this</source>
            <translation>Przeczytałem(-am) i rozumiem</translation>
        </message>
        <message>
            <source>I have read and understood the disclaimer</source>
            <translation>Przeczytałem(-am) i rozumiem zastrzeżenie</translation>
        </message>
        <message>
            <source>Exercise should feel like mild tension, never sharp pain. You can check warning signs at any time with “Check symptoms”.</source>
            <translation>Ćwiczenie ma dawać lekkie napięcie, nigdy ostry ból. Objawy ostrzegawcze możesz sprawdzić w każdej chwili za pomocą „Sprawdź objawy”.</translation>
        </message>
    </context>
    <context>
        <name>DonePage</name>
        <message>
            <source>Close (Enter)</source>
            <translation>Zamknij (Enter)</translation>
        </message>
        <message>
            <source>Close window</source>
            <translation>Zamknij okno</translation>
        </message>
        <message>
            <source>Well done!</source>
            <translation>Brawo!</translation>
        </message>
        <message>
            <source>Session ended</source>
            <translation>Sesja zakończona</translation>
        </message>
        <message>
            <source>Session skipped</source>
            <translation>Sesja pominięta</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n exercise(s) done</source>
            <translation>
                <numerusform>Wykonano %1 z %n ćwiczenia</numerusform>
                <numerusform>Wykonano %1 z %n ćwiczeń</numerusform>
                <numerusform>Wykonano %1 z %n ćwiczeń</numerusform>
            </translation>
        </message>
        <message>
            <source>Pain %1/10 before, %2/10 after</source>
            <translation>Ból %1/10 przed, %2/10 po</translation>
        </message>
    </context>
    <context>
        <name>ExercisePage</name>
        <message>
            <source>Demonstration</source>
            <extracomment>Smallest figure (the ring has its own, ``countdown_ring.RING_MIN_PX``): a 1080p screen at 200 % leaves about 940×440.</extracomment>
            <translation>Pokaz</translation>
        </message>
        <message>
            <source>← Back</source>
            <translation>← Wstecz</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Wstecz</translation>
        </message>
        <message>
            <source>Pause (Space)</source>
            <translation>Pauza (Spacja)</translation>
        </message>
        <message>
            <source>Pause or resume</source>
            <translation>Wstrzymaj lub wznów</translation>
        </message>
        <message>
            <source>Skip set →</source>
            <translation>Pomiń serię →</translation>
        </message>
        <message>
            <source>Skip this set</source>
            <translation>Pomiń tę serię</translation>
        </message>
        <message>
            <source>End (Esc)</source>
            <extracomment>Says what the last → skipped, until the next set is under way.</extracomment>
            <translation>Zakończ (Esc)</translation>
        </message>
        <message>
            <source>End session</source>
            <translation>Zakończ sesję</translation>
        </message>
        <message>
            <source>Next: %1</source>
            <translation>Następne: %1</translation>
        </message>
        <message>
            <source>Last exercise</source>
            <translation>Ostatnie ćwiczenie</translation>
        </message>
        <message>
            <source>Set %1 of %2</source>
            <translation>Seria %1 z %2</translation>
        </message>
        <message>
            <source>Resume (Space)</source>
            <translation>Wznów (Spacja)</translation>
        </message>
        <message>
            <source>Switch sides: %1</source>
            <translation>Zmień stronę: %1</translation>
        </message>
        <message>
            <source>Get ready: %1</source>
            <translation>Przygotuj się: %1</translation>
        </message>
        <message>
            <source>Get ready</source>
            <translation>Przygotuj się</translation>
        </message>
        <message>
            <source>get ready</source>
            <translation>przygotuj się</translation>
        </message>
        <message>
            <source>Hold</source>
            <translation>Przytrzymaj</translation>
        </message>
        <message>
            <source>hold %1 of %2</source>
            <translation>przytrzymanie %1 z %2</translation>
        </message>
        <message numerus="yes">
            <source>second(s)</source>
            <translation>
                <numerusform>sekunda</numerusform>
                <numerusform>sekundy</numerusform>
                <numerusform>sekund</numerusform>
            </translation>
        </message>
        <message>
            <source>Relax</source>
            <translation>Rozluźnij</translation>
        </message>
        <message>
            <source>next: hold %1 of %2</source>
            <translation>następne: przytrzymanie %1 z %2</translation>
        </message>
        <message>
            <source>Rep %1 of %2</source>
            <translation>Powtórzenie %1 z %2</translation>
        </message>
        <message>
            <source>%1 s per rep</source>
            <translation>%1 s na powtórzenie</translation>
        </message>
        <message>
            <source>Paused — press Space to continue</source>
            <translation>Wstrzymano — naciśnij Spację, aby kontynuować</translation>
        </message>
    </context>
    <context>
        <name>ExercisesPage</name>
        <message>
            <source>Exercises</source>
            <translation>Ćwiczenia</translation>
        </message>
        <message>
            <source>Your exercises</source>
            <translation>Twoje ćwiczenia</translation>
        </message>
        <message>
            <source>Exercise focus</source>
            <translation>Cel ćwiczeń</translation>
        </message>
        <message>
            <source>Focus</source>
            <translation>Cel</translation>
        </message>
        <message>
            <source>No band</source>
            <translation>Bez taśmy</translation>
        </message>
        <message>
            <source>Resistance band</source>
            <translation>Taśma oporowa</translation>
        </message>
        <message>
            <source>Equipment at your desk</source>
            <translation>Sprzęt przy biurku</translation>
        </message>
        <message>
            <source>Equipment</source>
            <translation>Sprzęt</translation>
        </message>
        <message>
            <source>Neither / not sure</source>
            <translation>Żadna / nie wiem</translation>
        </message>
        <message>
            <source>Left side is weaker</source>
            <translation>Lewa strona jest słabsza</translation>
        </message>
        <message>
            <source>Right side is weaker</source>
            <translation>Prawa strona jest słabsza</translation>
        </message>
        <message>
            <source>Weaker side</source>
            <translation>Słabsza strona</translation>
        </message>
        <message>
            <source>Left side is tighter</source>
            <translation>Lewa strona jest bardziej spięta</translation>
        </message>
        <message>
            <source>Right side is tighter</source>
            <translation>Prawa strona jest bardziej spięta</translation>
        </message>
        <message>
            <source>Tighter side</source>
            <translation>Bardziej spięta strona</translation>
        </message>
        <message>
            <source>Leave out exercises not advised for:</source>
            <translation>Pomijaj ćwiczenia niezalecane przy:</translation>
        </message>
        <message>
            <source>Daily session</source>
            <translation>Codzienna sesja</translation>
        </message>
        <message>
            <source>Remind me of a longer daily session</source>
            <translation>Przypominaj o dłuższej codziennej sesji</translation>
        </message>
        <message>
            <source>Daily session time</source>
            <translation>Godzina codziennej sesji</translation>
        </message>
        <message>
            <source>Reminder at</source>
            <translation>Przypomnienie o</translation>
        </message>
        <message>
            <source>Your local time, every day.</source>
            <translation>Twój czas lokalny, codziennie.</translation>
        </message>
        <message>
            <source>Pain ratings</source>
            <translation>Oceny bólu</translation>
        </message>
        <message>
            <source>Share of microbreaks asking pain</source>
            <translation>Odsetek mikroprzerw z pytaniem o ból</translation>
        </message>
        <message>
            <source>Ask on</source>
            <translation>Pytaj w</translation>
        </message>
        <message>
            <source>of microbreaks, before and after.</source>
            <translation>mikroprzerw, przed i po.</translation>
        </message>
        <message>
            <source>The 0–10 ratings show whether the exercises help you. 100 % asks every time; 0 % never asks during microbreaks.</source>
            <translation>Oceny 0–10 pokazują, czy ćwiczenia pomagają. 100 % pyta za każdym razem; 0 % nigdy nie pyta w mikroprzerwach.</translation>
        </message>
        <message>
            <source>Ask how each exercise felt in microbreaks</source>
            <translation>Pytaj o odczucia po każdym ćwiczeniu w mikroprzerwach</translation>
        </message>
        <message>
            <source>Off: one optional question at the end of a microbreak. Daily sessions always ask after each exercise.</source>
            <translation>Wyłączone: jedno opcjonalne pytanie na końcu mikroprzerwy. Codzienne sesje zawsze pytają po każdym ćwiczeniu.</translation>
        </message>
    </context>
    <context>
        <name>FeelPage</name>
        <message>
            <source>Easy  (E)</source>
            <translation>Łatwo  (E)</translation>
        </message>
        <message>
            <source>Felt easy</source>
            <translation>Było łatwo</translation>
        </message>
        <message>
            <source>OK  (O)</source>
            <translation>OK  (O)</translation>
        </message>
        <message>
            <source>Felt OK</source>
            <translation>Było OK</translation>
        </message>
        <message>
            <source>Hard  (H)</source>
            <translation>Trudno  (H)</translation>
        </message>
        <message>
            <source>Felt hard</source>
            <translation>Było trudno</translation>
        </message>
        <message>
            <source>Any pain during it? (optional, 0–10)</source>
            <translation>Ból w trakcie? (opcjonalnie, 0–10)</translation>
        </message>
        <message>
            <source>Skip question (Esc)</source>
            <translation>Pomiń pytanie (Esc)</translation>
        </message>
        <message>
            <source>Skip question</source>
            <translation>Pomiń pytanie</translation>
        </message>
        <message>
            <source>New numbness, tingling or weakness…</source>
            <translation>Nowe drętwienie, mrowienie lub osłabienie…</translation>
        </message>
        <message>
            <source>Report new numbness, tingling or weakness</source>
            <translation>Zgłoś nowe drętwienie, mrowienie lub osłabienie</translation>
        </message>
        <message>
            <source>Pain above 5 during an exercise is more than it should be: this one will be eased next time. Sharp pain, numbness or tingling? Stop and check your symptoms.</source>
            <translation>Ból powyżej 5 w trakcie ćwiczenia to więcej, niż powinno być: następnym razem to ćwiczenie będzie łatwiejsze. Ostry ból, drętwienie lub mrowienie? Przerwij i sprawdź objawy.</translation>
        </message>
        <message>
            <source>How did “%1” feel?</source>
            <translation>Jak było przy „%1”?</translation>
        </message>
        <message>
            <source>Done! How did this break feel?</source>
            <translation>Gotowe! Jak minęła ta przerwa?</translation>
        </message>
        <message>
            <source>Optional: press E, O or H to finish.</source>
            <translation>Opcjonalnie: naciśnij E, O lub H, aby zakończyć.</translation>
        </message>
        <message numerus="yes">
            <source>Optional: this window closes by itself in %n s.</source>
            <translation>
                <numerusform>Opcjonalnie: to okno zamknie się samo za %n s.</numerusform>
                <numerusform>Opcjonalnie: to okno zamknie się samo za %n s.</numerusform>
                <numerusform>Opcjonalnie: to okno zamknie się samo za %n s.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FigureWidget</name>
        <message>
            <source>Exercise demonstration</source>
            <translation>Pokaz ćwiczenia</translation>
        </message>
        <message>
            <source>An animated figure shows how to do the exercise.</source>
            <translation>Animowana postać pokazuje, jak wykonać ćwiczenie.</translation>
        </message>
        <message>
            <source>Press Space to pause or play the demonstration</source>
            <translation>Naciśnij Spację, aby wstrzymać lub wznowić pokaz</translation>
        </message>
        <message>
            <source> (other side)</source>
            <translation> (druga strona)</translation>
        </message>
        <message>
            <source>Animated figure: {name}{side}. {description}</source>
            <translation>Animowana postać: {name}{side}. {description}</translation>
        </message>
        <message>
            <source>No exercise</source>
            <translation>Brak ćwiczenia</translation>
        </message>
    </context>
    <context>
        <name>GeneralPage</name>
        <message>
            <source>General</source>
            <translation>Ogólne</translation>
        </message>
        <message>
            <source>No sound output found: sessions run silently. Cues come back by themselves when sound is available.</source>
            <translation>Nie znaleziono wyjścia dźwięku: sesje są ciche. Sygnały wrócą same, gdy dźwięk będzie dostępny.</translation>
        </message>
        <message>
            <source>No speech engine answers (e.g. speech-dispatcher with espeak-ng): cues are not spoken. They come back by themselves when one is installed.</source>
            <translation>Żaden syntezator mowy nie odpowiada (np. speech-dispatcher z espeak-ng): wskazówki nie są czytane. Wrócą same po zainstalowaniu syntezatora.</translation>
        </message>
        <message>
            <source>This installation cannot play sound or speech: cues stay silent.</source>
            <translation>Ta instalacja nie może odtwarzać dźwięku ani mowy: sygnały pozostają wyciszone.</translation>
        </message>
        <message>
            <source>A sound file is missing from the installation: reinstall to fix.</source>
            <translation>W instalacji brakuje pliku dźwiękowego: zainstaluj ponownie, aby to naprawić.</translation>
        </message>
        <message>
            <source>Quiet times</source>
            <translation>Pora ciszy</translation>
        </message>
        <message>
            <source>Hold breaks while a full-screen window is active</source>
            <translation>Wstrzymuj przerwy, gdy aktywne jest okno pełnoekranowe</translation>
        </message>
        <message>
            <source>Presentations, calls and videos are not interrupted.</source>
            <translation>Prezentacje, rozmowy i filmy nie są przerywane.</translation>
        </message>
        <message>
            <source>Hold breaks while Do Not Disturb is on</source>
            <translation>Wstrzymuj przerwy, gdy włączone jest „Nie przeszkadzać”</translation>
        </message>
        <message>
            <source>A held break is offered as soon as the quiet time ends.</source>
            <translation>Wstrzymana przerwa zostanie zaproponowana zaraz po zakończeniu pory ciszy.</translation>
        </message>
        <message>
            <source>Sounds</source>
            <translation>Dźwięki</translation>
        </message>
        <message>
            <source>Play ticks and chimes during sessions</source>
            <translation>Odtwarzaj tykanie i dzwonki podczas sesji</translation>
        </message>
        <message>
            <source>Speak exercise cues aloud</source>
            <translation>Czytaj na głos wskazówki do ćwiczeń</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Język</translation>
        </message>
        <message>
            <source>Same as the system</source>
            <translation>Taki jak w systemie</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>Język:</translation>
        </message>
        <message>
            <source>A new language applies the next time Counterbalance starts.</source>
            <translation>Nowy język zacznie obowiązywać przy następnym uruchomieniu Counterbalance.</translation>
        </message>
        <message>
            <source>Start at login</source>
            <translation>Uruchamianie po zalogowaniu</translation>
        </message>
        <message>
            <source>Start Counterbalance when I log in</source>
            <translation>Uruchamiaj Counterbalance po zalogowaniu</translation>
        </message>
        <message>
            <source>Breaks only come while Counterbalance is running.</source>
            <translation>Przerwy przychodzą tylko wtedy, gdy Counterbalance działa.</translation>
        </message>
    </context>
    <context>
        <name>HoursPage</name>
        <message>
            <source>Working hours</source>
            <translation>Godziny pracy</translation>
        </message>
        <message>
            <source>Only offer breaks during my working hours</source>
            <translation>Proponuj przerwy tylko w moich godzinach pracy</translation>
        </message>
        <message>
            <source>Outside these hours no breaks are offered, and the count starts afresh each day. A day may have several ranges, e.g. before and after lunch.</source>
            <translation>Poza tymi godzinami przerwy nie są proponowane, a licznik zaczyna się od nowa każdego dnia. Dzień może mieć kilka zakresów, np. przed obiadem i po nim.</translation>
        </message>
    </context>
    <context>
        <name>Housekeeping</name>
        <message>
            <source>How was your day?</source>
            <extracomment>Where versions before the marker file remembered the idle notice (read, never written). The kind of the end-of-day notice (the pre-break one is the notifier's default).</extracomment>
            <translation>Jak minął dzień?</translation>
        </message>
        <message>
            <source>Counterbalance: rate today's average pain (optional).</source>
            <translation>Counterbalance: oceń dzisiejszy średni ból (opcjonalnie).</translation>
        </message>
        <message>
            <source>Counterbalance</source>
            <translation>Counterbalance</translation>
        </message>
        <message>
            <source>Counterbalance cannot tell when you step away on this desktop, so all time counts as active. Breaks still come on time.</source>
            <translation>Counterbalance nie potrafi wykryć, kiedy odchodzisz od komputera w tym środowisku, więc cały czas liczy się jako aktywny. Przerwy i tak przychodzą na czas.</translation>
        </message>
    </context>
    <context>
        <name>LeavingOffer</name>
        <message>
            <source>This computer's files were removed from the sync folder.</source>
            <extracomment>Asks whether to remove this computer's files (the dialog; tests give their own).</extracomment>
            <translation>Pliki tego komputera usunięto z folderu synchronizacji.</translation>
        </message>
        <message>
            <source>This computer's files could not be removed from the sync folder.</source>
            <translation>Nie udało się usunąć plików tego komputera z folderu synchronizacji.</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Synchronizacja</translation>
        </message>
    </context>
    <context>
        <name>LiveSettings</name>
        <message>
            <source>Your settings</source>
            <translation>Twoje ustawienia</translation>
        </message>
        <message>
            <source>Could not save settings</source>
            <translation>Nie udało się zapisać ustawień</translation>
        </message>
        <message>
            <source>Start at login</source>
            <translation>Uruchamianie po zalogowaniu</translation>
        </message>
        <message>
            <source>Could not change the start-at-login setting at {place}: {why}</source>
            <translation>Nie udało się zmienić uruchamiania po zalogowaniu w {place}: {why}</translation>
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
            <translation>Okno stanu Counterbalance</translation>
        </message>
        <message>
            <source>Your desktop has no system tray, so Counterbalance shows this small window instead. Breaks still arrive on time. On GNOME, the AppIndicator extension adds a tray.</source>
            <translation>Twój pulpit nie ma zasobnika systemowego, więc Counterbalance pokazuje zamiast niego to małe okno. Przerwy i tak przychodzą na czas. W GNOME rozszerzenie AppIndicator dodaje zasobnik.</translation>
        </message>
        <message>
            <source>Why this window is shown</source>
            <translation>Dlaczego to okno jest widoczne</translation>
        </message>
        <message>
            <source>Break status</source>
            <translation>Stan przerw</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Wiadomość</translation>
        </message>
        <message>
            <source>&amp;Start now</source>
            <translation>&amp;Zacznij teraz</translation>
        </message>
        <message>
            <source>S&amp;nooze {n} min</source>
            <translation>&amp;Odłóż o {n} min</translation>
        </message>
        <message>
            <source>&amp;Pause 1 h</source>
            <translation>&amp;Wstrzymaj na 1 h</translation>
        </message>
        <message>
            <source>Pro&amp;gress…</source>
            <translation>&amp;Postępy…</translation>
        </message>
        <message>
            <source>Rate &amp;today's pain…</source>
            <translation>Oceń &amp;dzisiejszy ból…</translation>
        </message>
        <message>
            <source>&amp;Check symptoms…</source>
            <translation>&amp;Sprawdź objawy…</translation>
        </message>
        <message>
            <source>S&amp;ettings…</source>
            <translation>&amp;Ustawienia…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>Za&amp;kończ</translation>
        </message>
        <message>
            <source>&amp;Resume</source>
            <translation>&amp;Wznów</translation>
        </message>
    </context>
    <context>
        <name>OnboardingDialog</name>
        <message>
            <source>Counterbalance — Welcome</source>
            <extracomment>The dialog's size: room for the longest sign of the safety check on a 1280×800 screen. The user consented to starting Counterbalance at login. Declared contraindications (``settings.CONDITIONS``). Red flags ticked in the first-run safety check; None when it was not asked.</extracomment>
            <translation>Counterbalance — Witaj</translation>
        </message>
        <message>
            <source>Welcome to Counterbalance</source>
            <translation>Witaj w Counterbalance</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Wstecz</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Dalej</translation>
        </message>
        <message>
            <source>A quick safety check</source>
            <translation>Szybka kontrola bezpieczeństwa</translation>
        </message>
        <message>
            <source>What do you notice?</source>
            <translation>Co zauważasz?</translation>
        </message>
        <message>
            <source>Your set-up</source>
            <translation>Twoje wyposażenie</translation>
        </message>
        <message>
            <source>Anything to leave out?</source>
            <translation>Czegoś unikać?</translation>
        </message>
        <message>
            <source>Your starting focus</source>
            <translation>Twój cel na start</translation>
        </message>
        <message>
            <source>Finish</source>
            <translation>Zakończ</translation>
        </message>
        <message>
            <source>Step %1 of %2</source>
            <translation>Krok %1 z %2</translation>
        </message>
    </context>
    <context>
        <name>Pain</name>
        <message>
            <source>How much pain do you have right now?</source>
            <extracomment>Smallest change in weekly mean pain shown as "meaningful" (brief §4, low back pain). Alternatively, a relative change of this share counts as meaningful. Minimal detectable change of a single NRS rating (brief §4 [21]): smaller differences between two single ratings are within measurement noise.</extracomment>
            <translation>Jak silny jest teraz twój ból?</translation>
        </message>
        <message>
            <source>How much pain do you have in your {region} right now?</source>
            <translation>Jak silny jest teraz twój ból ({region})?</translation>
        </message>
        <message>
            <source>On average, how much pain have you had today?</source>
            <translation>Jak silny był średnio twój ból dzisiaj?</translation>
        </message>
        <message>
            <source>0 = no pain</source>
            <translation>0 = brak bólu</translation>
        </message>
        <message>
            <source>10 = worst pain imaginable</source>
            <translation>10 = najgorszy ból, jaki można sobie wyobrazić</translation>
        </message>
        <message>
            <source>no pain</source>
            <translation>brak bólu</translation>
        </message>
        <message>
            <source>worst pain imaginable</source>
            <translation>najgorszy ból, jaki można sobie wyobrazić</translation>
        </message>
        <message>
            <source>Before we start</source>
            <extracomment>Headline over the rating, by when it is asked.</extracomment>
            <translation>Zanim zaczniemy</translation>
        </message>
        <message>
            <source>Session finished</source>
            <translation>Sesja zakończona</translation>
        </message>
        <message>
            <source>Pain during this exercise</source>
            <translation>Ból podczas tego ćwiczenia</translation>
        </message>
        <message>
            <source>Your day</source>
            <translation>Twój dzień</translation>
        </message>
        <message>
            <source>No pain</source>
            <translation>Brak bólu</translation>
        </message>
        <message>
            <source>Mild</source>
            <translation>Łagodny</translation>
        </message>
        <message>
            <source>Moderate</source>
            <translation>Umiarkowany</translation>
        </message>
        <message>
            <source>Severe</source>
            <translation>Silny</translation>
        </message>
        <message>
            <source>Neck</source>
            <extracomment>Display names of the optional body regions (brief §4).</extracomment>
            <translation>Szyja</translation>
        </message>
        <message>
            <source>Upper back / shoulders</source>
            <translation>Górna część pleców / barki</translation>
        </message>
        <message>
            <source>Low back</source>
            <translation>Dolna część pleców</translation>
        </message>
        <message>
            <source>Hips / buttocks</source>
            <translation>Biodra / pośladki</translation>
        </message>
        <message>
            <source>Leg (below the knee)</source>
            <translation>Noga (poniżej kolana)</translation>
        </message>
        <message>
            <source>Arm / hand</source>
            <translation>Ręka / dłoń</translation>
        </message>
        <message>
            <source>neck</source>
            <extracomment>The region as it reads inside the question ("in your …").</extracomment>
            <translation>szyja</translation>
        </message>
        <message>
            <source>upper back or shoulders</source>
            <translation>górna część pleców lub barki</translation>
        </message>
        <message>
            <source>low back</source>
            <translation>dolna część pleców</translation>
        </message>
        <message>
            <source>hips or buttocks</source>
            <translation>biodra lub pośladki</translation>
        </message>
        <message>
            <source>leg</source>
            <translation>noga</translation>
        </message>
        <message>
            <source>arm or hand</source>
            <translation>ręka lub dłoń</translation>
        </message>
    </context>
    <context>
        <name>PainRating</name>
        <message numerus="yes">
            <source>Pain %n out of 10</source>
            <extracomment>Band label colours on a light window (each ≥ 4.5:1 against it). Band label colours on a dark window.</extracomment>
            <translation>
                <numerusform>Ból %n na 10</numerusform>
                <numerusform>Ból %n na 10</numerusform>
                <numerusform>Ból %n na 10</numerusform>
            </translation>
        </message>
        <message>
            <source>Where is the pain (optional)</source>
            <translation>Gdzie jest ból (opcjonalnie)</translation>
        </message>
        <message>
            <source>Anywhere / not specific</source>
            <translation>Wszędzie / nieokreślony</translation>
        </message>
        <message>
            <source>Where (optional):</source>
            <translation>Gdzie (opcjonalnie):</translation>
        </message>
        <message>
            <source>Type 0–9 · 1 then 0 for 10 · Enter confirms · Esc skips</source>
            <translation>Wpisz 0–9 · 1, potem 0 dla 10 · Enter potwierdza · Esc pomija</translation>
        </message>
        <message>
            <source>Optional: type 0–9, or 1 then 0 for 10</source>
            <translation>Opcjonalnie: wpisz 0–9 albo 1, potem 0 dla 10</translation>
        </message>
    </context>
    <context>
        <name>Planner</name>
        <message>
            <source>My low back gets sore after sitting or standing a while</source>
            <translation>Dolna część pleców boli mnie po dłuższym siedzeniu lub staniu</translation>
        </message>
        <message>
            <source>The front of my hips feels tight</source>
            <translation>Przód moich bioder wydaje się spięty</translation>
        </message>
        <message>
            <source>I find it hard to feel my glutes or core working</source>
            <translation>Trudno mi poczuć pracę pośladków lub mięśni brzucha</translation>
        </message>
        <message>
            <source>My low back looks flat and the backs of my thighs feel tight</source>
            <translation>Dolna część pleców wygląda płasko, a tył ud jest spięty</translation>
        </message>
        <message>
            <source>My neck or shoulders ache after screen work</source>
            <translation>Szyja lub barki bolą mnie po pracy przy ekranie</translation>
        </message>
        <message>
            <source>My head pokes forward or my shoulders round when I sit</source>
            <translation>Gdy siedzę, głowa wysuwa się do przodu lub barki się zaokrąglają</translation>
        </message>
        <message>
            <source>I get tension headaches</source>
            <translation>Miewam napięciowe bóle głowy</translation>
        </message>
        <message>
            <source>One hip always feels tighter than the other</source>
            <translation>Jedno biodro zawsze wydaje się bardziej spięte niż drugie</translation>
        </message>
        <message>
            <source>One shoulder sits higher than the other</source>
            <translation>Jeden bark jest wyżej niż drugi</translation>
        </message>
        <message>
            <source>My belt or trouser line sits unevenly</source>
            <translation>Pasek lub linia spodni układa się krzywo</translation>
        </message>
        <message>
            <source>I keep shifting my weight to one side</source>
            <translation>Ciągle przenoszę ciężar na jedną stronę</translation>
        </message>
        <message>
            <source>My pain is mostly on one side</source>
            <translation>Ból jest głównie po jednej stronie</translation>
        </message>
        <message>
            <source>Hips and low back (lower-crossed pattern)</source>
            <translation>Biodra i dolna część pleców (dolny skrzyżowany wzorzec)</translation>
        </message>
        <message>
            <source>Neck, chest and upper back (upper-crossed pattern)</source>
            <translation>Szyja, klatka piersiowa i górna część pleców (górny skrzyżowany wzorzec)</translation>
        </message>
        <message>
            <source>Both: alternate upper and lower body</source>
            <translation>Oba: na zmianę górna i dolna część ciała</translation>
        </message>
        <message>
            <source>Left–right balance (one side tighter or weaker)</source>
            <translation>Równowaga lewo–prawo (jedna strona bardziej spięta lub słabsza)</translation>
        </message>
        <message>
            <source>Flat low back (posterior-tilt pattern)</source>
            <translation>Płaski odcinek lędźwiowy (wzorzec tyłopochylenia miednicy)</translation>
        </message>
    </context>
    <context>
        <name>ProgressCards</name>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n dzień</numerusform>
                <numerusform>%n dni</numerusform>
                <numerusform>%n dni</numerusform>
            </translation>
        </message>
        <message>
            <source>Breaks taken this week</source>
            <translation>Przerwy zrobione w tym tygodniu</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n break(s)</source>
            <translation>
                <numerusform>%1 z %n przerwy</numerusform>
                <numerusform>%1 z %n przerw</numerusform>
                <numerusform>%1 z %n przerw</numerusform>
            </translation>
        </message>
        <message>
            <source>No breaks offered yet</source>
            <translation>Nie zaproponowano jeszcze przerw</translation>
        </message>
        <message>
            <source>last week %1</source>
            <translation>w zeszłym tygodniu %1</translation>
        </message>
        <message>
            <source>Pain before sessions</source>
            <translation>Ból przed sesjami</translation>
        </message>
        <message>
            <source> / 10</source>
            <translation> / 10</translation>
        </message>
        <message>
            <source>a meaningful drop</source>
            <translation>wyraźny spadek</translation>
        </message>
        <message>
            <source>a meaningful rise</source>
            <translation>wyraźny wzrost</translation>
        </message>
        <message>
            <source>%1 points within sessions</source>
            <translation>%1 pkt w trakcie sesji</translation>
        </message>
        <message>
            <source>Rate your pain before a session</source>
            <translation>Oceń ból przed sesją</translation>
        </message>
        <message>
            <source>Current streak</source>
            <translation>Obecna seria dni</translation>
        </message>
        <message>
            <source>longest: %1</source>
            <translation>najdłuższa: %1</translation>
        </message>
        <message>
            <source>Exercise this week</source>
            <translation>Ćwiczenia w tym tygodniu</translation>
        </message>
        <message numerus="yes">
            <source>%n min</source>
            <translation>
                <numerusform>%n min</numerusform>
                <numerusform>%n min</numerusform>
                <numerusform>%n min</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>last week %n min</source>
            <translation>
                <numerusform>w zeszłym tygodniu %n min</numerusform>
                <numerusform>w zeszłym tygodniu %n min</numerusform>
                <numerusform>w zeszłym tygodniu %n min</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProgressCharts</name>
        <message>
            <source>Charts of adherence and pain</source>
            <translation>Wykresy systematyczności i bólu</translation>
        </message>
        <message>
            <source>The charts could not be drawn: %1</source>
            <translation>Nie udało się narysować wykresów: %1</translation>
        </message>
        <message>
            <source>Qt Quick is not available</source>
            <translation>Qt Quick jest niedostępne</translation>
        </message>
        <message numerus="yes">
            <source>Week of %1: %2 of %n break(s) taken (%3)</source>
            <translation>
                <numerusform>Tydzień od %1: zrobiono %2 z %n przerwy (%3)</numerusform>
                <numerusform>Tydzień od %1: zrobiono %2 z %n przerw (%3)</numerusform>
                <numerusform>Tydzień od %1: zrobiono %2 z %n przerw (%3)</numerusform>
            </translation>
        </message>
        <message>
            <source>Sessions you started: %1</source>
            <translation>Sesje rozpoczęte przez ciebie: %1</translation>
        </message>
        <message>
            <source>Week of %1</source>
            <translation>Tydzień od %1</translation>
        </message>
        <message>
            <source>Breaks taken (%)</source>
            <translation>Zrobione przerwy (%)</translation>
        </message>
        <message>
            <source>Pain before session</source>
            <translation>Ból przed sesją</translation>
        </message>
        <message>
            <source>Pain after session</source>
            <translation>Ból po sesji</translation>
        </message>
        <message>
            <source>Breaks taken and pain, week by week</source>
            <translation>Zrobione przerwy i ból, tydzień po tygodniu</translation>
        </message>
        <message>
            <source>Pain before sessions, by body region</source>
            <translation>Ból przed sesjami według partii ciała</translation>
        </message>
        <message>
            <source>Pain 0–10</source>
            <translation>Ból 0–10</translation>
        </message>
        <message>
            <source>Breaks taken</source>
            <translation>Zrobione przerwy</translation>
        </message>
        <message>
            <source>Pick a body region when you rate your pain to see it here.</source>
            <translation>Wybierz partię ciała przy ocenie bólu, aby zobaczyć ją tutaj.</translation>
        </message>
    </context>
    <context>
        <name>ProgressDialogs</name>
        <message>
            <source>Counterbalance — Export CSV to folder</source>
            <translation>Counterbalance — Eksportuj CSV do folderu</translation>
        </message>
        <message>
            <source>Counterbalance — Save chart images to folder</source>
            <translation>Counterbalance — Zapisz obrazy wykresów w folderze</translation>
        </message>
        <message>
            <source>Counterbalance — Save report</source>
            <translation>Counterbalance — Zapisz raport</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Pliki PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Counterbalance — Delete all my data</source>
            <translation>Counterbalance — Usuń wszystkie moje dane</translation>
        </message>
        <message>
            <source>Delete every break, session, set and pain rating?</source>
            <translation>Usunąć każdą przerwę, sesję, serię i ocenę bólu?</translation>
        </message>
        <message>
            <source>This cannot be undone. Automatic backups are deleted too. You can save a copy of your data first.</source>
            <translation>Tego nie można cofnąć. Automatyczne kopie zapasowe też zostaną usunięte. Możesz najpierw zapisać kopię swoich danych.</translation>
        </message>
        <message>
            <source>&amp;Save a copy first…</source>
            <translation>Najpierw &amp;zapisz kopię…</translation>
        </message>
        <message>
            <source>&amp;Delete everything</source>
            <translation>&amp;Usuń wszystko</translation>
        </message>
        <message>
            <source>Counterbalance — Save a copy of your data</source>
            <translation>Counterbalance — Zapisz kopię danych</translation>
        </message>
        <message>
            <source>Counterbalance data (*.sqlite3)</source>
            <translation>Dane Counterbalance (*.sqlite3)</translation>
        </message>
    </context>
    <context>
        <name>ProgressPresenter</name>
        <message>
            <source>Something went wrong: %1</source>
            <extracomment>Exercise id -&gt; target region (catalog); empty hides the "worked this week" row. The computer shown (None: all) and the names to show computers by (sync).</extracomment>
            <translation>Coś poszło nie tak: %1</translation>
        </message>
        <message numerus="yes">
            <source>Saved %n CSV file(s) in %1</source>
            <translation>
                <numerusform>Zapisano %n plik CSV w %1</numerusform>
                <numerusform>Zapisano %n pliki CSV w %1</numerusform>
                <numerusform>Zapisano %n plików CSV w %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saved %n chart image(s) in %1</source>
            <translation>
                <numerusform>Zapisano %n obraz wykresu w %1</numerusform>
                <numerusform>Zapisano %n obrazy wykresów w %1</numerusform>
                <numerusform>Zapisano %n obrazów wykresów w %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not save the report: %1</source>
            <translation>Nie udało się zapisać raportu: %1</translation>
        </message>
        <message>
            <source>Saved the report as %1</source>
            <translation>Zapisano raport jako %1</translation>
        </message>
        <message>
            <source>Could not save a copy: %1</source>
            <translation>Nie udało się zapisać kopii: %1</translation>
        </message>
        <message>
            <source>Saved a copy as %1</source>
            <translation>Zapisano kopię jako %1</translation>
        </message>
        <message>
            <source>All your data was deleted.</source>
            <translation>Wszystkie twoje dane zostały usunięte.</translation>
        </message>
    </context>
    <context>
        <name>ProgressWindow</name>
        <message>
            <source>Neck</source>
            <extracomment>Week labels are thinned out above this many weeks so they stay readable. Line colours per body region, chosen for contrast on light and on dark windows. Names of the pain regions (``core.events.Region``).
----------
Names of the catalog's target regions (``core.catalog.BODY_REGIONS``).</extracomment>
            <translation>Szyja</translation>
        </message>
        <message>
            <source>Chest &amp; shoulders</source>
            <translation>Klatka piersiowa i barki</translation>
        </message>
        <message>
            <source>Upper back</source>
            <translation>Górna część pleców</translation>
        </message>
        <message>
            <source>Core</source>
            <translation>Mięśnie głębokie</translation>
        </message>
        <message>
            <source>Low back</source>
            <translation>Dolna część pleców</translation>
        </message>
        <message>
            <source>Hips</source>
            <translation>Biodra</translation>
        </message>
        <message>
            <source>Legs</source>
            <translation>Nogi</translation>
        </message>
        <message>
            <source>Upper back / shoulders</source>
            <translation>Górna część pleców / barki</translation>
        </message>
        <message>
            <source>Hips / buttocks</source>
            <translation>Biodra / pośladki</translation>
        </message>
        <message>
            <source>Leg below knee</source>
            <translation>Noga poniżej kolana</translation>
        </message>
        <message>
            <source>Arm / hand</source>
            <translation>Ręka / dłoń</translation>
        </message>
        <message>
            <source>Counterbalance — Progress</source>
            <extracomment>Ranges offered in the selector, in weeks. The first size: fits a 1280×800 screen with a panel. The charts never get shorter than this; a smaller window scrolls them instead.</extracomment>
            <translation>Counterbalance — Postępy</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Postępy</translation>
        </message>
        <message>
            <source>Weeks shown</source>
            <translation>Pokazywane tygodnie</translation>
        </message>
        <message>
            <source>How many weeks the charts show</source>
            <translation>Ile tygodni pokazują wykresy</translation>
        </message>
        <message numerus="yes">
            <source>Last %n week(s)</source>
            <translation>
                <numerusform>Ostatni tydzień</numerusform>
                <numerusform>Ostatnie %n tygodnie</numerusform>
                <numerusform>Ostatnie %n tygodni</numerusform>
            </translation>
        </message>
        <message>
            <source>Your progress</source>
            <translation>Twoje postępy</translation>
        </message>
        <message>
            <source>&amp;Show:</source>
            <translation>&amp;Pokaż:</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Stan</translation>
        </message>
        <message>
            <source>No progress yet</source>
            <translation>Jeszcze brak postępów</translation>
        </message>
        <message>
            <source>Nothing to show yet</source>
            <translation>Na razie nie ma nic do pokazania</translation>
        </message>
        <message>
            <source>Your charts appear here after your first break. Each week shows how many breaks you took out of those offered (adherence), and, when you rate your pain before and after a session, how your pain changes over the weeks.</source>
            <translation>Wykresy pojawią się tutaj po pierwszej przerwie. Każdy tydzień pokazuje, ile zaproponowanych przerw zrobiono (systematyczność), a jeśli oceniasz ból przed sesją i po niej — jak zmienia się ból z tygodnia na tydzień.</translation>
        </message>
        <message>
            <source>Tip: start a session now from the tray menu, or wait for the next break reminder. Rating your pain is optional and takes one key press.</source>
            <translation>Wskazówka: zacznij sesję teraz z menu w zasobniku albo poczekaj na następne przypomnienie o przerwie. Ocena bólu jest opcjonalna i wymaga jednego klawisza.</translation>
        </message>
        <message>
            <source>Loading your progress…</source>
            <translation>Wczytywanie postępów…</translation>
        </message>
        <message>
            <source>Loading</source>
            <translation>Wczytywanie</translation>
        </message>
        <message>
            <source>Export &amp;CSV…</source>
            <translation>Eksportuj &amp;CSV…</translation>
        </message>
        <message>
            <source>Export raw events as CSV</source>
            <translation>Eksportuj surowe zdarzenia jako CSV</translation>
        </message>
        <message>
            <source>Save charts as P&amp;NG…</source>
            <translation>Zapisz wykresy jako P&amp;NG…</translation>
        </message>
        <message>
            <source>Save chart images</source>
            <translation>Zapisz obrazy wykresów</translation>
        </message>
        <message>
            <source>&amp;Report for physio (PDF)…</source>
            <translation>&amp;Raport dla fizjoterapeuty (PDF)…</translation>
        </message>
        <message>
            <source>PDF report</source>
            <translation>Raport PDF</translation>
        </message>
        <message>
            <source>&amp;Delete all my data…</source>
            <translation>&amp;Usuń wszystkie moje dane…</translation>
        </message>
        <message>
            <source>Delete all data</source>
            <translation>Usuń wszystkie dane</translation>
        </message>
        <message numerus="yes">
            <source>%n week(s) ago</source>
            <translation>
                <numerusform>%n tydzień temu</numerusform>
                <numerusform>%n tygodnie temu</numerusform>
                <numerusform>%n tygodni temu</numerusform>
            </translation>
        </message>
        <message>
            <source>Pain about the same as {ago}</source>
            <translation>Ból mniej więcej taki jak {ago}</translation>
        </message>
        <message>
            <source>Pain {points} points lower than {ago}</source>
            <translation>Ból o {points} pkt niższy niż {ago}</translation>
        </message>
        <message>
            <source>Pain {points} points higher than {ago}</source>
            <translation>Ból o {points} pkt wyższy niż {ago}</translation>
        </message>
        <message>
            <source>As many breaks as {ago}: {recent} (was {earlier})</source>
            <translation>Tyle samo przerw co {ago}: {recent} (było {earlier})</translation>
        </message>
        <message>
            <source>More breaks than {ago}: {recent} (was {earlier})</source>
            <translation>Więcej przerw niż {ago}: {recent} (było {earlier})</translation>
        </message>
        <message>
            <source>Fewer breaks than {ago}: {recent} (was {earlier})</source>
            <translation>Mniej przerw niż {ago}: {recent} (było {earlier})</translation>
        </message>
        <message numerus="yes">
            <source>%n set(s)</source>
            <translation>
                <numerusform>%n seria</numerusform>
                <numerusform>%n serie</numerusform>
                <numerusform>%n serii</numerusform>
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
            <translation>Zamknij i pomiń tę przerwę</translation>
        </message>
        <message>
            <source>Close (skips this break)</source>
            <translation>Zamknij (pomija tę przerwę)</translation>
        </message>
        <message>
            <source>Finish what you're typing: the break starts when you pause for a moment.</source>
            <translation>Dokończ pisanie: przerwa zacznie się, gdy na chwilę się zatrzymasz.</translation>
        </message>
        <message>
            <source>Start now</source>
            <translation>Zacznij teraz</translation>
        </message>
        <message>
            <source>Start the break now</source>
            <translation>Zacznij przerwę teraz</translation>
        </message>
        <message>
            <source>At my next pause</source>
            <translation>Przy następnym zatrzymaniu</translation>
        </message>
        <message>
            <source>Start the break when I stop typing</source>
            <translation>Zacznij przerwę, gdy przestanę pisać</translation>
        </message>
        <message>
            <source>Keep typing; the break starts by itself when you pause for a few seconds.</source>
            <translation>Pisz dalej; przerwa zacznie się sama, gdy zatrzymasz się na kilka sekund.</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Pomiń</translation>
        </message>
        <message>
            <source>Skip this break</source>
            <translation>Pomiń tę przerwę</translation>
        </message>
        <message>
            <source>Snooze</source>
            <translation>Odłóż</translation>
        </message>
        <message>
            <source>Time for a short break</source>
            <translation>Czas na krótką przerwę</translation>
        </message>
        <message>
            <source>Time for your daily session</source>
            <translation>Czas na codzienną sesję</translation>
        </message>
        <message>
            <source>Time for the break you skipped</source>
            <translation>Czas na pominiętą przerwę</translation>
        </message>
        <message>
            <source>First: {name}</source>
            <translation>Najpierw: {name}</translation>
        </message>
        <message>
            <source>then {names}</source>
            <translation>potem {names}</translation>
        </message>
        <message>
            <source>This is the make-up for a break you skipped earlier. It is offered once; skipping it is fine.</source>
            <translation>To odrobienie przerwy, którą wcześniej pominięto. Jest proponowane raz; można je pominąć.</translation>
        </message>
        <message numerus="yes">
            <source>%n min</source>
            <translation>
                <numerusform>%n min</numerusform>
                <numerusform>%n min</numerusform>
                <numerusform>%n min</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>You've snoozed this break %n time(s); start it now or skip it.</source>
            <translation>
                <numerusform>Ta przerwa była już raz odłożona; zacznij ją teraz albo pomiń.</numerusform>
                <numerusform>Ta przerwa była odłożona %n razy; zacznij ją teraz albo pomiń.</numerusform>
                <numerusform>Ta przerwa była odłożona %n razy; zacznij ją teraz albo pomiń.</numerusform>
            </translation>
        </message>
        <message>
            <source>This break can't be snoozed again; start it now or skip it.</source>
            <translation>Tej przerwy nie można już odłożyć; zacznij ją teraz albo pomiń.</translation>
        </message>
        <message>
            <source>Enter starts</source>
            <translation>Enter zaczyna</translation>
        </message>
        <message numerus="yes">
            <source>S snoozes %n min</source>
            <translation>
                <numerusform>S odkłada o %n min</numerusform>
                <numerusform>S odkłada o %n min</numerusform>
                <numerusform>S odkłada o %n min</numerusform>
            </translation>
        </message>
        <message>
            <source>P waits for your pause</source>
            <translation>P czeka na zatrzymanie</translation>
        </message>
        <message>
            <source>Esc skips</source>
            <translation>Esc pomija</translation>
        </message>
        <message>
            <source>Your typing stays in your app. Click this card to use keys: {keys}</source>
            <translation>To, co piszesz, zostaje w twojej aplikacji. Kliknij tę kartę, aby użyć klawiszy: {keys}</translation>
        </message>
    </context>
    <context>
        <name>PromptFlow</name>
        <message>
            <source>Break in {n} s</source>
            <extracomment>The prompt on screen, its logged id, kind and plan. A due break whose prompt waits for the break to be prepared. A break that came due while a session window was open: shown when it closes.</extracomment>
            <translation>Przerwa za {n} s</translation>
        </message>
        <message>
            <source>Counterbalance: a short break is coming. Finish your sentence.</source>
            <translation>Counterbalance: zbliża się krótka przerwa. Dokończ zdanie.</translation>
        </message>
        <message>
            <source>Could not save</source>
            <translation>Nie udało się zapisać</translation>
        </message>
        <message numerus="yes">
            <source>%n exercise(s) · about {m} min</source>
            <translation>
                <numerusform>%n ćwiczenie · około {m} min</numerusform>
                <numerusform>%n ćwiczenia · około {m} min</numerusform>
                <numerusform>%n ćwiczeń · około {m} min</numerusform>
            </translation>
        </message>
        <message>
            <source>Your data file</source>
            <translation>Twój plik danych</translation>
        </message>
        <message>
            <source>Counterbalance — Programme paused</source>
            <translation>Counterbalance — Program wstrzymany</translation>
        </message>
        <message>
            <source>You reported signs that need a medical assessment, so the exercise programme is paused.

Has a doctor or physiotherapist assessed you and said it is fine to exercise?</source>
            <translation>Zgłoszono objawy, które wymagają oceny lekarskiej, dlatego program ćwiczeń jest wstrzymany.

Czy lekarz lub fizjoterapeuta cię zbadał i stwierdził, że możesz ćwiczyć?</translation>
        </message>
    </context>
    <context>
        <name>RatingPage</name>
        <message>
            <source>Confirm (Enter)</source>
            <extracomment>The feel page's notes wrap at this width (px) instead of spanning the window.</extracomment>
            <translation>Potwierdź (Enter)</translation>
        </message>
        <message>
            <source>Confirm rating</source>
            <translation>Potwierdź ocenę</translation>
        </message>
        <message>
            <source>Skip (Esc)</source>
            <translation>Pomiń (Esc)</translation>
        </message>
        <message>
            <source>Skip rating</source>
            <translation>Pomiń ocenę</translation>
        </message>
        <message>
            <source>No pain — 0</source>
            <translation>Brak bólu — 0</translation>
        </message>
        <message>
            <source>No pain, rate zero</source>
            <translation>Brak bólu, oceń na zero</translation>
        </message>
        <message>
            <source>First up: %1</source>
            <translation>Na początek: %1</translation>
        </message>
    </context>
    <context>
        <name>ReadyNote</name>
        <message>
            <source>Counterbalance is running</source>
            <extracomment>Preferred width; the height follows the text.</extracomment>
            <translation>Counterbalance działa</translation>
        </message>
        <message>
            <source>You're all set</source>
            <translation>Wszystko gotowe</translation>
        </message>
        <message>
            <source>Got it</source>
            <translation>Rozumiem</translation>
        </message>
        <message>
            <source>Close this note</source>
            <translation>Zamknij tę notatkę</translation>
        </message>
        <message>
            <source>Counterbalance now lives in the &lt;b&gt;menu bar&lt;/b&gt; at the top of the screen. Click its icon for a session now, your progress or settings.</source>
            <translation>Counterbalance mieszka teraz na &lt;b&gt;pasku menu&lt;/b&gt; u góry ekranu. Kliknij jego ikonę, aby zacząć sesję, zobaczyć postępy lub ustawienia.</translation>
        </message>
        <message>
            <source>Your desktop has no system tray, so Counterbalance keeps a &lt;b&gt;small window&lt;/b&gt; open. Use it for a session now, your progress or settings.</source>
            <translation>Twój pulpit nie ma zasobnika systemowego, więc Counterbalance trzyma otwarte &lt;b&gt;małe okno&lt;/b&gt;. Użyj go, aby zacząć sesję, zobaczyć postępy lub ustawienia.</translation>
        </message>
        <message>
            <source>Counterbalance now lives in the &lt;b&gt;system tray&lt;/b&gt;, among the small icons near the clock. Click its icon for a session now, your progress or settings.</source>
            <translation>Counterbalance mieszka teraz w &lt;b&gt;zasobniku systemowym&lt;/b&gt;, wśród małych ikon obok zegara. Kliknij jego ikonę, aby zacząć sesję, zobaczyć postępy lub ustawienia.</translation>
        </message>
        <message>
            <source>Breaks come while you work at the computer, within your working hours.</source>
            <translation>Przerwy przychodzą, gdy pracujesz przy komputerze, w godzinach pracy.</translation>
        </message>
        <message numerus="yes">
            <source>Your first short break comes in about &lt;b&gt;%n min&lt;/b&gt; of computer use. Time away from the keyboard doesn't count.</source>
            <translation>
                <numerusform>Pierwsza krótka przerwa przyjdzie po około &lt;b&gt;%n min&lt;/b&gt; pracy przy komputerze. Czas z dala od klawiatury się nie liczy.</numerusform>
                <numerusform>Pierwsza krótka przerwa przyjdzie po około &lt;b&gt;%n min&lt;/b&gt; pracy przy komputerze. Czas z dala od klawiatury się nie liczy.</numerusform>
                <numerusform>Pierwsza krótka przerwa przyjdzie po około &lt;b&gt;%n min&lt;/b&gt; pracy przy komputerze. Czas z dala od klawiatury się nie liczy.</numerusform>
            </translation>
        </message>
        <message>
            <source>Your longer daily session is offered today at {time}.</source>
            <translation>Dłuższa codzienna sesja jest proponowana dzisiaj o {time}.</translation>
        </message>
        <message>
            <source>Your longer daily session starts tomorrow at {time}.</source>
            <translation>Dłuższa codzienna sesja zaczyna się jutro o {time}.</translation>
        </message>
    </context>
    <context>
        <name>ReportPdf</name>
        <message numerus="yes">
            <source>%n week(s), latest %1</source>
            <extracomment>One unit is one point, so font sizes and distances share a scale. Height of one row of the exercise list. Height of the disclaimer at the foot of the page.</extracomment>
            <translation>
                <numerusform>%n tydzień, ostatni %1</numerusform>
                <numerusform>%n tygodnie, ostatni %1</numerusform>
                <numerusform>%n tygodni, ostatni %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Counterbalance — progress report</source>
            <translation>Counterbalance — raport postępów</translation>
        </message>
        <message numerus="yes">
            <source>Weeks %1 to %2 (%n week(s)), made on %3</source>
            <translation>
                <numerusform>Tygodnie od %1 do %2 (%n tydzień), utworzono %3</numerusform>
                <numerusform>Tygodnie od %1 do %2 (%n tygodnie), utworzono %3</numerusform>
                <numerusform>Tygodnie od %1 do %2 (%n tygodni), utworzono %3</numerusform>
            </translation>
        </message>
        <message>
            <source>Breaks taken (adherence), mean of weeks</source>
            <translation>Zrobione przerwy (systematyczność), średnia z tygodni</translation>
        </message>
        <message>
            <source>Breaks taken / offered, whole period</source>
            <translation>Zrobione / zaproponowane przerwy, cały okres</translation>
        </message>
        <message>
            <source>Sessions started by the user</source>
            <translation>Sesje rozpoczęte przez użytkownika</translation>
        </message>
        <message>
            <source>Exercise time, whole period</source>
            <translation>Czas ćwiczeń, cały okres</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
        <message>
            <source>Pain before sessions, first → last rated week</source>
            <translation>Ból przed sesjami, pierwszy → ostatni oceniony tydzień</translation>
        </message>
        <message>
            <source>Mean change within sessions (after − before)</source>
            <translation>Średnia zmiana w trakcie sesji (po − przed)</translation>
        </message>
        <message>
            <source>Weeks with a meaningful change (≥ 2 points or ≥ 30 %)</source>
            <translation>Tygodnie z wyraźną zmianą (≥ 2 pkt lub ≥ 30 %)</translation>
        </message>
        <message>
            <source>Current streak / longest (days)</source>
            <translation>Obecna / najdłuższa seria (dni)</translation>
        </message>
        <message>
            <source>Breaks taken per week</source>
            <extracomment>Week labels under a chart, at most.</extracomment>
            <translation>Zrobione przerwy na tydzień</translation>
        </message>
        <message>
            <source>breaks taken (%)</source>
            <translation>zrobione przerwy (%)</translation>
        </message>
        <message>
            <source>Pain per week (0–10, mean of daily means)</source>
            <translation>Ból na tydzień (0–10, średnia średnich dziennych)</translation>
        </message>
        <message>
            <source>before sessions</source>
            <translation>przed sesjami</translation>
        </message>
        <message>
            <source>after sessions</source>
            <translation>po sesjach</translation>
        </message>
        <message>
            <source>Exercises done (sets)</source>
            <translation>Wykonane ćwiczenia (serie)</translation>
        </message>
        <message>
            <source>Safety notes</source>
            <translation>Uwagi dotyczące bezpieczeństwa</translation>
        </message>
        <message>
            <source>No exercises logged in this period.</source>
            <translation>W tym okresie nie zapisano ćwiczeń.</translation>
        </message>
        <message>
            <source>Left / right sets: %1 / %2</source>
            <translation>Serie lewa / prawa: %1 / %2</translation>
        </message>
        <message>
            <source>None reported in this period.</source>
            <translation>W tym okresie nic nie zgłoszono.</translation>
        </message>
        <message>
            <source>Self-reported data logged by the Counterbalance app. Adherence = breaks taken ÷ breaks offered. Pain: 0–10 numeric rating scale. This app gives general exercise and break reminders; it is not medical advice and does not diagnose or treat any condition.</source>
            <translation>Dane zgłaszane przez użytkownika i zapisywane przez aplikację Counterbalance. Systematyczność = zrobione przerwy ÷ zaproponowane przerwy. Ból: numeryczna skala 0–10. Ta aplikacja daje ogólne przypomnienia o ćwiczeniach i przerwach; nie jest poradą medyczną i nie diagnozuje ani nie leczy żadnej choroby.</translation>
        </message>
    </context>
    <context>
        <name>Safety</name>
        <message>
            <source>Counterbalance reminds you to take breaks and guides general stretching and strengthening exercises. It is not medical advice, and it does not diagnose or treat any condition. If your symptoms are severe, getting worse or feel unusual, stop and talk to a qualified health professional.</source>
            <translation>Counterbalance przypomina o przerwach i prowadzi przez ogólne ćwiczenia rozciągające i wzmacniające. Nie jest poradą medyczną i nie diagnozuje ani nie leczy żadnej choroby. Jeśli objawy są silne, nasilają się lub wydają się nietypowe, przerwij i porozmawiaj z wykwalifikowanym pracownikiem ochrony zdrowia.</translation>
        </message>
        <message>
            <source>Back and legs</source>
            <extracomment>Severity order: lower index = more serious. The advice each group leads to (issue 12: emergency now / see a doctor soon / carry on). Calm, plain headings for the checklist (the advice says how serious an answer is).</extracomment>
            <translation>Plecy i nogi</translation>
        </message>
        <message>
            <source>Head and neck</source>
            <translation>Głowa i szyja</translation>
        </message>
        <message>
            <source>Upper back and chest</source>
            <translation>Górna część pleców i klatka piersiowa</translation>
        </message>
        <message>
            <source>Numbness, tingling or weakness</source>
            <translation>Drętwienie, mrowienie lub osłabienie</translation>
        </message>
        <message>
            <source>Your health in general</source>
            <translation>Twoje zdrowie ogólnie</translation>
        </message>
        <message>
            <source>How the pain affects you</source>
            <translation>Jak ból na ciebie wpływa</translation>
        </message>
        <message>
            <source>Seek emergency care now. These signs need a doctor to check them within hours. Counterbalance has stopped your programme until you confirm that you have been assessed.</source>
            <translation>Natychmiast szukaj pomocy w trybie nagłym. Te objawy musi ocenić lekarz w ciągu kilku godzin. Counterbalance zatrzymał twój program, dopóki nie potwierdzisz, że zostałeś(-aś) zbadany(-a).</translation>
        </message>
        <message>
            <source>Seek emergency care now. Stop the exercises and call your local emergency number if these signs came on suddenly or are getting worse. Counterbalance has stopped your programme until you confirm that you have been assessed.</source>
            <translation>Natychmiast szukaj pomocy w trybie nagłym. Przerwij ćwiczenia i zadzwoń pod lokalny numer alarmowy, jeśli te objawy pojawiły się nagle lub się nasilają. Counterbalance zatrzymał twój program, dopóki nie potwierdzisz, że zostałeś(-aś) zbadany(-a).</translation>
        </message>
        <message>
            <source>Seek emergency care now. Back pain that comes with chest pain or breathlessness needs to be checked straight away. Counterbalance has stopped your programme until you confirm that you have been assessed.</source>
            <translation>Natychmiast szukaj pomocy w trybie nagłym. Ból pleców z bólem w klatce piersiowej lub dusznością trzeba sprawdzić od razu. Counterbalance zatrzymał twój program, dopóki nie potwierdzisz, że zostałeś(-aś) zbadany(-a).</translation>
        </message>
        <message>
            <source>Stop the exercises for the affected area and see a health professional before you do them again.</source>
            <translation>Przerwij ćwiczenia dla tej okolicy i zgłoś się do specjalisty, zanim znów je wykonasz.</translation>
        </message>
        <message>
            <source>Please have a doctor review these symptoms before you continue. Counterbalance has paused your programme until you confirm that you have been assessed.</source>
            <translation>Przed kontynuowaniem poproś lekarza o ocenę tych objawów. Counterbalance wstrzymał twój program, dopóki nie potwierdzisz, że zostałeś(-aś) zbadany(-a).</translation>
        </message>
        <message>
            <source>We recommend seeing a physiotherapist or doctor. You can keep going gently, or pause the programme until then.</source>
            <translation>Zalecamy wizytę u fizjoterapeuty lub lekarza. Możesz ćwiczyć dalej ostrożnie albo wstrzymać program do tego czasu.</translation>
        </message>
        <message>
            <source>Emergency signs (back and legs): told to seek emergency care</source>
            <extracomment>How the report words a stored safety event (``SafetyNote.code``), by group.</extracomment>
            <translation>Objawy alarmowe (plecy i nogi): zalecono natychmiastową pomoc w trybie nagłym</translation>
        </message>
        <message>
            <source>Emergency signs (head and neck): told to seek emergency care</source>
            <translation>Objawy alarmowe (głowa i szyja): zalecono natychmiastową pomoc w trybie nagłym</translation>
        </message>
        <message>
            <source>Emergency signs (upper back and chest): told to seek emergency care</source>
            <translation>Objawy alarmowe (górna część pleców i klatka piersiowa): zalecono natychmiastową pomoc w trybie nagłym</translation>
        </message>
        <message>
            <source>Numbness, tingling or weakness: exercises for the area stopped</source>
            <translation>Drętwienie, mrowienie lub osłabienie: ćwiczenia dla tej okolicy wstrzymane</translation>
        </message>
        <message>
            <source>Signs for a doctor to review: programme paused</source>
            <translation>Objawy do oceny lekarskiej: program wstrzymany</translation>
        </message>
        <message>
            <source>Advised to see a physiotherapist or doctor</source>
            <translation>Zalecono wizytę u fizjoterapeuty lub lekarza</translation>
        </message>
        <message>
            <source>Safety check: no warning signs</source>
            <translation>Kontrola bezpieczeństwa: brak objawów ostrzegawczych</translation>
        </message>
        <message>
            <source>Assessment confirmed: programme resumed</source>
            <translation>Badanie potwierdzone: program wznowiony</translation>
        </message>
        <message>
            <source>symptom checklist</source>
            <extracomment>What raised a stored safety event (``SafetyNote.action``: a ``Trigger`` value).</extracomment>
            <translation>lista objawów</translation>
        </message>
        <message>
            <source>pain rated 7 or more</source>
            <translation>ból oceniony na 7 lub więcej</translation>
        </message>
        <message>
            <source>weekly pain rising</source>
            <translation>rosnący ból tygodniowy</translation>
        </message>
        <message>
            <source>None of the warning signs apply. Keep exercising within comfort: mild tension is fine, sharp pain is not. If anything changes, check again.</source>
            <translation>Żaden z objawów ostrzegawczych nie występuje. Ćwicz dalej w komfortowym zakresie: lekkie napięcie jest w porządku, ostry ból nie. Jeśli coś się zmieni, sprawdź ponownie.</translation>
        </message>
        <message>
            <source>New trouble controlling or emptying your bladder or bowel</source>
            <extracomment>The red flags, grouped, most serious first (brief §4 [7][9][26], S0; issue 12).</extracomment>
            <translation>Nowe problemy z kontrolą lub opróżnianiem pęcherza albo jelit</translation>
        </message>
        <message>
            <source>Numbness in the groin, buttocks or inner thighs</source>
            <translation>Drętwienie w pachwinach, pośladkach lub po wewnętrznej stronie ud</translation>
        </message>
        <message>
            <source>New loss of sexual function or feeling</source>
            <translation>Nowa utrata funkcji lub czucia seksualnego</translation>
        </message>
        <message>
            <source>Pain, numbness or pins and needles in both legs</source>
            <translation>Ból, drętwienie lub mrowienie w obu nogach</translation>
        </message>
        <message>
            <source>Weakness in one or both legs that is new or getting worse</source>
            <translation>Osłabienie jednej lub obu nóg, nowe lub narastające</translation>
        </message>
        <message>
            <source>Dizziness or light-headedness, for example when you turn or tilt your head</source>
            <translation>Zawroty głowy lub uczucie omdlewania, na przykład przy obracaniu lub przechylaniu głowy</translation>
        </message>
        <message>
            <source>Double vision or a sudden change in your sight</source>
            <translation>Podwójne widzenie lub nagła zmiana wzroku</translation>
        </message>
        <message>
            <source>Trouble speaking, or slurred speech</source>
            <translation>Trudności w mówieniu lub bełkotliwa mowa</translation>
        </message>
        <message>
            <source>Trouble swallowing</source>
            <translation>Trudności w połykaniu</translation>
        </message>
        <message>
            <source>Sudden falls without losing consciousness (drop attacks)</source>
            <translation>Nagłe upadki bez utraty przytomności (napady padania)</translation>
        </message>
        <message>
            <source>Feeling sick or vomiting together with neck pain</source>
            <translation>Nudności lub wymioty razem z bólem szyi</translation>
        </message>
        <message>
            <source>Eyes that flicker or jump on their own</source>
            <translation>Oczy, które same drgają lub skaczą</translation>
        </message>
        <message>
            <source>Numbness or tingling in the face or lips</source>
            <translation>Drętwienie lub mrowienie twarzy lub warg</translation>
        </message>
        <message>
            <source>A sudden, severe headache unlike any you have had</source>
            <translation>Nagły, silny ból głowy, jakiego nigdy wcześniej nie było</translation>
        </message>
        <message>
            <source>Sudden, tearing neck pain</source>
            <translation>Nagły, rozdzierający ból szyi</translation>
        </message>
        <message>
            <source>Clumsy hands or an unsteady walk</source>
            <translation>Niezgrabne dłonie lub chwiejny chód</translation>
        </message>
        <message>
            <source>Upper-back pain together with chest pain, pressure or tightness</source>
            <translation>Ból górnej części pleców razem z bólem, uciskiem lub ściskaniem w klatce piersiowej</translation>
        </message>
        <message>
            <source>Upper-back pain together with shortness of breath</source>
            <translation>Ból górnej części pleców razem z dusznością</translation>
        </message>
        <message>
            <source>Numbness, tingling or weakness in an arm or hand</source>
            <translation>Drętwienie, mrowienie lub osłabienie ręki lub dłoni</translation>
        </message>
        <message>
            <source>Numbness, tingling or weakness in one leg or foot</source>
            <translation>Drętwienie, mrowienie lub osłabienie jednej nogi lub stopy</translation>
        </message>
        <message>
            <source>Fever or chills together with the pain</source>
            <translation>Gorączka lub dreszcze razem z bólem</translation>
        </message>
        <message>
            <source>Weight loss you cannot explain</source>
            <translation>Spadek masy ciała, którego nie umiesz wyjaśnić</translation>
        </message>
        <message>
            <source>A history of cancer</source>
            <translation>Nowotwór w przeszłości</translation>
        </message>
        <message>
            <source>Pain at night that does not ease when you rest or change position</source>
            <translation>Ból w nocy, który nie ustępuje w spoczynku ani przy zmianie pozycji</translation>
        </message>
        <message>
            <source>The pain began after a recent fall, accident or other injury</source>
            <translation>Ból zaczął się po niedawnym upadku, wypadku lub innym urazie</translation>
        </message>
        <message>
            <source>Long-term steroid tablets or a weakened immune system</source>
            <translation>Długotrwałe przyjmowanie sterydów w tabletkach lub osłabiona odporność</translation>
        </message>
        <message>
            <source>Injecting drugs, now or in the past</source>
            <translation>Przyjmowanie narkotyków dożylnie, teraz lub w przeszłości</translation>
        </message>
        <message>
            <source>This is new pain and you are under 20 or over 50</source>
            <translation>To nowy ból, a masz mniej niż 20 lub więcej niż 50 lat</translation>
        </message>
        <message>
            <source>The pain has lasted more than 3 months</source>
            <translation>Ból trwa dłużej niż 3 miesiące</translation>
        </message>
        <message>
            <source>The pain disturbs your sleep or daily activities</source>
            <translation>Ból zaburza sen lub codzienne czynności</translation>
        </message>
        <message>
            <source>The pain does not improve with rest or basic exercise</source>
            <translation>Ból nie mija po odpoczynku ani po prostych ćwiczeniach</translation>
        </message>
        <message>
            <source>You rated your pain {value} out of 10. Pain this strong is worth getting checked: we recommend seeing a physiotherapist or doctor. You can pause the programme until then.</source>
            <extracomment>Rise of the weekly mean pain, in points, that counts when it lasts two weeks.</extracomment>
            <translation>Oceniono ból na {value} na 10. Tak silny ból warto sprawdzić: zalecamy wizytę u fizjoterapeuty lub lekarza. Możesz do tego czasu wstrzymać program.</translation>
        </message>
        <message>
            <source>Your weekly average pain has been at least 2 points higher than before for two weeks running ({before:.1f} → {week1:.1f} → {week2:.1f}). We recommend seeing a physiotherapist or doctor. You can pause the programme until then.</source>
            <translation>Średni tygodniowy ból był przez dwa kolejne tygodnie o co najmniej 2 punkty wyższy niż wcześniej ({before:.1f} → {week1:.1f} → {week2:.1f}). Zalecamy wizytę u fizjoterapeuty lub lekarza. Możesz do tego czasu wstrzymać program.</translation>
        </message>
        <message>
            <source>Before your first exercise, a few questions to check that exercise is right for you today. Most people tick none of them.</source>
            <extracomment>A pain-triggered check is not repeated within this time of the last check. Pain during an exercise above this asks the short check (brief §3 pain-monitoring model). The user opened "Check symptoms…" themselves. The short list: one or two signs of each serious kind, in words anyone can answer; the lasting facts (history of cancer, steroids, drug use) stay in the full list. Which list each reason asks.</extracomment>
            <translation>Przed pierwszym ćwiczeniem kilka pytań, by sprawdzić, czy ćwiczenia są dziś dla ciebie odpowiednie. Większość osób nie zaznacza żadnego.</translation>
        </message>
        <message>
            <source>You rated your pain quite high, so here is a quick check. Most people tick none of these; if one applies, you will see what to do.</source>
            <translation>Oceniono ból dość wysoko, więc oto szybka kontrola. Większość osób nie zaznacza żadnego; jeśli coś pasuje, zobaczysz, co zrobić.</translation>
        </message>
        <message>
            <source>That exercise hurt more than it should, so here is a quick check. Most people tick none of these.</source>
            <translation>To ćwiczenie bolało bardziej, niż powinno, więc oto szybka kontrola. Większość osób nie zaznacza żadnego.</translation>
        </message>
        <message>
            <source>You mentioned numbness, tingling or weakness. Please tick anything that applies now, so Counterbalance can tell you what to do next.</source>
            <translation>Wspomniano o drętwieniu, mrowieniu lub osłabieniu. Zaznacz wszystko, co teraz występuje, aby Counterbalance mógł powiedzieć, co robić dalej.</translation>
        </message>
        <message>
            <source>A quick check-in, as every few weeks. Tick anything that is new since you last checked; most people tick nothing.</source>
            <translation>Krótka kontrola, jak co kilka tygodni. Zaznacz wszystko, co jest nowe od ostatniego sprawdzenia; większość osób nic nie zaznacza.</translation>
        </message>
        <message>
            <source>Tick every sign that applies to you now. Counterbalance gives general advice, not a diagnosis: a sign is a reason to get checked.</source>
            <translation>Zaznacz każdy objaw, który teraz występuje. Counterbalance daje ogólne wskazówki, nie diagnozę: objaw to powód, by się zbadać.</translation>
        </message>
        <message>
            <source>Seek emergency care now.</source>
            <translation>Natychmiast szukaj pomocy w trybie nagłym.</translation>
        </message>
    </context>
    <context>
        <name>SafetyPage</name>
        <message>
            <source>Advice</source>
            <translation>Zalecenie</translation>
        </message>
    </context>
    <context>
        <name>SessionCues</name>
        <message>
            <source>Done! How did this break feel?</source>
            <translation>Gotowe! Jak minęła ta przerwa?</translation>
        </message>
        <message>
            <source>Switch sides: %1</source>
            <extracomment>Ticks sound in the last seconds of a hold. The countdown second of the last view, so that a second ticks once.</extracomment>
            <translation>Zmień stronę: %1</translation>
        </message>
        <message>
            <source>Hold</source>
            <translation>Przytrzymaj</translation>
        </message>
        <message>
            <source>How did that feel?</source>
            <translation>Jak było?</translation>
        </message>
    </context>
    <context>
        <name>SessionTexts</name>
        <message>
            <source>Skipped set %1 of %2</source>
            <translation>Pominięto serię %1 z %2</translation>
        </message>
        <message>
            <source>Session finished</source>
            <translation>Sesja zakończona</translation>
        </message>
        <message>
            <source>Exercise %1 of %2</source>
            <translation>Ćwiczenie %1 z %2</translation>
        </message>
        <message>
            <source>left side</source>
            <translation>lewa strona</translation>
        </message>
        <message>
            <source>right side</source>
            <translation>prawa strona</translation>
        </message>
        <message>
            <source>both sides</source>
            <translation>obie strony</translation>
        </message>
        <message>
            <source>%1 s of exercise</source>
            <translation>%1 s ćwiczeń</translation>
        </message>
        <message>
            <source>%1 min of exercise</source>
            <translation>%1 min ćwiczeń</translation>
        </message>
        <message>
            <source>%1 min %2 s of exercise</source>
            <translation>%1 min %2 s ćwiczeń</translation>
        </message>
    </context>
    <context>
        <name>SessionWindow</name>
        <message>
            <source>Counterbalance — Session</source>
            <extracomment>The window's preferred size (smaller screens get less).</extracomment>
            <translation>Counterbalance — Sesja</translation>
        </message>
        <message>
            <source>Guided session</source>
            <translation>Sesja z prowadzeniem</translation>
        </message>
        <message>
            <source>Check symptoms…</source>
            <translation>Sprawdź objawy…</translation>
        </message>
        <message>
            <source>Check symptoms</source>
            <translation>Sprawdź objawy</translation>
        </message>
        <message>
            <source>Large view (F)</source>
            <translation>Duży widok (F)</translation>
        </message>
        <message>
            <source>Large view for floor exercises</source>
            <translation>Duży widok do ćwiczeń na podłodze</translation>
        </message>
        <message>
            <source>Normal view (F)</source>
            <translation>Zwykły widok (F)</translation>
        </message>
        <message numerus="yes">
            <source>%n exercise(s) planned</source>
            <translation>
                <numerusform>Zaplanowano %n ćwiczenie</numerusform>
                <numerusform>Zaplanowano %n ćwiczenia</numerusform>
                <numerusform>Zaplanowano %n ćwiczeń</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>Minutes of active time between microbreaks.</source>
            <extracomment>Longest computer name and sync folder path accepted. Profiles in the order they are offered. Conditions a user may declare: the keys of ``exercise_needs.CONTRAINDICATIONS`` (texts there).</extracomment>
            <translation>Minuty aktywnej pracy między mikroprzerwami.</translation>
        </message>
        <message>
            <source>No keyboard or mouse use this long is a break by itself.</source>
            <translation>Tyle czasu bez klawiatury i myszy to już przerwa.</translation>
        </message>
        <message>
            <source>A notification this many seconds before; 0 = none.</source>
            <translation>Powiadomienie tyle sekund wcześniej; 0 = brak.</translation>
        </message>
        <message>
            <source>Makes breaks less predictable; 0 keeps them exact.</source>
            <translation>Sprawia, że przerwy są mniej przewidywalne; 0 zachowuje dokładny odstęp.</translation>
        </message>
        <message>
            <source>Snooze choices the break prompt offers, in minutes.</source>
            <translation>Opcje odłożenia w powiadomieniu o przerwie, w minutach.</translation>
        </message>
        <message>
            <source>After this many, only Start or Skip remain; 0 = no snooze.</source>
            <translation>Potem zostają tylko Zacznij lub Pomiń; 0 = bez odkładania.</translation>
        </message>
        <message>
            <source>Only offer breaks during the working hours.</source>
            <translation>Proponuj przerwy tylko w godzinach pracy.</translation>
        </message>
        <message>
            <source>Working hours per weekday: [start, end] pairs that do not overlap.</source>
            <translation>Godziny pracy dla każdego dnia: pary [początek, koniec], które się nie nakładają.</translation>
        </message>
        <message>
            <source>Hold breaks while a full-screen window is active.</source>
            <translation>Wstrzymuj przerwy, gdy aktywne jest okno pełnoekranowe.</translation>
        </message>
        <message>
            <source>Hold breaks while Do Not Disturb is on.</source>
            <translation>Wstrzymuj przerwy, gdy włączony jest tryb „Nie przeszkadzać”.</translation>
        </message>
        <message>
            <source>Local time of the daily session reminder, every day.</source>
            <translation>Czas lokalny codziennego przypomnienia o sesji.</translation>
        </message>
        <message>
            <source>Remind of a longer daily session.</source>
            <translation>Przypominaj o dłuższej codziennej sesji.</translation>
        </message>
        <message>
            <source>Focus of the exercises; a starting point, not a diagnosis.</source>
            <translation>Cel ćwiczeń; punkt wyjścia, nie diagnoza.</translation>
        </message>
        <message>
            <source>Equipment at the desk; band exercises only with a band.</source>
            <translation>Sprzęt przy biurku; ćwiczenia z taśmą tylko z taśmą.</translation>
        </message>
        <message>
            <source>Gets an extra set of one-sided strengthening.</source>
            <translation>Dostaje dodatkową serię wzmacniania jednej strony.</translation>
        </message>
        <message>
            <source>Gets an extra hold of one-sided stretches.</source>
            <extracomment>Asked separately from the weaker side, never assumed from it (issue 12).</extracomment>
            <translation>Dostaje dodatkowe przytrzymanie przy rozciąganiu jednej strony.</translation>
        </message>
        <message>
            <source>Declared conditions; exercises not advised for them are left out.</source>
            <translation>Zgłoszone schorzenia; ćwiczenia dla nich niewskazane są pomijane.</translation>
        </message>
        <message>
            <source>Play ticks and chimes during sessions.</source>
            <translation>Odtwarzaj tykanie i gong podczas sesji.</translation>
        </message>
        <message>
            <source>Speak exercise cues aloud.</source>
            <translation>Odczytuj wskazówki do ćwiczeń na głos.</translation>
        </message>
        <message>
            <source>Share of microbreaks that ask pain before and after (1 = every one).</source>
            <extracomment>Brief §4 rates pain "on a sample of breaks to limit burden": about one in three (some three a day at ten breaks), plus every daily session and the day's average.</extracomment>
            <translation>Odsetek mikroprzerw z pytaniem o ból przed i po (1 = każda).</translation>
        </message>
        <message>
            <source>Ask how each exercise felt in microbreaks, instead of once per break.</source>
            <translation>Pytaj o odczucia po każdym ćwiczeniu w mikroprzerwach zamiast raz na przerwę.</translation>
        </message>
        <message>
            <source>Language of the app; empty follows the system. Applies at the next start.</source>
            <translation>Język aplikacji; puste = jak w systemie. Obowiązuje od następnego uruchomienia.</translation>
        </message>
        <message>
            <source>Share one history with your other computers through a folder you sync.</source>
            <translation>Wspólna historia z innymi komputerami przez folder, który synchronizujesz.</translation>
        </message>
        <message>
            <source>The synced folder (Syncthing, Dropbox, Nextcloud, a network share); Counterbalance writes only inside its own Counterbalance folder there.</source>
            <translation>Synchronizowany folder (Syncthing, Dropbox, Nextcloud, udział sieciowy); Counterbalance zapisuje tylko we własnym folderze Counterbalance.</translation>
        </message>
        <message>
            <source>This computer's name in the progress window; empty uses the host name.</source>
            <translation>Nazwa tego komputera w oknie postępów; puste pole oznacza nazwę hosta.</translation>
        </message>
        <message>
            <source>Start Counterbalance at login.</source>
            <translation>Uruchamiaj Counterbalance po zalogowaniu.</translation>
        </message>
        <message>
            <source>The user was asked about starting at login.</source>
            <translation>Zapytano już o uruchamianie po zalogowaniu.</translation>
        </message>
        <message>
            <source>The first-run setup was completed.</source>
            <translation>Konfiguracja początkowa została zakończona.</translation>
        </message>
        <message>
            <source>The user accepted the health disclaimer.</source>
            <translation>Zaakceptowano zastrzeżenie zdrowotne.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Enter at least one snooze time, e.g. 5, 10, 15.</source>
            <translation>Wpisz co najmniej jeden czas odłożenia, np. 5, 10, 15.</translation>
        </message>
        <message>
            <source>“{part}” is not a whole number of minutes.</source>
            <translation>„{part}” nie jest całkowitą liczbą minut.</translation>
        </message>
        <message>
            <source>Each snooze time must be {lo}–{hi} min.</source>
            <translation>Każdy czas odłożenia musi wynosić {lo}–{hi} min.</translation>
        </message>
        <message>
            <source>Give at most {n} snooze times.</source>
            <translation>Podaj najwyżej tyle czasów odłożenia: {n}.</translation>
        </message>
        <message>
            <source>{day}: {start}–{end} ends before it starts.</source>
            <extracomment>Width of the weekday names column in the working-hours tab.</extracomment>
            <translation>{day}: {start}–{end} kończy się, zanim się zacznie.</translation>
        </message>
        <message>
            <source>{day}: {a} and {b} overlap.</source>
            <translation>{day}: {a} i {b} nakładają się.</translation>
        </message>
        <message>
            <source>start</source>
            <translation>początek</translation>
        </message>
        <message>
            <source>end</source>
            <translation>koniec</translation>
        </message>
        <message>
            <source>{day} working hours {what}</source>
            <translation>{day} godziny pracy {what}</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Usuń</translation>
        </message>
        <message>
            <source>Remove this {day} range</source>
            <translation>Usuń ten zakres ({day})</translation>
        </message>
        <message>
            <source>Not working</source>
            <translation>Dzień wolny</translation>
        </message>
        <message>
            <source>Add hours</source>
            <translation>Dodaj godziny</translation>
        </message>
        <message>
            <source>Add working hours on {day}</source>
            <translation>Dodaj godziny pracy ({day})</translation>
        </message>
        <message>
            <source>Counterbalance — Settings</source>
            <extracomment>The dialog's size: every tab fits on a 1280×800 screen without scrolling but hours. The tabs, in order: a new settings page joins here. The index of each built-in tab.</extracomment>
            <translation>Counterbalance — Ustawienia</translation>
        </message>
        <message>
            <source>Counterbalance settings</source>
            <translation>Ustawienia Counterbalance</translation>
        </message>
        <message>
            <source>Settings sections</source>
            <extracomment>True while fields are being filled in: edits then trigger no validation.</extracomment>
            <translation>Sekcje ustawień</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Save settings and close</source>
            <translation>Zapisz ustawienia i zamknij</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Zastosuj</translation>
        </message>
        <message>
            <source>Save settings</source>
            <translation>Zapisz ustawienia</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Anuluj</translation>
        </message>
        <message>
            <source>Close without saving</source>
            <translation>Zamknij bez zapisywania</translation>
        </message>
        <message>
            <source>Has a problem to fix</source>
            <translation>Ma problem do poprawienia</translation>
        </message>
        <message numerus="yes">
            <source>Fix %n problem(s) to save: {problem}</source>
            <translation>
                <numerusform>Popraw to, aby zapisać: {problem}</numerusform>
                <numerusform>Popraw te %n problemy, aby zapisać: {problem} …</numerusform>
                <numerusform>Popraw tych %n problemów, aby zapisać: {problem} …</numerusform>
            </translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Synchronizacja</translation>
        </message>
    </context>
    <context>
        <name>SettingsFile</name>
        <message>
            <source>Could not save your settings to {path}: {reason}</source>
            <extracomment>Suffix of the kept copy of a broken settings file (``settings.json.bak``). Largest settings file read (a real one is about 1 KiB). Translation context of this module's messages.</extracomment>
            <translation>Nie udało się zapisać ustawień w {path}: {reason}</translation>
        </message>
        <message>
            <source>Could not read your settings file {path}: {reason}. Counterbalance uses the default settings for now. If you change settings, the file is first renamed to {backup}.</source>
            <extracomment>Longest problem line shown (a bad value is quoted, and it may be huge or deeply nested). Bytes of a file :meth:`load` left in place (newer format, or no copy could be made): copied to ``.bak`` before the first save replaces them. The file could not be read as settings at all (a refused link, not a regular file, too large): renamed to ``.bak`` before the first save.</extracomment>
            <translation>Nie udało się odczytać pliku ustawień {path}: {reason}. Counterbalance na razie używa ustawień domyślnych. Jeśli zmienisz ustawienia, plik zostanie najpierw przemianowany na {backup}.</translation>
        </message>
        <message>
            <source>Could not read your settings file {path} ({reason}). Counterbalance uses the default settings for now and leaves the file as it is.</source>
            <translation>Nie udało się odczytać pliku ustawień {path} ({reason}). Counterbalance na razie używa ustawień domyślnych i zostawia plik bez zmian.</translation>
        </message>
        <message>
            <source>Your settings file {path} was written by a newer version of Counterbalance (format {found}; this version reads format {known}). The settings this version understands were loaded; the file was left unchanged (if you change settings here, it is first copied to {backup}).</source>
            <translation>Plik ustawień {path} został zapisany przez nowszą wersję Counterbalance (format {found}; ta wersja czyta format {known}). Wczytano ustawienia, które ta wersja rozumie; plik pozostał bez zmian (jeśli zmienisz tu ustawienia, zostanie najpierw skopiowany do {backup}).</translation>
        </message>
        <message>
            <source>Your settings file {path} is damaged (it is not valid settings data), so the default settings are used.</source>
            <translation>Plik ustawień {path} jest uszkodzony (nie zawiera prawidłowych danych ustawień), więc używane są ustawienia domyślne.</translation>
        </message>
        <message>
            <source>Some settings in {path} could not be used and were reset to their defaults:
{details}</source>
            <translation>Niektórych ustawień w {path} nie można było użyć i przywrócono ich wartości domyślne:
{details}</translation>
        </message>
        <message>
            <source>The file was left as it is, because a copy could not be made ({reason}).</source>
            <translation>Plik pozostał bez zmian, ponieważ nie udało się zrobić kopii ({reason}).</translation>
        </message>
        <message>
            <source>Your original file was kept as {backup}.</source>
            <translation>Oryginalny plik zachowano jako {backup}.</translation>
        </message>
    </context>
    <context>
        <name>SettingsForm</name>
        <message>
            <source>Type a value, or use the ↑ and ↓ keys</source>
            <extracomment>Each option the dialog edits, by key: filled in as the fields are built.</extracomment>
            <translation>Wpisz wartość lub użyj klawiszy ↑ i ↓</translation>
        </message>
    </context>
    <context>
        <name>SetupPage</name>
        <message>
            <source>Do you have a resistance band at your desk?</source>
            <translation>Czy masz przy biurku taśmę oporową?</translation>
        </message>
        <message>
            <source>No band</source>
            <translation>Bez taśmy</translation>
        </message>
        <message>
            <source>Yes, I have a band</source>
            <translation>Tak, mam taśmę</translation>
        </message>
        <message>
            <source>Does one side feel weaker (for example, harder to balance or lift on)?</source>
            <translation>Czy jedna strona wydaje się słabsza (na przykład trudniej na niej utrzymać równowagę lub podnieść)?</translation>
        </message>
        <message>
            <source>No / not sure</source>
            <translation>Nie / nie wiem</translation>
        </message>
        <message>
            <source>Left is weaker</source>
            <translation>Lewa jest słabsza</translation>
        </message>
        <message>
            <source>Right is weaker</source>
            <translation>Prawa jest słabsza</translation>
        </message>
        <message>
            <source>Does one side feel tighter (for example, in stretches)?</source>
            <translation>Czy jedna strona wydaje się bardziej spięta (na przykład przy rozciąganiu)?</translation>
        </message>
        <message>
            <source>Left is tighter</source>
            <translation>Lewa jest bardziej spięta</translation>
        </message>
        <message>
            <source>Right is tighter</source>
            <translation>Prawa jest bardziej spięta</translation>
        </message>
        <message>
            <source>One-sided strengthening gets an extra set on the weaker side, and one-sided stretches an extra hold on the tighter side. Re-check every couple of weeks.</source>
            <translation>Wzmacnianie jednej strony dostaje dodatkową serię po słabszej stronie, a rozciąganie jednej strony dodatkowe przytrzymanie po stronie bardziej spiętej. Sprawdzaj to co dwa, trzy tygodnie.</translation>
        </message>
    </context>
    <context>
        <name>SignsPage</name>
        <message>
            <source>Tick what sounds familiar. This only picks a starting focus for your exercises; it is not a diagnosis, and you can change it any time.</source>
            <translation>Zaznacz to, co brzmi znajomo. To tylko wybiera początkowy cel ćwiczeń; to nie jest diagnoza i możesz go zmienić w każdej chwili.</translation>
        </message>
    </context>
    <context>
        <name>StorageGuard</name>
        <message>
            <source>Read-only data folder</source>
            <extracomment>How often an unusable data file is checked again. How long a re-check waits for a lock (it runs on the GUI thread).</extracomment>
            <translation>Folder danych tylko do odczytu</translation>
        </message>
        <message>
            <source>Your Counterbalance data folder is read-only, so nothing new can be saved there. Your history can still be viewed. What you log now is kept while Counterbalance runs and saved when the folder can be written again.</source>
            <translation>Folder danych Counterbalance jest tylko do odczytu, więc nie można w nim zapisać niczego nowego. Historię nadal można przeglądać. To, co teraz zapiszesz, jest przechowywane, dopóki Counterbalance działa, i zostanie zapisane, gdy znów będzie można pisać do folderu.</translation>
        </message>
        <message>
            <source>Your data file</source>
            <translation>Twój plik danych</translation>
        </message>
        <message>
            <source>Your data file can be used again. Your history is back.</source>
            <translation>Plik danych znów można używać. Historia wróciła.</translation>
        </message>
        <message>
            <source>Counterbalance cannot save right now: {why}. What you log is kept and saved automatically as soon as possible; you do not need to do anything.</source>
            <translation>Counterbalance nie może teraz zapisywać: {why}. To, co zapiszesz, jest przechowywane i zostanie zapisane automatycznie, gdy tylko będzie to możliwe; nie musisz nic robić.</translation>
        </message>
        <message>
            <source>Until then it is kept in memory only, so please leave Counterbalance running.</source>
            <translation>Do tego czasu dane są tylko w pamięci, więc nie zamykaj Counterbalance.</translation>
        </message>
        <message>
            <source>Saving later</source>
            <translation>Zapis później</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Zapisano</translation>
        </message>
        <message>
            <source>Everything you logged has now been saved.</source>
            <translation>Wszystko, co zapisano, jest już zachowane.</translation>
        </message>
        <message>
            <source>Could not save</source>
            <translation>Nie udało się zapisać</translation>
        </message>
        <message>
            <source>One entry could not be saved: {why}.</source>
            <translation>Nie udało się zapisać jednego wpisu: {why}.</translation>
        </message>
    </context>
    <context>
        <name>SummaryPage</name>
        <message>
            <source>Exercise focus</source>
            <translation>Cel ćwiczeń</translation>
        </message>
        <message>
            <source>Focus:</source>
            <translation>Cel:</translation>
        </message>
        <message>
            <source>Sessions always start with stretches and then strengthen, in short desk breaks plus one longer daily session. Change the focus, band or weak side later in Settings.</source>
            <translation>Sesje zawsze zaczynają się od rozciągania, a potem wzmacniają, w krótkich przerwach przy biurku i jednej dłuższej sesji dziennie. Cel, taśmę lub słabszą stronę zmienisz później w Ustawieniach.</translation>
        </message>
        <message>
            <source>Start Counterbalance when I log in</source>
            <translation>Uruchamiaj Counterbalance po zalogowaniu</translation>
        </message>
        <message>
            <source>Start Counterbalance at login</source>
            <translation>Uruchamiaj Counterbalance po zalogowaniu</translation>
        </message>
        <message>
            <source>Breaks only come while Counterbalance is running. You can change this any time in Settings.</source>
            <translation>Przerwy przychodzą tylko wtedy, gdy Counterbalance działa. Możesz to zmienić w każdej chwili w Ustawieniach.</translation>
        </message>
        <message>
            <source>Suggested from your answers: &lt;b&gt;%1&lt;/b&gt;.</source>
            <translation>Propozycja na podstawie odpowiedzi: &lt;b&gt;%1&lt;/b&gt;.</translation>
        </message>
        <message>
            <source>No signs ticked: a balanced start, &lt;b&gt;%1&lt;/b&gt;.</source>
            <translation>Nic nie zaznaczono: zrównoważony start, &lt;b&gt;%1&lt;/b&gt;.</translation>
        </message>
        <message>
            <source>This is a starting point, not a diagnosis.</source>
            <translation>To punkt wyjścia, a nie diagnoza.</translation>
        </message>
        <message>
            <source>no weaker side marked</source>
            <translation>nie wskazano słabszej strony</translation>
        </message>
        <message>
            <source>left side weaker</source>
            <translation>lewa strona słabsza</translation>
        </message>
        <message>
            <source>right side weaker</source>
            <translation>prawa strona słabsza</translation>
        </message>
        <message>
            <source>With a resistance band</source>
            <translation>Z taśmą oporową</translation>
        </message>
        <message>
            <source>Without equipment</source>
            <translation>Bez sprzętu</translation>
        </message>
    </context>
    <context>
        <name>SymptomsDialog</name>
        <message>
            <source>Seek emergency care now</source>
            <extracomment>The same advice colours (background, ink) on a dark window. Room for every sign without scrolling on a 1280×800 screen (it scrolls when smaller).</extracomment>
            <translation>Natychmiast szukaj pomocy w trybie nagłym</translation>
        </message>
        <message>
            <source>Counterbalance — Check symptoms</source>
            <translation>Counterbalance — Sprawdź objawy</translation>
        </message>
        <message>
            <source>Check symptoms</source>
            <translation>Sprawdź objawy</translation>
        </message>
        <message>
            <source>Check your symptoms</source>
            <translation>Sprawdź swoje objawy</translation>
        </message>
        <message>
            <source>A quick safety check</source>
            <translation>Szybka kontrola bezpieczeństwa</translation>
        </message>
        <message>
            <source>Advice</source>
            <translation>Zalecenie</translation>
        </message>
        <message>
            <source>Check (Enter)</source>
            <translation>Sprawdź (Enter)</translation>
        </message>
        <message>
            <source>Check the ticked signs</source>
            <translation>Sprawdź zaznaczone objawy</translation>
        </message>
        <message>
            <source>Close (Esc)</source>
            <translation>Zamknij (Esc)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Zamknij</translation>
        </message>
    </context>
    <context>
        <name>SyncFlow</name>
        <message>
            <source>Sync</source>
            <extracomment>The slow poll that backs up the file watcher. How often activity is noted and the other computers' notes read. Wait after a write or a folder change before a pass (changes come in bursts). Idle readings below this count as "active now" for the note. app_state keys of the one-off notices. Offers to remove this computer's files when sync is left or all data deleted. Made with the first folder to watch: a tray with sync off keeps no inotify.</extracomment>
            <translation>Synchronizacja</translation>
        </message>
    </context>
    <context>
        <name>SyncLeaveDialog</name>
        <message numerus="yes">
            <source>Your data on this computer was deleted. The sync folder {folder} still holds this computer's history as it was shared: %n file(s), {size}.</source>
            <translation>
                <numerusform>Twoje dane na tym komputerze zostały usunięte. Folder synchronizacji {folder} nadal zawiera udostępnioną historię tego komputera: %n plik, {size}.</numerusform>
                <numerusform>Twoje dane na tym komputerze zostały usunięte. Folder synchronizacji {folder} nadal zawiera udostępnioną historię tego komputera: %n pliki, {size}.</numerusform>
                <numerusform>Twoje dane na tym komputerze zostały usunięte. Folder synchronizacji {folder} nadal zawiera udostępnioną historię tego komputera: %n plików, {size}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Sync is off. The sync folder {folder} still holds this computer's history: %n file(s), {size}.</source>
            <translation>
                <numerusform>Synchronizacja jest wyłączona. Folder synchronizacji {folder} nadal zawiera historię tego komputera: %n plik, {size}.</numerusform>
                <numerusform>Synchronizacja jest wyłączona. Folder synchronizacji {folder} nadal zawiera historię tego komputera: %n pliki, {size}.</numerusform>
                <numerusform>Synchronizacja jest wyłączona. Folder synchronizacji {folder} nadal zawiera historię tego komputera: %n plików, {size}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>It also holds the files of %n other computer(s); they are not touched.</source>
            <translation>
                <numerusform>Zawiera też pliki %n innego komputera; nie są one zmieniane.</numerusform>
                <numerusform>Zawiera też pliki %n innych komputerów; nie są one zmieniane.</numerusform>
                <numerusform>Zawiera też pliki %n innych komputerów; nie są one zmieniane.</numerusform>
            </translation>
        </message>
        <message>
            <source>Remove this computer's files from the folder? Your other computers keep what they already imported.</source>
            <translation>Usunąć pliki tego komputera z folderu? Inne komputery zachowają to, co już zaimportowały.</translation>
        </message>
        <message>
            <source>Counterbalance — Sync folder</source>
            <translation>Counterbalance — Folder synchronizacji</translation>
        </message>
        <message>
            <source>&amp;Remove this computer's files</source>
            <translation>&amp;Usuń pliki tego komputera</translation>
        </message>
        <message>
            <source>&amp;Keep them</source>
            <translation>&amp;Zachowaj je</translation>
        </message>
    </context>
    <context>
        <name>SyncNotices</name>
        <message>
            <source>The sync folder can be used again.</source>
            <translation>Folder synchronizacji znów jest dostępny.</translation>
        </message>
        <message>
            <source>Another computer runs a newer Counterbalance; update this one to see everything it shared.</source>
            <translation>Na innym komputerze działa nowszy Counterbalance; zaktualizuj ten, aby zobaczyć wszystko, co udostępnił.</translation>
        </message>
        <message>
            <source>Another Counterbalance writes to this computer's files in the sync folder (a copied installation?). Its events are kept; give each computer its own data folder.</source>
            <translation>Inny Counterbalance zapisuje do plików tego komputera w folderze synchronizacji (skopiowana instalacja?). Jego zdarzenia zostają zachowane; daj każdemu komputerowi własny folder danych.</translation>
        </message>
        <message>
            <source>Sync stays off: the folder {folder} holds Counterbalance's own data folder (or lies inside it), and a database must not be synced. Choose another folder.</source>
            <translation>Synchronizacja pozostaje wyłączona: folder {folder} zawiera folder danych Counterbalance (lub leży w nim), a bazy danych nie wolno synchronizować. Wybierz inny folder.</translation>
        </message>
        <message>
            <source>The sync folder {folder} is missing (a drive not mounted?). Your history is kept here and shared once it is back.</source>
            <translation>Brak folderu synchronizacji {folder} (niezamontowany dysk?). Historia jest zachowana tutaj i zostanie udostępniona, gdy folder wróci.</translation>
        </message>
        <message>
            <source>Counterbalance may not write to the sync folder {folder}. Your history is kept here and shared once it can.</source>
            <translation>Counterbalance nie może zapisywać w folderze synchronizacji {folder}. Historia jest zachowana tutaj i zostanie udostępniona, gdy będzie to możliwe.</translation>
        </message>
        <message>
            <source>The sync folder {folder} cannot be used now. Your history is kept here and shared once it can.</source>
            <translation>Folderu synchronizacji {folder} nie można teraz użyć. Historia jest zachowana tutaj i zostanie udostępniona, gdy będzie to możliwe.</translation>
        </message>
    </context>
    <context>
        <name>SyncSettingsPage</name>
        <message>
            <source>Sync with other computers</source>
            <translation>Synchronizacja z innymi komputerami</translation>
        </message>
        <message>
            <source>Keep one history on all your computers through a folder you already sync (Syncthing, Dropbox, Nextcloud, a network share). Each computer writes its own files there; the database stays on each computer.</source>
            <translation>Jedna historia na wszystkich komputerach przez folder, który już synchronizujesz (Syncthing, Dropbox, Nextcloud, udział sieciowy). Każdy komputer zapisuje tam własne pliki; baza danych zostaje na każdym komputerze.</translation>
        </message>
        <message>
            <source>Share my history with my other computers</source>
            <translation>Udostępniaj moją historię innym komputerom</translation>
        </message>
        <message>
            <source>Synced &amp;folder:</source>
            <translation>&amp;Folder synchronizacji:</translation>
        </message>
        <message>
            <source>Synced folder</source>
            <translation>Folder synchronizacji</translation>
        </message>
        <message>
            <source>Choose a folder your sync tool shares</source>
            <translation>Wybierz folder udostępniany przez narzędzie synchronizacji</translation>
        </message>
        <message>
            <source>&amp;Choose…</source>
            <translation>&amp;Wybierz…</translation>
        </message>
        <message>
            <source>Choose the synced folder</source>
            <translation>Wybierz folder synchronizacji</translation>
        </message>
        <message>
            <source>This computer's &amp;name:</source>
            <translation>&amp;Nazwa tego komputera:</translation>
        </message>
        <message>
            <source>This computer's name</source>
            <translation>Nazwa tego komputera</translation>
        </message>
        <message>
            <source>Choose a folder to turn sync on.</source>
            <translation>Wybierz folder, aby włączyć synchronizację.</translation>
        </message>
        <message>
            <source>What the sync tool can see: the files are plain text. Anyone who can read the folder (the sync tool, a cloud provider's servers, every device it is shared with) can read every break, session, exercise set, pain rating with its body region, safety answers, each computer's name and time zone, and when you were active at it. Use a folder only your own devices share, ideally without a third-party server or with end-to-end encryption.</source>
            <translation>Co widzi narzędzie synchronizacji: pliki to zwykły tekst. Każdy, kto może czytać folder (narzędzie synchronizacji, serwery dostawcy chmury, każde urządzenie, któremu go udostępniono), odczyta każdą przerwę, sesję, serię ćwiczeń, ocenę bólu z okolicą ciała, odpowiedzi dotyczące bezpieczeństwa, nazwę i strefę czasową każdego komputera oraz czas Twojej aktywności na nim. Używaj folderu udostępnianego tylko Twoim urządzeniom, najlepiej bez serwera firmy trzeciej lub z szyfrowaniem end-to-end.</translation>
        </message>
    </context>
    <context>
        <name>Tray</name>
        <message>
            <source>paused until you resume</source>
            <extracomment>The status line changes by itself (a countdown): refresh it every minute.</extracomment>
            <translation>wstrzymane do wznowienia</translation>
        </message>
        <message>
            <source>paused until {time}</source>
            <translation>wstrzymane do {time}</translation>
        </message>
        <message>
            <source>fullscreen</source>
            <translation>pełny ekran</translation>
        </message>
        <message>
            <source>do not disturb</source>
            <translation>nie przeszkadzać</translation>
        </message>
        <message>
            <source>quiet: {reason}</source>
            <translation>cisza: {reason}</translation>
        </message>
        <message>
            <source>outside working hours</source>
            <translation>poza godzinami pracy</translation>
        </message>
        <message>
            <source>time for a break</source>
            <translation>czas na przerwę</translation>
        </message>
        <message>
            <source>session in progress</source>
            <translation>sesja w toku</translation>
        </message>
        <message>
            <source>away from the desk: that counts as a break</source>
            <translation>z dala od biurka: to liczy się jako przerwa</translation>
        </message>
        <message>
            <source>waiting for activity</source>
            <translation>oczekiwanie na aktywność</translation>
        </message>
        <message>
            <source>next break in under a minute</source>
            <translation>następna przerwa za mniej niż minutę</translation>
        </message>
        <message>
            <source>snoozed: next break in {n} min</source>
            <translation>odłożona: następna przerwa za {n} min</translation>
        </message>
        <message>
            <source>next break in {n} min</source>
            <translation>następna przerwa za {n} min</translation>
        </message>
    </context>
    <context>
        <name>TrayIcon</name>
        <message>
            <source>Counterbalance menu</source>
            <translation>Menu Counterbalance</translation>
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
            <translation>&amp;Zacznij sesję teraz</translation>
        </message>
        <message>
            <source>S&amp;nooze {n} min</source>
            <translation>&amp;Odłóż o {n} min</translation>
        </message>
        <message>
            <source>&amp;Resume reminders</source>
            <translation>&amp;Wznów przypomnienia</translation>
        </message>
        <message>
            <source>&amp;Pause 1 h</source>
            <translation>&amp;Wstrzymaj na 1 h</translation>
        </message>
        <message>
            <source>Pause &amp;for…</source>
            <translation>Wstrzymaj &amp;na…</translation>
        </message>
        <message>
            <source>30 minutes</source>
            <translation>30 minut</translation>
        </message>
        <message>
            <source>Until tomorrow</source>
            <translation>Do jutra</translation>
        </message>
        <message>
            <source>Until I resume</source>
            <translation>Do wznowienia</translation>
        </message>
        <message>
            <source>Pro&amp;gress…</source>
            <translation>&amp;Postępy…</translation>
        </message>
        <message>
            <source>Rate &amp;today's pain…</source>
            <translation>Oceń &amp;dzisiejszy ból…</translation>
        </message>
        <message>
            <source>&amp;Check symptoms…</source>
            <translation>&amp;Sprawdź objawy…</translation>
        </message>
        <message>
            <source>S&amp;ettings…</source>
            <translation>&amp;Ustawienia…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>Za&amp;kończ</translation>
        </message>
    </context>
    <context>
        <name>TrayShell</name>
        <message>
            <source>not set up yet: breaks start after the welcome</source>
            <extracomment>How often the tooltip's "next break in N min" is refreshed while counting. The intents a tray icon and the no-tray window both emit, forwarded by the shell (the signals of :class:`TrayIntents`).</extracomment>
            <translation>jeszcze nieskonfigurowane: przerwy zaczną się po powitaniu</translation>
        </message>
        <message>
            <source>starting…</source>
            <translation>uruchamianie…</translation>
        </message>
        <message>
            <source>session in progress</source>
            <translation>sesja w toku</translation>
        </message>
    </context>
    <context>
        <name>UncaughtErrors</name>
        <message>
            <source>Counterbalance — Something went wrong</source>
            <translation>Counterbalance — Coś poszło nie tak</translation>
        </message>
        <message>
            <source>Something went wrong inside Counterbalance. It keeps running, and what you logged so far is kept. The details were written to the log file (counterbalance.log in the data folder).</source>
            <translation>W Counterbalance coś poszło nie tak. Program działa dalej, a to, co zapisano, jest zachowane. Szczegóły zapisano w pliku dziennika (counterbalance.log w folderze danych).</translation>
        </message>
    </context>
    <context>
        <name>UserWindows</name>
        <message>
            <source>Please get checked</source>
            <translation>Zgłoś się na badanie</translation>
        </message>
    </context>
    <context>
        <name>guard</name>
        <message>
            <source>another program is using the data file</source>
            <translation>inny program używa pliku danych</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>dysk jest pełny</translation>
        </message>
        <message>
            <source>Counterbalance is not allowed to open the data file</source>
            <translation>Counterbalance nie ma uprawnień do otwarcia pliku danych</translation>
        </message>
        <message>
            <source>the data folder is read-only</source>
            <translation>folder danych jest tylko do odczytu</translation>
        </message>
        <message>
            <source>the disk reported an error (it may be full)</source>
            <translation>dysk zgłosił błąd (może być pełny)</translation>
        </message>
        <message>
            <source>the data file is damaged</source>
            <translation>plik danych jest uszkodzony</translation>
        </message>
        <message>
            <source>the data file cannot be used</source>
            <translation>pliku danych nie można użyć</translation>
        </message>
    </context>
</TS>