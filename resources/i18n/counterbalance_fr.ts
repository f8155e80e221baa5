<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>BreakPreparation</name>
        <message>
            <source>Some exercises were left out</source>
            <translation>Certains exercices ont été écartés</translation>
        </message>
    </context>
    <context>
        <name>BreakPrompt</name>
        <message>
            <source>Counterbalance — Time for a break</source>
            <extracomment>Gap between the prompt and the screen's panels/edges. Width of the prompt (height follows the content), wider only when its buttons need it. Window flags while the prompt must not take focus.</extracomment>
            <translation>Counterbalance — C'est l'heure d'une pause</translation>
        </message>
        <message>
            <source>Time for a break</source>
            <translation>C'est l'heure d'une pause</translation>
        </message>
        <message numerus="yes">
            <source>Snooze for %n minute(s)</source>
            <translation>
                <numerusform>Reporter de %n minute</numerusform>
                <numerusform>Reporter de %n minutes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BreaksPage</name>
        <message>
            <source>Breaks</source>
            <translation>Pauses</translation>
        </message>
        <message>
            <source>Microbreaks</source>
            <translation>Micropauses</translation>
        </message>
        <message>
            <source>Minutes between breaks</source>
            <translation>Minutes entre les pauses</translation>
        </message>
        <message>
            <source>Break every</source>
            <translation>Pause toutes les</translation>
        </message>
        <message>
            <source>Vary each interval by</source>
            <translation>Varier chaque intervalle de</translation>
        </message>
        <message>
            <source>Vary by up to ±</source>
            <translation>Varier jusqu'à ±</translation>
        </message>
        <message>
            <source>Idle minutes that count</source>
            <translation>Minutes d'inactivité qui comptent</translation>
        </message>
        <message>
            <source>Idle time that counts</source>
            <translation>Inactivité qui compte</translation>
        </message>
        <message>
            <source>Notice before a break</source>
            <translation>Préavis avant une pause</translation>
        </message>
        <message>
            <source>Notice ahead</source>
            <translation>Préavis</translation>
        </message>
        <message>
            <source>Snooze</source>
            <translation>Reporter</translation>
        </message>
        <message>
            <source>Snooze times in minutes</source>
            <translation>Durées de report en minutes</translation>
        </message>
        <message>
            <source>Minutes, separated by commas (up to {n}).</source>
            <translation>Minutes séparées par des virgules (jusqu'à {n}).</translation>
        </message>
        <message>
            <source>Snooze times</source>
            <translation>Durées de report</translation>
        </message>
        <message>
            <source>Snoozes allowed per break</source>
            <translation>Reports autorisés par pause</translation>
        </message>
        <message>
            <source>Snoozes per break</source>
            <translation>Reports par pause</translation>
        </message>
        <message>
            <source>{lo}–{hi} min is recommended.</source>
            <translation>{lo}–{hi} min sont recommandées.</translation>
        </message>
        <message>
            <source>{lo}–{hi} min is recommended; breaks this often may interrupt focused work.</source>
            <translation>{lo}–{hi} min sont recommandées ; des pauses aussi fréquentes peuvent interrompre le travail concentré.</translation>
        </message>
        <message>
            <source>{lo}–{hi} min is recommended; sitting longer than an hour adds up.</source>
            <translation>{lo}–{hi} min sont recommandées ; rester assis plus d'une heure, ça s'accumule.</translation>
        </message>
    </context>
    <context>
        <name>Catalog</name>
        <message>
            <source>Back pain that gets worse when you bend forward</source>
            <extracomment>Conditions and set-ups that rule an exercise out (field ``contraindications``); the user declares the ones that apply to them and the planner leaves those exercises out. The texts are English source strings (translation context "Catalog").</extracomment>
            <translation>Mal de dos qui s'aggrave quand vous vous penchez en avant</translation>
        </message>
        <message>
            <source>Osteoporosis or low bone density</source>
            <translation>Ostéoporose ou faible densité osseuse</translation>
        </message>
        <message>
            <source>Dizziness, high blood pressure or glaucoma when the head is below the heart</source>
            <translation>Vertiges, hypertension ou glaucome quand la tête est plus basse que le cœur</translation>
        </message>
        <message>
            <source>My chair reclines or rolls on wheels</source>
            <translation>Ma chaise bascule ou roule sur des roulettes</translation>
        </message>
        <message>
            <source>A shoulder that has dislocated or feels unstable</source>
            <translation>Une épaule qui s'est déjà luxée ou qui semble instable</translation>
        </message>
        <message>
            <source>Pregnant, or gave birth in the last 6 months</source>
            <translation>Enceinte, ou accouchement au cours des 6 derniers mois</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>keep every file the app writes in DIR (default: the per-user data dir)</source>
            <translation>enregistrer tous les fichiers de l’app dans DIR (par défaut : le dossier de données de l’utilisateur)</translation>
        </message>
        <message>
            <source>testing/demo aid for the tray app: multiply every duration (interval, holds, countdowns) by F, 0 &lt; F &lt;= 1</source>
            <translation>aide aux tests et démos de l’app : multiplier chaque durée (intervalle, maintiens, comptes à rebours) par F, 0 &lt; F &lt;= 1</translation>
        </message>
        <message>
            <source>Desk microbreaks and guided stretch and core sessions, in the tray. Without a command, runs the tray app.</source>
            <translation>Micropauses au bureau et séances guidées d’étirements et de gainage, dans la zone de notification. Sans commande, lance l’app.</translation>
        </message>
        <message>
            <source>print the version and exit</source>
            <translation>afficher la version et quitter</translation>
        </message>
        <message>
            <source>run the tray app (the default)</source>
            <translation>lancer l’app dans la zone de notification (par défaut)</translation>
        </message>
        <message>
            <source>make the running instance start a session now</source>
            <translation>faire démarrer une séance maintenant par l’app en cours</translation>
        </message>
        <message>
            <source>ask the running instance to quit</source>
            <translation>demander à l’app en cours de quitter</translation>
        </message>
        <message>
            <source>open the running instance's progress window</source>
            <translation>ouvrir la fenêtre de progression de l’app en cours</translation>
        </message>
        <message>
            <source>open the running instance's settings</source>
            <translation>ouvrir les réglages de l’app en cours</translation>
        </message>
        <message>
            <source>print weekly adherence and pain</source>
            <translation>afficher les pauses prises et la douleur par semaine</translation>
        </message>
        <message>
            <source>show the last N weeks (8)</source>
            <translation>afficher les N dernières semaines (8)</translation>
        </message>
        <message>
            <source>print JSON</source>
            <translation>afficher du JSON</translation>
        </message>
        <message>
            <source>list the exercise catalog</source>
            <translation>lister le catalogue d’exercices</translation>
        </message>
        <message>
            <source>export the raw events as CSV</source>
            <translation>exporter les événements bruts en CSV</translation>
        </message>
        <message>
            <source>write one CSV file per event table into DIR</source>
            <translation>écrire un fichier CSV par table d’événements dans DIR</translation>
        </message>
        <message>
            <source>write a one-page PDF report</source>
            <translation>écrire un rapport PDF d’une page</translation>
        </message>
        <message>
            <source>write the report to FILE</source>
            <translation>écrire le rapport dans FILE</translation>
        </message>
        <message>
            <source>cover the last N weeks (12)</source>
            <translation>couvrir les N dernières semaines (12)</translation>
        </message>
        <message>
            <source>fill the data dir with synthetic history</source>
            <translation>remplir le dossier de données d’un historique fictif</translation>
        </message>
        <message>
            <source>years of history to make (1)</source>
            <translation>années d’historique à créer (1)</translation>
        </message>
        <message>
            <source>random seed, for the same data again (1)</source>
            <translation>graine aléatoire, pour retrouver les mêmes données (1)</translation>
        </message>
        <message>
            <source>counterbalance: the instance endpoint for %1 is held by another user's process; nothing was sent to it.</source>
            <translation>counterbalance : le point d’accès de l’app pour %1 est tenu par un processus d’un autre utilisateur ; rien ne lui a été envoyé.</translation>
        </message>
        <message>
            <source>counterbalance: the running Counterbalance did not answer.</source>
            <translation>counterbalance : le Counterbalance en cours n’a pas répondu.</translation>
        </message>
        <message>
            <source>counterbalance: no running Counterbalance found for %1.
Start it first with `counterbalance` (add the same --data-dir if you used one).</source>
            <translation>counterbalance : aucun Counterbalance en cours trouvé pour %1.
Lancez-le d’abord avec `counterbalance` (ajoutez le même --data-dir si vous en avez donné un).</translation>
        </message>
        <message>
            <source>counterbalance: cannot use the data dir: %1</source>
            <translation>counterbalance : impossible d’utiliser le dossier de données : %1</translation>
        </message>
        <message>
            <source>counterbalance export: give a folder with --csv DIR</source>
            <translation>counterbalance export : indiquez un dossier avec --csv DIR</translation>
        </message>
        <message>
            <source>counterbalance export: cannot write to %1: %2</source>
            <translation>counterbalance export : impossible d’écrire dans %1 : %2</translation>
        </message>
        <message>
            <source>counterbalance export: cannot read your data: %1</source>
            <translation>counterbalance export : impossible de lire vos données : %1</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n CSV file(s) to %1: %2</source>
            <translation>
                <numerusform>%n fichier CSV écrit dans %1 : %2</numerusform>
                <numerusform>%n fichiers CSV écrits dans %1 : %2</numerusform>
            </translation>
        </message>
        <message>
            <source>counterbalance report: give a file with --pdf FILE</source>
            <translation>counterbalance report : indiquez un fichier avec --pdf FILE</translation>
        </message>
        <message>
            <source>counterbalance report: cannot write %1: %2</source>
            <translation>counterbalance report : impossible d’écrire %1 : %2</translation>
        </message>
        <message numerus="yes">
            <source>Wrote the report for %n week(s) to %1</source>
            <translation>
                <numerusform>Rapport sur %n semaine écrit dans %1</numerusform>
                <numerusform>Rapport sur %n semaines écrit dans %1</numerusform>
            </translation>
        </message>
        <message>
            <source>week</source>
            <translation>semaine</translation>
        </message>
        <message>
            <source>prompted</source>
            <translation>proposées</translation>
        </message>
        <message>
            <source>done</source>
            <translation>faites</translation>
        </message>
        <message>
            <source>adher.</source>
            <translation>taux</translation>
        </message>
        <message>
            <source>user</source>
            <translation>vous</translation>
        </message>
        <message>
            <source>min</source>
            <translation>min</translation>
        </message>
        <message>
            <source>pain before</source>
            <translation>douleur avant</translation>
        </message>
        <message>
            <source>after</source>
            <translation>après</translation>
        </message>
        <message numerus="yes">
            <source>Current streak: %n day(s)</source>
            <translation>
                <numerusform>Série en cours : %n jour</numerusform>
                <numerusform>Série en cours : %n jours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>(longest %n day(s)).</source>
            <translation>
                <numerusform>(la plus longue : %n jour).</numerusform>
                <numerusform>(la plus longue : %n jours).</numerusform>
            </translation>
        </message>
        <message>
            <source>* meaningful change in weekly pain (≥ 2 points or ≥ 30 %).</source>
            <translation>* changement notable de la douleur de la semaine (≥ 2 points ou ≥ 30 %).</translation>
        </message>
        <message>
            <source>counterbalance stats: --weeks must be 1–520, got %1</source>
            <translation>counterbalance stats : --weeks doit valoir 1 à 520, reçu : %1</translation>
        </message>
        <message>
            <source>counterbalance stats: %1</source>
            <translation>counterbalance stats : %1</translation>
        </message>
    </context>
    <context>
        <name>ComputerFilter</name>
        <message>
            <source>Computer shown</source>
            <translation>Ordinateur affiché</translation>
        </message>
        <message>
            <source>Show the history of all your computers, or of one</source>
            <translation>Afficher l’historique de tous vos ordinateurs, ou d’un seul</translation>
        </message>
        <message>
            <source>All computers</source>
            <translation>Tous les ordinateurs</translation>
        </message>
        <message>
            <source>Co&amp;mputer:</source>
            <translation>&amp;Ordinateur :</translation>
        </message>
        <message>
            <source>Computer {id}</source>
            <translation>Ordinateur {id}</translation>
        </message>
        <message>
            <source>{name} (this computer)</source>
            <translation>{name} (cet ordinateur)</translation>
        </message>
    </context>
    <context>
        <name>ConditionsPage</name>
        <message>
            <source>Tick what applies to you. Counterbalance then leaves out the exercises that are not advised for it. You can change this later in Settings.</source>
            <translation>Cochez ce qui vous concerne. Counterbalance écarte alors les exercices déconseillés dans ce cas. Vous pourrez le changer plus tard dans les Réglages.</translation>
        </message>
    </context>
    <context>
        <name>CountdownRing</name>
        <message>
            <source>Countdown</source>
            <extracomment>Smallest countdown: a 1080p screen at 200 % leaves about 940×440 for the window.</extracomment>
            <translation>Compte à rebours</translation>
        </message>
    </context>
    <context>
        <name>CounterbalanceApp</name>
        <message>
            <source>Could not save</source>
            <extracomment>How long quitting waits for notices to be taken off the screen. Marker file in the data dir: the "no idle backend" notice was given (issue 13 §4). Exit status when the data dir cannot be used, and when another instance blocks. Slow reads and first imports run here, off the GUI thread.</extracomment>
            <translation>Enregistrement impossible</translation>
        </message>
        <message>
            <source>Counterbalance — Not started</source>
            <translation>Counterbalance — Non démarré</translation>
        </message>
        <message>
            <source>Counterbalance did not start: {reason}</source>
            <translation>Counterbalance n'a pas démarré : {reason}</translation>
        </message>
    </context>
    <context>
        <name>CoverageRow</name>
        <message>
            <source>Body regions worked this week</source>
            <translation>Zones du corps travaillées cette semaine</translation>
        </message>
        <message>
            <source>Worked this week:</source>
            <translation>Travaillé cette semaine :</translation>
        </message>
        <message>
            <source>%1: not yet</source>
            <translation>%1 : pas encore</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n body region(s) worked this week</source>
            <translation>
                <numerusform>%1 zone du corps sur %n travaillée cette semaine</numerusform>
                <numerusform>%1 zones du corps sur %n travaillées cette semaine</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DayPainDialog</name>
        <message>
            <source>Counterbalance — Your day</source>
            <translation>Counterbalance — Votre journée</translation>
        </message>
        <message>
            <source>Average pain today</source>
            <translation>Douleur moyenne aujourd'hui</translation>
        </message>
        <message>
            <source>Confirm (Enter)</source>
            <translation>Confirmer (Entrée)</translation>
        </message>
        <message>
            <source>Confirm rating</source>
            <translation>Confirmer la note</translation>
        </message>
        <message>
            <source>Skip (Esc)</source>
            <translation>Passer (Échap)</translation>
        </message>
        <message>
            <source>Skip rating</source>
            <translation>Passer la note</translation>
        </message>
    </context>
    <context>
        <name>DisclaimerPage</name>
        <message>
            <source>Before you start, please read this:</source>
            <translation>Avant de commencer, lisez ceci :</translation>
        </message>
        <message>
            <source>I have read and understood this</source>
            <translation>J'ai lu et compris</translation>
        </message>
        <message>
            <source>I have read and understood the disclaimer</source>
            <translation>J'ai lu et compris l'avertissement</translation>
        </message>
        <message>
            <source>Exercise should feel like mild tension, never sharp pain. You can check warning signs at any time with “Check symptoms”.</source>
            <translation>L'exercice doit donner une légère tension, jamais une douleur vive. Vous pouvez vérifier les signes d'alerte à tout moment avec « Vérifier les symptômes ».</translation>
        </message>
    </context>
    <context>
        <name>DonePage</name>
        <message>
            <source>Close (Enter)</source>
            <translation>Fermer (Entrée)</translation>
        </message>
        <message>
            <source>Close window</source>
            <translation>Fermer la fenêtre</translation>
        </message>
        <message>
            <source>Well done!</source>
            <translation>Bravo !</translation>
        </message>
        <message>
            <source>Session ended</source>
            <translation>Séance terminée</translation>
        </message>
        <message>
            <source>Session skipped</source>
            <translation>Séance sautée</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n exercise(s) done</source>
            <translation>
                <numerusform>%1 exercice sur %n fait</numerusform>
                <numerusform>%1 exercices sur %n faits</numerusform>
            </translation>
        </message>
        <message>
            <source>Pain %1/10 before, %2/10 after</source>
            <translation>Douleur %1/10 avant, %2/10 après</translation>
        </message>
    </context>
    <context>
        <name>ExercisePage</name>
        <message>
            <source>Demonstration</source>
            <extracomment>Smallest figure (the ring has its own, ``countdown_ring.RING_MIN_PX``): a 1080p screen at 200 % leaves about 940×440.</extracomment>
            <translation>Démonstration</translation>
        </message>
        <message>
            <source>← Back</source>
            <translation>← Retour</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Retour</translation>
        </message>
        <message>
            <source>Pause (Space)</source>
            <translation>Pause (Espace)</translation>
        </message>
        <message>
            <source>Pause or resume</source>
            <translation>Mettre en pause ou reprendre</translation>
        </message>
        <message>
            <source>Skip set →</source>
            <translation>Passer la série →</translation>
        </message>
        <message>
            <source>Skip this set</source>
            <translation>Passer cette série</translation>
        </message>
        <message>
            <source>End (Esc)</source>
            <extracomment>Says what the last → skipped, until the next set is under way.</extracomment>
            <translation>Terminer (Échap)</translation>
        </message>
        <message>
            <source>End session</source>
            <translation>Terminer la séance</translation>
        </message>
        <message>
            <source>Next: %1</source>
            <translation>Ensuite : %1</translation>
        </message>
        <message>
            <source>Last exercise</source>
            <translation>Dernier exercice</translation>
        </message>
        <message>
            <source>Set %1 of %2</source>
            <translation>Série %1 sur %2</translation>
        </message>
        <message>
            <source>Resume (Space)</source>
            <translation>Reprendre (Espace)</translation>
        </message>
        <message>
            <source>Switch sides: %1</source>
            <translation>Changez de côté : %1</translation>
        </message>
        <message>
            <source>Get ready: %1</source>
            <translation>Préparez-vous : %1</translation>
        </message>
        <message>
            <source>Get ready</source>
            <translation>Préparez-vous</translation>
        </message>
        <message>
            <source>get ready</source>
            <translation>préparez-vous</translation>
        </message>
        <message>
            <source>Hold</source>
            <translation>Tenez</translation>
        </message>
        <message>
            <source>hold %1 of %2</source>
            <translation>maintien %1 sur %2</translation>
        </message>
        <message numerus="yes">
            <source>second(s)</source>
            <translation>
                <numerusform>seconde</numerusform>
                <numerusform>secondes</numerusform>
            </translation>
        </message>
        <message>
            <source>Relax</source>
            <translation>Relâchez</translation>
        </message>
        <message>
            <source>next: hold %1 of %2</source>
            <translation>ensuite : maintien %1 sur %2</translation>
        </message>
        <message>
            <source>Rep %1 of %2</source>
            <translation>Répétition %1 sur %2</translation>
        </message>
        <message>
            <source>%1 s per rep</source>
            <translation>%1 s par répétition</translation>
        </message>
        <message>
            <source>Paused — press Space to continue</source>
            <translation>En pause — appuyez sur Espace pour continuer</translation>
        </message>
    </context>
    <context>
        <name>ExercisesPage</name>
        <message>
            <source>Exercises</source>
            <translation>Exercices</translation>
        </message>
        <message>
            <source>Your exercises</source>
            <translation>Vos exercices</translation>
        </message>
        <message>
            <source>Exercise focus</source>
            <translation>Objectif des exercices</translation>
        </message>
        <message>
            <source>Focus</source>
            <translation>Objectif</translation>
        </message>
        <message>
            <source>No band</source>
            <translation>Pas d'élastique</translation>
        </message>
        <message>
            <source>Resistance band</source>
            <translation>Élastique de résistance</translation>
        </message>
        <message>
            <source>Equipment at your desk</source>
            <translation>Équipement à votre bureau</translation>
        </message>
        <message>
            <source>Equipment</source>
            <translation>Équipement</translation>
        </message>
        <message>
            <source>Neither / not sure</source>
            <translation>Aucun / je ne sais pas</translation>
        </message>
        <message>
            <source>Left side is weaker</source>
            <translation>Le côté gauche est plus faible</translation>
        </message>
        <message>
            <source>Right side is weaker</source>
            <translation>Le côté droit est plus faible</translation>
        </message>
        <message>
            <source>Weaker side</source>
            <translation>Côté plus faible</translation>
        </message>
        <message>
            <source>Left side is tighter</source>
            <translation>Le côté gauche est plus raide</translation>
        </message>
        <message>
            <source>Right side is tighter</source>
            <translation>Le côté droit est plus raide</translation>
        </message>
        <message>
            <source>Tighter side</source>
            <translation>Côté plus raide</translation>
        </message>
        <message>
            <source>Leave out exercises not advised for:</source>
            <translation>Écarter les exercices déconseillés en cas de :</translation>
        </message>
        <message>
            <source>Daily session</source>
            <translation>Séance quotidienne</translation>
        </message>
        <message>
            <source>Remind me of a longer daily session</source>
            <translation>Me rappeler une séance quotidienne plus longue</translation>
        </message>
        <message>
            <source>Daily session time</source>
            <translation>Heure de la séance quotidienne</translation>
        </message>
        <message>
            <source>Reminder at</source>
            <translation>Rappel à</translation>
        </message>
        <message>
            <source>Your local time, every day.</source>
            <translation>Votre heure locale, chaque jour.</translation>
        </message>
        <message>
            <source>Pain ratings</source>
            <translation>Notes de douleur</translation>
        </message>
        <message>
            <source>Share of microbreaks asking pain</source>
            <translation>Part des micropauses qui demandent la douleur</translation>
        </message>
        <message>
            <source>Ask on</source>
            <translation>Demander sur</translation>
        </message>
        <message>
            <source>of microbreaks, before and after.</source>
            <translation>des micropauses, avant et après.</translation>
        </message>
        <message>
            <source>The 0–10 ratings show whether the exercises help you. 100 % asks every time; 0 % never asks during microbreaks.</source>
            <translation>Les notes de 0 à 10 montrent si les exercices vous aident. 100 % demande à chaque fois ; 0 % ne demande jamais pendant les micropauses.</translation>
        </message>
        <message>
            <source>Ask how each exercise felt in microbreaks</source>
            <translation>Demander le ressenti de chaque exercice pendant les micropauses</translation>
        </message>
        <message>
            <source>Off: one optional question at the end of a microbreak. Daily sessions always ask after each exercise.</source>
            <translation>Désactivé : une question facultative à la fin d'une micropause. Les séances quotidiennes demandent toujours après chaque exercice.</translation>
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
            <translation>C'était facile</translation>
        </message>
        <message>
            <source>OK  (O)</source>
            <translation>OK  (O)</translation>
        </message>
        <message>
            <source>Felt OK</source>
            <translation>C'était OK</translation>
        </message>
        <message>
            <source>Hard  (H)</source>
            <translation>Difficile  (H)</translation>
        </message>
        <message>
            <source>Felt hard</source>
            <translation>C'était difficile</translation>
        </message>
        <message>
            <source>Any pain during it? (optional, 0–10)</source>
            <translation>Une douleur pendant l'exercice ? (facultatif, 0–10)</translation>
        </message>
        <message>
            <source>Skip question (Esc)</source>
            <translation>Passer la question (Échap)</translation>
        </message>
        <message>
            <source>Skip question</source>
            <translation>Passer la question</translation>
        </message>
        <message>
            <source>New numbness, tingling or weakness…</source>
            <translation>Nouvel engourdissement, fourmillements ou faiblesse…</translation>
        </message>
        <message>
            <source>Report new numbness, tingling or weakness</source>
            <translation>Signaler un nouvel engourdissement, des fourmillements ou une faiblesse</translation>
        </message>
        <message>
            <source>Pain above 5 during an exercise is more than it should be: this one will be eased next time. Sharp pain, numbness or tingling? Stop and check your symptoms.</source>
            <translation>Une douleur au-dessus de 5 pendant un exercice est trop forte : celui-ci sera allégé la prochaine fois. Douleur vive, engourdissement ou fourmillements ? Arrêtez-vous et vérifiez vos symptômes.</translation>
        </message>
        <message>
            <source>How did “%1” feel?</source>
            <translation>Comment était « %1 » ?</translation>
        </message>
        <message>
            <source>Done! How did this break feel?</source>
            <translation>Terminé ! Comment était cette pause ?</translation>
        </message>
        <message>
            <source>Optional: press E, O or H to finish.</source>
            <translation>Facultatif : appuyez sur E, O ou H pour terminer.</translation>
        </message>
        <message numerus="yes">
            <source>Optional: this window closes by itself in %n s.</source>
            <translation>
                <numerusform>Facultatif : cette fenêtre se ferme d'elle-même dans %n s.</numerusform>
                <numerusform>Facultatif : cette fenêtre se ferme d'elle-même dans %n s.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FigureWidget</name>
        <message>
            <source>Exercise demonstration</source>
            <translation>Démonstration de l'exercice</translation>
        </message>
        <message>
            <source>An animated figure shows how to do the exercise.</source>
            <translation>Une silhouette animée montre comment faire l'exercice.</translation>
        </message>
        <message>
            <source>Press Space to pause or play the demonstration</source>
            <translation>Appuyez sur Espace pour mettre en pause ou relancer la démonstration</translation>
        </message>
        <message>
            <source> (other side)</source>
            <translation> (autre côté)</translation>
        </message>
        <message>
            <source>Animated figure: {name}{side}. {description}</source>
            <translation>Silhouette animée : {name}{side}. {description}</translation>
        </message>
        <message>
            <source>No exercise</source>
            <translation>Aucun exercice</translation>
        </message>
    </context>
    <context>
        <name>GeneralPage</name>
        <message>
            <source>General</source>
            <translation>Général</translation>
        </message>
        <message>
            <source>No sound output found: sessions run silently. Cues come back by themselves when sound is available.</source>
            <translation>Aucune sortie audio trouvée : les séances sont silencieuses. Les signaux reviennent d'eux-mêmes quand le son est disponible.</translation>
        </message>
        <message>
            <source>No speech engine answers (e.g. speech-dispatcher with espeak-ng): cues are not spoken. They come back by themselves when one is installed.</source>
            <translation>Aucun moteur de synthèse vocale ne répond (par ex. speech-dispatcher avec espeak-ng) : les consignes ne sont pas lues. Elles reviennent d'elles-mêmes quand un moteur est installé.</translation>
        </message>
        <message>
            <source>This installation cannot play sound or speech: cues stay silent.</source>
            <translation>Cette installation ne peut lire ni son ni voix : les signaux restent muets.</translation>
        </message>
        <message>
            <source>A sound file is missing from the installation: reinstall to fix.</source>
            <translation>Un fichier son manque dans l'installation : réinstallez pour corriger.</translation>
        </message>
        <message>
            <source>Quiet times</source>
            <translation>Moments calmes</translation>
        </message>
        <message>
            <source>Hold breaks while a full-screen window is active</source>
            <translation>Retenir les pauses quand une fenêtre plein écran est active</translation>
        </message>
        <message>
            <source>Presentations, calls and videos are not interrupted.</source>
            <translation>Les présentations, appels et vidéos ne sont pas interrompus.</translation>
        </message>
        <message>
            <source>Hold breaks while Do Not Disturb is on</source>
            <translation>Retenir les pauses quand « Ne pas déranger » est activé</translation>
        </message>
        <message>
            <source>A held break is offered as soon as the quiet time ends.</source>
            <translation>Une pause retenue est proposée dès la fin du moment calme.</translation>
        </message>
        <message>
            <source>Sounds</source>
            <translation>Sons</translation>
        </message>
        <message>
            <source>Play ticks and chimes during sessions</source>
            <translation>Jouer tic-tac et carillons pendant les séances</translation>
        </message>
        <message>
            <source>Speak exercise cues aloud</source>
            <translation>Lire les consignes à voix haute</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>Same as the system</source>
            <translation>Comme le système</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>Langue :</translation>
        </message>
        <message>
            <source>A new language applies the next time Counterbalance starts.</source>
            <translation>Une nouvelle langue s'applique au prochain démarrage de Counterbalance.</translation>
        </message>
        <message>
            <source>Start at login</source>
            <translation>Lancer à la connexion</translation>
        </message>
        <message>
            <source>Start Counterbalance when I log in</source>
            <translation>Lancer Counterbalance à la connexion</translation>
        </message>
        <message>
            <source>Breaks only come while Counterbalance is running.</source>
            <translation>Les pauses n'arrivent que si Counterbalance est lancé.</translation>
        </message>
    </context>
    <context>
        <name>HoursPage</name>
        <message>
            <source>Working hours</source>
            <translation>Heures de travail</translation>
        </message>
        <message>
            <source>Only offer breaks during my working hours</source>
            <translation>Ne proposer des pauses que pendant mes heures de travail</translation>
        </message>
        <message>
            <source>Outside these hours no breaks are offered, and the count starts afresh each day. A day may have several ranges, e.g. before and after lunch.</source>
            <translation>En dehors de ces heures, aucune pause n'est proposée et le décompte repart à zéro chaque jour. Une journée peut avoir plusieurs plages, par ex. avant et après le déjeuner.</translation>
        </message>
    </context>
    <context>
        <name>Housekeeping</name>
        <message>
            <source>How was your day?</source>
            <extracomment>Where versions before the marker file remembered the idle notice (read, never written). The kind of the end-of-day notice (the pre-break one is the notifier's default).</extracomment>
            <translation>Comment s'est passée votre journée ?</translation>
        </message>
        <message>
            <source>Counterbalance: rate today's average pain (optional).</source>
            <translation>Counterbalance : notez votre douleur moyenne d'aujourd'hui (facultatif).</translation>
        </message>
        <message>
            <source>Counterbalance</source>
            <translation>Counterbalance</translation>
        </message>
        <message>
            <source>Counterbalance cannot tell when you step away on this desktop, so all time counts as active. Breaks still come on time.</source>
            <translation>Counterbalance ne peut pas savoir quand vous vous éloignez sur ce bureau, donc tout le temps compte comme actif. Les pauses arrivent quand même à l'heure.</translation>
        </message>
    </context>
    <context>
        <name>LeavingOffer</name>
        <message>
            <source>This computer's files were removed from the sync folder.</source>
            <extracomment>Asks whether to remove this computer's files (the dialog; tests give their own).</extracomment>
            <translation>Les fichiers de cet ordinateur ont été retirés du dossier synchronisé.</translation>
        </message>
        <message>
            <source>This computer's files could not be removed from the sync folder.</source>
            <translation>Les fichiers de cet ordinateur n’ont pas pu être retirés du dossier synchronisé.</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Synchronisation</translation>
        </message>
    </context>
    <context>
        <name>LiveSettings</name>
        <message>
            <source>Your settings</source>
            <translation>Vos réglages</translation>
        </message>
        <message>
            <source>Could not save settings</source>
            <translation>Impossible d'enregistrer les réglages</translation>
        </message>
        <message>
            <source>Start at login</source>
            <translation>Lancer à la connexion</translation>
        </message>
        <message>
            <source>Could not change the start-at-login setting at {place}: {why}</source>
            <translation>Impossible de modifier le lancement à la connexion à {place} : {why}</translation>
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
            <translation>Fenêtre d'état de Counterbalance</translation>
        </message>
        <message>
            <source>Your desktop has no system tray, so Counterbalance shows this small window instead. Breaks still arrive on time. On GNOME, the AppIndicator extension adds a tray.</source>
            <translation>Votre bureau n'a pas de zone de notification, Counterbalance affiche donc cette petite fenêtre à la place. Les pauses arrivent quand même à l'heure. Sous GNOME, l'extension AppIndicator ajoute une zone de notification.</translation>
        </message>
        <message>
            <source>Why this window is shown</source>
            <translation>Pourquoi cette fenêtre s'affiche</translation>
        </message>
        <message>
            <source>Break status</source>
            <translation>État des pauses</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <source>&amp;Start now</source>
            <translation>&amp;Commencer</translation>
        </message>
        <message>
            <source>S&amp;nooze {n} min</source>
            <translation>&amp;Reporter de {n} min</translation>
        </message>
        <message>
            <source>&amp;Pause 1 h</source>
            <translation>&amp;Pause 1 h</translation>
        </message>
        <message>
            <source>Pro&amp;gress…</source>
            <translation>Pro&amp;grès…</translation>
        </message>
        <message>
            <source>Rate &amp;today's pain…</source>
            <translation>Noter la douleur d'&amp;aujourd'hui…</translation>
        </message>
        <message>
            <source>&amp;Check symptoms…</source>
            <translation>&amp;Vérifier les symptômes…</translation>
        </message>
        <message>
            <source>S&amp;ettings…</source>
            <translation>Ré&amp;glages…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>&amp;Resume</source>
            <translation>Re&amp;prendre</translation>
        </message>
    </context>
    <context>
        <name>OnboardingDialog</name>
        <message>
            <source>Counterbalance — Welcome</source>
            <extracomment>The dialog's size: room for the longest sign of the safety check on a 1280×800 screen. The user consented to starting Counterbalance at login. Declared contraindications (``settings.CONDITIONS``). Red flags ticked in the first-run safety check; None when it was not asked.</extracomment>
            <translation>Counterbalance — Bienvenue</translation>
        </message>
        <message>
            <source>Welcome to Counterbalance</source>
            <translation>Bienvenue dans Counterbalance</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Retour</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Suivant</translation>
        </message>
        <message>
            <source>A quick safety check</source>
            <translation>Une rapide vérification de sécurité</translation>
        </message>
        <message>
            <source>What do you notice?</source>
            <translation>Que remarquez-vous ?</translation>
        </message>
        <message>
            <source>Your set-up</source>
            <translation>Votre équipement</translation>
        </message>
        <message>
            <source>Anything to leave out?</source>
            <translation>Quelque chose à éviter ?</translation>
        </message>
        <message>
            <source>Your starting focus</source>
            <translation>Votre point de départ</translation>
        </message>
        <message>
            <source>Finish</source>
            <translation>Terminer</translation>
        </message>
        <message>
            <source>Step %1 of %2</source>
            <translation>Étape %1 sur %2</translation>
        </message>
    </context>
    <context>
        <name>Pain</name>
        <message>
            <source>How much pain do you have right now?</source>
            <extracomment>Smallest change in weekly mean pain shown as "meaningful" (brief §4, low back pain). Alternatively, a relative change of this share counts as meaningful. Minimal detectable change of a single NRS rating (brief §4 [21]): smaller differences between two single ratings are within measurement noise.</extracomment>
            <translation>Quelle est l'intensité de votre douleur en ce moment ?</translation>
        </message>
        <message>
            <source>How much pain do you have in your {region} right now?</source>
            <translation>Quelle est l'intensité de votre douleur ({region}) en ce moment ?</translation>
        </message>
        <message>
            <source>On average, how much pain have you had today?</source>
            <translation>En moyenne, quelle a été l'intensité de votre douleur aujourd'hui ?</translation>
        </message>
        <message>
            <source>0 = no pain</source>
            <translation>0 = aucune douleur</translation>
        </message>
        <message>
            <source>10 = worst pain imaginable</source>
            <translation>10 = pire douleur imaginable</translation>
        </message>
        <message>
            <source>no pain</source>
            <translation>aucune douleur</translation>
        </message>
        <message>
            <source>worst pain imaginable</source>
            <translation>pire douleur imaginable</translation>
        </message>
        <message>
            <source>Before we start</source>
            <extracomment>Headline over the rating, by when it is asked.</extracomment>
            <translation>Avant de commencer</translation>
        </message>
        <message>
            <source>Session finished</source>
            <translation>Séance terminée</translation>
        </message>
        <message>
            <source>Pain during this exercise</source>
            <translation>Douleur pendant cet exercice</translation>
        </message>
        <message>
            <source>Your day</source>
            <translation>Votre journée</translation>
        </message>
        <message>
            <source>No pain</source>
            <translation>Aucune douleur</translation>
        </message>
        <message>
            <source>Mild</source>
            <translation>Légère</translation>
        </message>
        <message>
            <source>Moderate</source>
            <translation>Modérée</translation>
        </message>
        <message>
            <source>Severe</source>
            <translation>Forte</translation>
        </message>
        <message>
            <source>Neck</source>
            <extracomment>Display names of the optional body regions (brief §4).</extracomment>
            <translation>Cou</translation>
        </message>
        <message>
            <source>Upper back / shoulders</source>
            <translation>Haut du dos / épaules</translation>
        </message>
        <message>
            <source>Low back</source>
            <translation>Bas du dos</translation>
        </message>
        <message>
            <source>Hips / buttocks</source>
            <translation>Hanches / fesses</translation>
        </message>
        <message>
            <source>Leg (below the knee)</source>
            <translation>Jambe (sous le genou)</translation>
        </message>
        <message>
            <source>Arm / hand</source>
            <translation>Bras / main</translation>
        </message>
        <message>
            <source>neck</source>
            <extracomment>The region as it reads inside the question ("in your …").</extracomment>
            <translation>cou</translation>
        </message>
        <message>
            <source>upper back or shoulders</source>
            <translation>haut du dos ou épaules</translation>
        </message>
        <message>
            <source>low back</source>
            <translation>bas du dos</translation>
        </message>
        <message>
            <source>hips or buttocks</source>
            <translation>hanches ou fesses</translation>
        </message>
        <message>
            <source>leg</source>
            <translation>jambe</translation>
        </message>
        <message>
            <source>arm or hand</source>
            <translation>bras ou main</translation>
        </message>
    </context>
    <context>
        <name>PainRating</name>
        <message numerus="yes">
            <source>Pain %n out of 10</source>
            <extracomment>Band label colours on a light window (each ≥ 4.5:1 against it). Band label colours on a dark window.</extracomment>
            <translation>
                <numerusform>Douleur %n sur 10</numerusform>
                <numerusform>Douleur %n sur 10</numerusform>
            </translation>
        </message>
        <message>
            <source>Where is the pain (optional)</source>
            <translation>Où est la douleur (facultatif)</translation>
        </message>
        <message>
            <source>Anywhere / not specific</source>
            <translation>Partout / pas précis</translation>
        </message>
        <message>
            <source>Where (optional):</source>
            <translation>Où (facultatif) :</translation>
        </message>
        <message>
            <source>Type 0–9 · 1 then 0 for 10 · Enter confirms · Esc skips</source>
            <translation>Tapez 0–9 · 1 puis 0 pour 10 · Entrée confirme · Échap passe</translation>
        </message>
        <message>
            <source>Optional: type 0–9, or 1 then 0 for 10</source>
            <translation>Facultatif : tapez 0–9, ou 1 puis 0 pour 10</translation>
        </message>
    </context>
    <context>
        <name>Planner</name>
        <message>
            <source>My low back gets sore after sitting or standing a while</source>
            <translation>Mon bas du dos devient douloureux après être resté assis ou debout un moment</translation>
        </message>
        <message>
            <source>The front of my hips feels tight</source>
            <translation>L'avant de mes hanches me semble raide</translation>
        </message>
        <message>
            <source>I find it hard to feel my glutes or core working</source>
            <translation>J'ai du mal à sentir travailler mes fessiers ou mes abdominaux</translation>
        </message>
        <message>
            <source>My low back looks flat and the backs of my thighs feel tight</source>
            <translation>Mon bas du dos paraît plat et l'arrière de mes cuisses est raide</translation>
        </message>
        <message>
            <source>My neck or shoulders ache after screen work</source>
            <translation>Mon cou ou mes épaules me font mal après le travail sur écran</translation>
        </message>
        <message>
            <source>My head pokes forward or my shoulders round when I sit</source>
            <translation>Ma tête avance ou mes épaules s'arrondissent quand je suis assis</translation>
        </message>
        <message>
            <source>I get tension headaches</source>
            <translation>J'ai des céphalées de tension</translation>
        </message>
        <message>
            <source>One hip always feels tighter than the other</source>
            <translation>Une hanche me semble toujours plus raide que l'autre</translation>
        </message>
        <message>
            <source>One shoulder sits higher than the other</source>
            <translation>Une épaule est plus haute que l'autre</translation>
        </message>
        <message>
            <source>My belt or trouser line sits unevenly</source>
            <translation>Ma ceinture ou mon pantalon tombe de travers</translation>
        </message>
        <message>
            <source>I keep shifting my weight to one side</source>
            <translation>Je reporte sans cesse mon poids sur un côté</translation>
        </message>
        <message>
            <source>My pain is mostly on one side</source>
            <translation>Ma douleur est surtout d'un côté</translation>
        </message>
        <message>
            <source>Hips and low back (lower-crossed pattern)</source>
            <translation>Hanches et bas du dos (schéma croisé inférieur)</translation>
        </message>
        <message>
            <source>Neck, chest and upper back (upper-crossed pattern)</source>
            <translation>Cou, poitrine et haut du dos (schéma croisé supérieur)</translation>
        </message>
        <message>
            <source>Both: alternate upper and lower body</source>
            <translation>Les deux : alterner haut et bas du corps</translation>
        </message>
        <message>
            <source>Left–right balance (one side tighter or weaker)</source>
            <translation>Équilibre gauche–droite (un côté plus raide ou plus faible)</translation>
        </message>
        <message>
            <source>Flat low back (posterior-tilt pattern)</source>
            <translation>Bas du dos plat (schéma de rétroversion du bassin)</translation>
        </message>
    </context>
    <context>
        <name>ProgressCards</name>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n jour</numerusform>
                <numerusform>%n jours</numerusform>
            </translation>
        </message>
        <message>
            <source>Breaks taken this week</source>
            <translation>Pauses faites cette semaine</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n break(s)</source>
            <translation>
                <numerusform>%1 pause sur %n</numerusform>
                <numerusform>%1 pauses sur %n</numerusform>
            </translation>
        </message>
        <message>
            <source>No breaks offered yet</source>
            <translation>Aucune pause proposée pour l'instant</translation>
        </message>
        <message>
            <source>last week %1</source>
            <translation>semaine dernière %1</translation>
        </message>
        <message>
            <source>Pain before sessions</source>
            <translation>Douleur avant les séances</translation>
        </message>
        <message>
            <source> / 10</source>
            <translation> / 10</translation>
        </message>
        <message>
            <source>a meaningful drop</source>
            <translation>une baisse nette</translation>
        </message>
        <message>
            <source>a meaningful rise</source>
            <translation>une hausse nette</translation>
        </message>
        <message>
            <source>%1 points within sessions</source>
            <translation>%1 points au cours des séances</translation>
        </message>
        <message>
            <source>Rate your pain before a session</source>
            <translation>Notez votre douleur avant une séance</translation>
        </message>
        <message>
            <source>Current streak</source>
            <translation>Série en cours</translation>
        </message>
        <message>
            <source>longest: %1</source>
            <translation>la plus longue : %1</translation>
        </message>
        <message>
            <source>Exercise this week</source>
            <translation>Exercice cette semaine</translation>
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
                <numerusform>semaine dernière %n min</numerusform>
                <numerusform>semaine dernière %n min</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProgressCharts</name>
        <message>
            <source>Charts of adherence and pain</source>
            <translation>Graphiques d'assiduité et de douleur</translation>
        </message>
        <message>
            <source>The charts could not be drawn: %1</source>
            <translation>Les graphiques n'ont pas pu être dessinés : %1</translation>
        </message>
        <message>
            <source>Qt Quick is not available</source>
            <translation>Qt Quick n'est pas disponible</translation>
        </message>
        <message numerus="yes">
            <source>Week of %1: %2 of %n break(s) taken (%3)</source>
            <translation>
                <numerusform>Semaine du %1 : %2 pause faite sur %n (%3)</numerusform>
                <numerusform>Semaine du %1 : %2 pauses faites sur %n (%3)</numerusform>
            </translation>
        </message>
        <message>
            <source>Sessions you started: %1</source>
            <translation>Séances que vous avez lancées : %1</translation>
        </message>
        <message>
            <source>Week of %1</source>
            <translation>Semaine du %1</translation>
        </message>
        <message>
            <source>Breaks taken (%)</source>
            <translation>Pauses faites (%)</translation>
        </message>
        <message>
            <source>Pain before session</source>
            <translation>Douleur avant la séance</translation>
        </message>
        <message>
            <source>Pain after session</source>
            <translation>Douleur après la séance</translation>
        </message>
        <message>
            <source>Breaks taken and pain, week by week</source>
            <translation>Pauses faites et douleur, semaine par semaine</translation>
        </message>
        <message>
            <source>Pain before sessions, by body region</source>
            <translation>Douleur avant les séances, par zone du corps</translation>
        </message>
        <message>
            <source>Pain 0–10</source>
            <translation>Douleur 0–10</translation>
        </message>
        <message>
            <source>Breaks taken</source>
            <translation>Pauses faites</translation>
        </message>
        <message>
            <source>Pick a body region when you rate your pain to see it here.</source>
            <translation>Choisissez une zone du corps en notant votre douleur pour la voir ici.</translation>
        </message>
    </context>
    <context>
        <name>ProgressDialogs</name>
        <message>
            <source>Counterbalance — Export CSV to folder</source>
            <translation>Counterbalance — Exporter le CSV dans un dossier</translation>
        </message>
        <message>
            <source>Counterbalance — Save chart images to folder</source>
            <translation>Counterbalance — Enregistrer les images des graphiques dans un dossier</translation>
        </message>
        <message>
            <source>Counterbalance — Save report</source>
            <translation>Counterbalance — Enregistrer le rapport</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Fichiers PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Counterbalance — Delete all my data</source>
            <translation>Counterbalance — Supprimer toutes mes données</translation>
        </message>
        <message>
            <source>Delete every break, session, set and pain rating?</source>
            <translation>Supprimer chaque pause, séance, série et note de douleur ?</translation>
        </message>
        <message>
            <source>This cannot be undone. Automatic backups are deleted too. You can save a copy of your data first.</source>
            <translation>Cette action est irréversible. Les sauvegardes automatiques sont aussi supprimées. Vous pouvez d'abord enregistrer une copie de vos données.</translation>
        </message>
        <message>
            <source>&amp;Save a copy first…</source>
            <translation>&amp;Enregistrer d'abord une copie…</translation>
        </message>
        <message>
            <source>&amp;Delete everything</source>
            <translation>&amp;Tout supprimer</translation>
        </message>
        <message>
            <source>Counterbalance — Save a copy of your data</source>
            <translation>Counterbalance — Enregistrer une copie de vos données</translation>
        </message>
        <message>
            <source>Counterbalance data (*.sqlite3)</source>
            <translation>Données Counterbalance (*.sqlite3)</translation>
        </message>
    </context>
    <context>
        <name>ProgressPresenter</name>
        <message>
            <source>Something went wrong: %1</source>
            <extracomment>Exercise id -&gt; target region (catalog); empty hides the "worked this week" row. The computer shown (None: all) and the names to show computers by (sync).</extracomment>
            <translation>Une erreur s'est produite : %1</translation>
        </message>
        <message numerus="yes">
            <source>Saved %n CSV file(s) in %1</source>
            <translation>
                <numerusform>%n fichier CSV enregistré dans %1</numerusform>
                <numerusform>%n fichiers CSV enregistrés dans %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saved %n chart image(s) in %1</source>
            <translation>
                <numerusform>%n image de graphique enregistrée dans %1</numerusform>
                <numerusform>%n images de graphiques enregistrées dans %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not save the report: %1</source>
            <translation>Impossible d'enregistrer le rapport : %1</translation>
        </message>
        <message>
            <source>Saved the report as %1</source>
            <translation>Rapport enregistré sous %1</translation>
        </message>
        <message>
            <source>Could not save a copy: %1</source>
            <translation>Impossible d'enregistrer une copie : %1</translation>
        </message>
        <message>
            <source>Saved a copy as %1</source>
            <translation>Copie enregistrée sous %1</translation>
        </message>
        <message>
            <source>All your data was deleted.</source>
            <translation>Toutes vos données ont été supprimées.</translation>
        </message>
    </context>
    <context>
        <name>ProgressWindow</name>
        <message>
            <source>Neck</source>
            <extracomment>Week labels are thinned out above this many weeks so they stay readable. Line colours per body region, chosen for contrast on light and on dark windows. Names of the pain regions (``core.events.Region``).
----------
Names of the catalog's target regions (``core.catalog.BODY_REGIONS``).</extracomment>
            <translation>Cou</translation>
        </message>
        <message>
            <source>Chest &amp; shoulders</source>
            <translation>Poitrine et épaules</translation>
        </message>
        <message>
            <source>Upper back</source>
            <translation>Haut du dos</translation>
        </message>
        <message>
            <source>Core</source>
            <translation>Tronc</translation>
        </message>
        <message>
            <source>Low back</source>
            <translation>Bas du dos</translation>
        </message>
        <message>
            <source>Hips</source>
            <translation>Hanches</translation>
        </message>
        <message>
            <source>Legs</source>
            <translation>Jambes</translation>
        </message>
        <message>
            <source>Upper back / shoulders</source>
            <translation>Haut du dos / épaules</translation>
        </message>
        <message>
            <source>Hips / buttocks</source>
            <translation>Hanches / fesses</translation>
        </message>
        <message>
            <source>Leg below knee</source>
            <translation>Jambe sous le genou</translation>
        </message>
        <message>
            <source>Arm / hand</source>
            <translation>Bras / main</translation>
        </message>
        <message>
            <source>Counterbalance — Progress</source>
            <extracomment>Ranges offered in the selector, in weeks. The first size: fits a 1280×800 screen with a panel. The charts never get shorter than this; a smaller window scrolls them instead.</extracomment>
            <translation>Counterbalance — Progrès</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progrès</translation>
        </message>
        <message>
            <source>Weeks shown</source>
            <translation>Semaines affichées</translation>
        </message>
        <message>
            <source>How many weeks the charts show</source>
            <translation>Nombre de semaines affichées par les graphiques</translation>
        </message>
        <message numerus="yes">
            <source>Last %n week(s)</source>
            <translation>
                <numerusform>Dernière semaine</numerusform>
                <numerusform>%n dernières semaines</numerusform>
            </translation>
        </message>
        <message>
            <source>Your progress</source>
            <translation>Vos progrès</translation>
        </message>
        <message>
            <source>&amp;Show:</source>
            <translation>&amp;Afficher :</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <source>No progress yet</source>
            <translation>Pas encore de progrès</translation>
        </message>
        <message>
            <source>Nothing to show yet</source>
            <translation>Rien à afficher pour l'instant</translation>
        </message>
        <message>
            <source>Your charts appear here after your first break. Each week shows how many breaks you took out of those offered (adherence), and, when you rate your pain before and after a session, how your pain changes over the weeks.</source>
            <translation>Vos graphiques apparaissent ici après votre première pause. Chaque semaine montre combien de pauses vous avez faites parmi celles proposées (assiduité) et, si vous notez votre douleur avant et après une séance, comment elle évolue au fil des semaines.</translation>
        </message>
        <message>
            <source>Tip: start a session now from the tray menu, or wait for the next break reminder. Rating your pain is optional and takes one key press.</source>
            <translation>Astuce : commencez une séance maintenant depuis le menu de la zone de notification, ou attendez le prochain rappel de pause. Noter votre douleur est facultatif et ne demande qu'une touche.</translation>
        </message>
        <message>
            <source>Loading your progress…</source>
            <translation>Chargement de vos progrès…</translation>
        </message>
        <message>
            <source>Loading</source>
            <translation>Chargement</translation>
        </message>
        <message>
            <source>Export &amp;CSV…</source>
            <translation>Exporter en &amp;CSV…</translation>
        </message>
        <message>
            <source>Export raw events as CSV</source>
            <translation>Exporter les événements bruts en CSV</translation>
        </message>
        <message>
            <source>Save charts as P&amp;NG…</source>
            <translation>Enregistrer les graphiques en P&amp;NG…</translation>
        </message>
        <message>
            <source>Save chart images</source>
            <translation>Enregistrer les images des graphiques</translation>
        </message>
        <message>
            <source>&amp;Report for physio (PDF)…</source>
            <translation>&amp;Rapport pour le kiné (PDF)…</translation>
        </message>
        <message>
            <source>PDF report</source>
            <translation>Rapport PDF</translation>
        </message>
        <message>
            <source>&amp;Delete all my data…</source>
            <translation>&amp;Supprimer toutes mes données…</translation>
        </message>
        <message>
            <source>Delete all data</source>
            <translation>Supprimer toutes les données</translation>
        </message>
        <message numerus="yes">
            <source>%n week(s) ago</source>
            <translation>
                <numerusform>il y a %n semaine</numerusform>
                <numerusform>il y a %n semaines</numerusform>
            </translation>
        </message>
        <message>
            <source>Pain about the same as {ago}</source>
            <translation>Douleur à peu près identique à {ago}</translation>
        </message>
        <message>
            <source>Pain {points} points lower than {ago}</source>
            <translation>Douleur inférieure de {points} points à {ago}</translation>
        </message>
        <message>
            <source>Pain {points} points higher than {ago}</source>
            <translation>Douleur supérieure de {points} points à {ago}</translation>
        </message>
        <message>
            <source>As many breaks as {ago}: {recent} (was {earlier})</source>
            <translation>Autant de pauses qu'{ago} : {recent} (avant {earlier})</translation>
        </message>
        <message>
            <source>More breaks than {ago}: {recent} (was {earlier})</source>
            <translation>Plus de pauses qu'{ago} : {recent} (avant {earlier})</translation>
        </message>
        <message>
            <source>Fewer breaks than {ago}: {recent} (was {earlier})</source>
            <translation>Moins de pauses qu'{ago} : {recent} (avant {earlier})</translation>
        </message>
        <message numerus="yes">
            <source>%n set(s)</source>
            <translation>
                <numerusform>%n série</numerusform>
                <numerusform>%n séries</numerusform>
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
            <translation>Fermer et sauter cette pause</translation>
        </message>
        <message>
            <source>Close (skips this break)</source>
            <translation>Fermer (saute cette pause)</translation>
        </message>
        <message>
            <source>Finish what you're typing: the break starts when you pause for a moment.</source>
            <translation>Terminez votre saisie : la pause commence dès que vous vous arrêtez un instant.</translation>
        </message>
        <message>
            <source>Start now</source>
            <translation>Commencer</translation>
        </message>
        <message>
            <source>Start the break now</source>
            <translation>Commencer la pause maintenant</translation>
        </message>
        <message>
            <source>At my next pause</source>
            <translation>À ma prochaine pause de frappe</translation>
        </message>
        <message>
            <source>Start the break when I stop typing</source>
            <translation>Commencer la pause quand j'arrête de taper</translation>
        </message>
        <message>
            <source>Keep typing; the break starts by itself when you pause for a few seconds.</source>
            <translation>Continuez à taper ; la pause commence d'elle-même quand vous vous arrêtez quelques secondes.</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Sauter</translation>
        </message>
        <message>
            <source>Skip this break</source>
            <translation>Sauter cette pause</translation>
        </message>
        <message>
            <source>Snooze</source>
            <translation>Reporter</translation>
        </message>
        <message>
            <source>Time for a short break</source>
            <translation>C'est l'heure d'une courte pause</translation>
        </message>
        <message>
            <source>Time for your daily session</source>
            <translation>C'est l'heure de votre séance quotidienne</translation>
        </message>
        <message>
            <source>Time for the break you skipped</source>
            <translation>C'est l'heure de la pause que vous avez sautée</translation>
        </message>
        <message>
            <source>First: {name}</source>
            <translation>D'abord : {name}</translation>
        </message>
        <message>
            <source>then {names}</source>
            <translation>puis {names}</translation>
        </message>
        <message>
            <source>This is the make-up for a break you skipped earlier. It is offered once; skipping it is fine.</source>
            <translation>Ceci rattrape une pause que vous avez sautée plus tôt. Elle n'est proposée qu'une fois ; la sauter ne pose aucun problème.</translation>
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
                <numerusform>Vous avez reporté cette pause une fois ; commencez-la maintenant ou sautez-la.</numerusform>
                <numerusform>Vous avez reporté cette pause %n fois ; commencez-la maintenant ou sautez-la.</numerusform>
            </translation>
        </message>
        <message>
            <source>This break can't be snoozed again; start it now or skip it.</source>
            <translation>Cette pause ne peut plus être reportée ; commencez-la maintenant ou sautez-la.</translation>
        </message>
        <message>
            <source>Enter starts</source>
            <translation>Entrée commence</translation>
        </message>
        <message numerus="yes">
            <source>S snoozes %n min</source>
            <translation>
                <numerusform>S reporte de %n min</numerusform>
                <numerusform>S reporte de %n min</numerusform>
            </translation>
        </message>
        <message>
            <source>P waits for your pause</source>
            <translation>P attend votre pause</translation>
        </message>
        <message>
            <source>Esc skips</source>
            <translation>Échap saute</translation>
        </message>
        <message>
            <source>Your typing stays in your app. Click this card to use keys: {keys}</source>
            <translation>Votre saisie reste dans votre application. Cliquez sur cette carte pour utiliser les touches : {keys}</translation>
        </message>
    </context>
    <context>
        <name>PromptFlow</name>
        <message>
            <source>Break in {n} s</source>
            <extracomment>The prompt on screen, its logged id, kind and plan. A due break whose prompt waits for the break to be prepared. A break that came due while a session window was open: shown when it closes.</extracomment>
            <translation>Pause dans {n} s</translation>
        </message>
        <message>
            <source>Counterbalance: a short break is coming. Finish your sentence.</source>
            <translation>Counterbalance : une courte pause arrive. Terminez votre phrase.</translation>
        </message>
        <message>
            <source>Could not save</source>
            <translation>Enregistrement impossible</translation>
        </message>
        <message numerus="yes">
            <source>%n exercise(s) · about {m} min</source>
            <translation>
                <numerusform>%n exercice · environ {m} min</numerusform>
                <numerusform>%n exercices · environ {m} min</numerusform>
            </translation>
        </message>
        <message>
            <source>Your data file</source>
            <translation>Votre fichier de données</translation>
        </message>
        <message>
            <source>Counterbalance — Programme paused</source>
            <translation>Counterbalance — Programme en pause</translation>
        </message>
        <message>
            <source>You reported signs that need a medical assessment, so the exercise programme is paused.

Has a doctor or physiotherapist assessed you and said it is fine to exercise?</source>
            <translation>Vous avez signalé des signes qui nécessitent un examen médical, le programme d'exercices est donc en pause.

Un médecin ou un kinésithérapeute vous a-t-il examiné et autorisé à faire de l'exercice ?</translation>
        </message>
    </context>
    <context>
        <name>RatingPage</name>
        <message>
            <source>Confirm (Enter)</source>
            <extracomment>The feel page's notes wrap at this width (px) instead of spanning the window.</extracomment>
            <translation>Confirmer (Entrée)</translation>
        </message>
        <message>
            <source>Confirm rating</source>
            <translation>Confirmer la note</translation>
        </message>
        <message>
            <source>Skip (Esc)</source>
            <translation>Passer (Échap)</translation>
        </message>
        <message>
            <source>Skip rating</source>
            <translation>Passer la note</translation>
        </message>
        <message>
            <source>No pain — 0</source>
            <translation>Aucune douleur — 0</translation>
        </message>
        <message>
            <source>No pain, rate zero</source>
            <translation>Aucune douleur, noter zéro</translation>
        </message>
        <message>
            <source>First up: %1</source>
            <translation>Pour commencer : %1</translation>
        </message>
    </context>
    <context>
        <name>ReadyNote</name>
        <message>
            <source>Counterbalance is running</source>
            <extracomment>Preferred width; the height follows the text.</extracomment>
            <translation>Counterbalance est lancé</translation>
        </message>
        <message>
            <source>You're all set</source>
            <translation>Tout est prêt</translation>
        </message>
        <message>
            <source>Got it</source>
            <translation>Compris</translation>
        </message>
        <message>
            <source>Close this note</source>
            <translation>Fermer cette note</translation>
        </message>
        <message>
            <source>Counterbalance now lives in the &lt;b&gt;menu bar&lt;/b&gt; at the top of the screen. Click its icon for a session now, your progress or settings.</source>
            <translation>Counterbalance se trouve maintenant dans la &lt;b&gt;barre des menus&lt;/b&gt; en haut de l'écran. Cliquez sur son icône pour une séance, vos progrès ou les réglages.</translation>
        </message>
        <message>
            <source>Your desktop has no system tray, so Counterbalance keeps a &lt;b&gt;small window&lt;/b&gt; open. Use it for a session now, your progress or settings.</source>
            <translation>Votre bureau n'a pas de zone de notification, Counterbalance garde donc une &lt;b&gt;petite fenêtre&lt;/b&gt; ouverte. Utilisez-la pour une séance, vos progrès ou les réglages.</translation>
        </message>
        <message>
            <source>Counterbalance now lives in the &lt;b&gt;system tray&lt;/b&gt;, among the small icons near the clock. Click its icon for a session now, your progress or settings.</source>
            <translation>Counterbalance se trouve maintenant dans la &lt;b&gt;zone de notification&lt;/b&gt;, parmi les petites icônes près de l'horloge. Cliquez sur son icône pour une séance, vos progrès ou les réglages.</translation>
        </message>
        <message>
            <source>Breaks come while you work at the computer, within your working hours.</source>
            <translation>Les pauses arrivent pendant que vous travaillez sur l'ordinateur, pendant vos heures de travail.</translation>
        </message>
        <message numerus="yes">
            <source>Your first short break comes in about &lt;b&gt;%n min&lt;/b&gt; of computer use. Time away from the keyboard doesn't count.</source>
            <translation>
                <numerusform>Votre première courte pause arrive après environ &lt;b&gt;%n min&lt;/b&gt; d'utilisation de l'ordinateur. Le temps passé loin du clavier ne compte pas.</numerusform>
                <numerusform>Votre première courte pause arrive après environ &lt;b&gt;%n min&lt;/b&gt; d'utilisation de l'ordinateur. Le temps passé loin du clavier ne compte pas.</numerusform>
            </translation>
        </message>
        <message>
            <source>Your longer daily session is offered today at {time}.</source>
            <translation>Votre séance quotidienne plus longue est proposée aujourd'hui à {time}.</translation>
        </message>
        <message>
            <source>Your longer daily session starts tomorrow at {time}.</source>
            <translation>Votre séance quotidienne plus longue commence demain à {time}.</translation>
        </message>
    </context>
    <context>
        <name>ReportPdf</name>
        <message numerus="yes">
            <source>%n week(s), latest %1</source>
            <extracomment>One unit is one point, so font sizes and distances share a scale. Height of one row of the exercise list. Height of the disclaimer at the foot of the page.</extracomment>
            <translation>
                <numerusform>%n semaine, dernière %1</numerusform>
                <numerusform>%n semaines, dernière %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Counterbalance — progress report</source>
            <translation>Counterbalance — rapport de progrès</translation>
        </message>
        <message numerus="yes">
            <source>Weeks %1 to %2 (%n week(s)), made on %3</source>
            <translation>
                <numerusform>Semaines %1 à %2 (%n semaine), établi le %3</numerusform>
                <numerusform>Semaines %1 à %2 (%n semaines), établi le %3</numerusform>
            </translation>
        </message>
        <message>
            <source>Breaks taken (adherence), mean of weeks</source>
            <translation>Pauses faites (assiduité), moyenne des semaines</translation>
        </message>
        <message>
            <source>Breaks taken / offered, whole period</source>
            <translation>Pauses faites / proposées, toute la période</translation>
        </message>
        <message>
            <source>Sessions started by the user</source>
            <translation>Séances lancées par l'utilisateur</translation>
        </message>
        <message>
            <source>Exercise time, whole period</source>
            <translation>Temps d'exercice, toute la période</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
        <message>
            <source>Pain before sessions, first → last rated week</source>
            <translation>Douleur avant les séances, première → dernière semaine notée</translation>
        </message>
        <message>
            <source>Mean change within sessions (after − before)</source>
            <translation>Variation moyenne au cours des séances (après − avant)</translation>
        </message>
        <message>
            <source>Weeks with a meaningful change (≥ 2 points or ≥ 30 %)</source>
            <translation>Semaines avec une variation nette (≥ 2 points ou ≥ 30 %)</translation>
        </message>
        <message>
            <source>Current streak / longest (days)</source>
            <translation>Série en cours / la plus longue (jours)</translation>
        </message>
        <message>
            <source>Breaks taken per week</source>
            <extracomment>Week labels under a chart, at most.</extracomment>
            <translation>Pauses faites par semaine</translation>
        </message>
        <message>
            <source>breaks taken (%)</source>
            <translation>pauses faites (%)</translation>
        </message>
        <message>
            <source>Pain per week (0–10, mean of daily means)</source>
            <translation>Douleur par semaine (0–10, moyenne des moyennes journalières)</translation>
        </message>
        <message>
            <source>before sessions</source>
            <translation>avant les séances</translation>
        </message>
        <message>
            <source>after sessions</source>
            <translation>après les séances</translation>
        </message>
        <message>
            <source>Exercises done (sets)</source>
            <translation>Exercices faits (séries)</translation>
        </message>
        <message>
            <source>Safety notes</source>
            <translation>Notes de sécurité</translation>
        </message>
        <message>
            <source>No exercises logged in this period.</source>
            <translation>Aucun exercice enregistré sur cette période.</translation>
        </message>
        <message>
            <source>Left / right sets: %1 / %2</source>
            <translation>Séries gauche / droite : %1 / %2</translation>
        </message>
        <message>
            <source>None reported in this period.</source>
            <translation>Rien de signalé sur cette période.</translation>
        </message>
        <message>
            <source>Self-reported data logged by the Counterbalance app. Adherence = breaks taken ÷ breaks offered. Pain: 0–10 numeric rating scale. This app gives general exercise and break reminders; it is not medical advice and does not diagnose or treat any condition.</source>
            <translation>Données déclarées par l'utilisateur et enregistrées par l'application Counterbalance. Assiduité = pauses faites ÷ pauses proposées. Douleur : échelle numérique de 0 à 10. Cette application donne des rappels généraux d'exercice et de pause ; ce n'est pas un avis médical et elle ne diagnostique ni ne traite aucune maladie.</translation>
        </message>
    </context>
    <context>
        <name>Safety</name>
        <message>
            <source>Counterbalance reminds you to take breaks and guides general stretching and strengthening exercises. It is not medical advice, and it does not diagnose or treat any condition. If your symptoms are severe, getting worse or feel unusual, stop and talk to a qualified health professional.</source>
            <translation>Counterbalance vous rappelle de faire des pauses et guide des exercices généraux d'étirement et de renforcement. Ce n'est pas un avis médical, et il ne diagnostique ni ne traite aucune maladie. Si vos symptômes sont forts, s'aggravent ou vous semblent inhabituels, arrêtez-vous et parlez-en à un professionnel de santé qualifié.</translation>
        </message>
        <message>
            <source>Back and legs</source>
            <extracomment>Severity order: lower index = more serious. The advice each group leads to (issue 12: emergency now / see a doctor soon / carry on). Calm, plain headings for the checklist (the advice says how serious an answer is).</extracomment>
            <translation>Dos et jambes</translation>
        </message>
        <message>
            <source>Head and neck</source>
            <translation>Tête et cou</translation>
        </message>
        <message>
            <source>Upper back and chest</source>
            <translation>Haut du dos et poitrine</translation>
        </message>
        <message>
            <source>Numbness, tingling or weakness</source>
            <translation>Engourdissement, fourmillements ou faiblesse</translation>
        </message>
        <message>
            <source>Your health in general</source>
            <translation>Votre santé en général</translation>
        </message>
        <message>
            <source>How the pain affects you</source>
            <translation>Comment la douleur vous affecte</translation>
        </message>
        <message>
            <source>Seek emergency care now. These signs need a doctor to check them within hours. Counterbalance has stopped your programme until you confirm that you have been assessed.</source>
            <translation>Consultez les urgences maintenant. Ces signes doivent être examinés par un médecin dans les heures qui viennent. Counterbalance a arrêté votre programme jusqu'à ce que vous confirmiez avoir été examiné.</translation>
        </message>
        <message>
            <source>Seek emergency care now. Stop the exercises and call your local emergency number if these signs came on suddenly or are getting worse. Counterbalance has stopped your programme until you confirm that you have been assessed.</source>
            <translation>Consultez les urgences maintenant. Arrêtez les exercices et appelez le numéro d'urgence local si ces signes sont apparus soudainement ou s'aggravent. Counterbalance a arrêté votre programme jusqu'à ce que vous confirmiez avoir été examiné.</translation>
        </message>
        <message>
            <source>Seek emergency care now. Back pain that comes with chest pain or breathlessness needs to be checked straight away. Counterbalance has stopped your programme until you confirm that you have been assessed.</source>
            <translation>Consultez les urgences maintenant. Un mal de dos accompagné d'une douleur thoracique ou d'un essoufflement doit être examiné immédiatement. Counterbalance a arrêté votre programme jusqu'à ce que vous confirmiez avoir été examiné.</translation>
        </message>
        <message>
            <source>Stop the exercises for the affected area and see a health professional before you do them again.</source>
            <translation>Arrêtez les exercices pour la zone concernée et consultez un professionnel de santé avant de les reprendre.</translation>
        </message>
        <message>
            <source>Please have a doctor review these symptoms before you continue. Counterbalance has paused your programme until you confirm that you have been assessed.</source>
            <translation>Faites examiner ces symptômes par un médecin avant de continuer. Counterbalance a mis votre programme en pause jusqu'à ce que vous confirmiez avoir été examiné.</translation>
        </message>
        <message>
            <source>We recommend seeing a physiotherapist or doctor. You can keep going gently, or pause the programme until then.</source>
            <translation>Nous vous recommandons de consulter un kinésithérapeute ou un médecin. Vous pouvez continuer en douceur, ou mettre le programme en pause d'ici là.</translation>
        </message>
        <message>
            <source>Emergency signs (back and legs): told to seek emergency care</source>
            <extracomment>How the report words a stored safety event (``SafetyNote.code``), by group.</extracomment>
            <translation>Signes d'urgence (dos et jambes) : conseil de consulter les urgences</translation>
        </message>
        <message>
            <source>Emergency signs (head and neck): told to seek emergency care</source>
            <translation>Signes d'urgence (tête et cou) : conseil de consulter les urgences</translation>
        </message>
        <message>
            <source>Emergency signs (upper back and chest): told to seek emergency care</source>
            <translation>Signes d'urgence (haut du dos et poitrine) : conseil de consulter les urgences</translation>
        </message>
        <message>
            <source>Numbness, tingling or weakness: exercises for the area stopped</source>
            <translation>Engourdissement, fourmillements ou faiblesse : exercices de la zone arrêtés</translation>
        </message>
        <message>
            <source>Signs for a doctor to review: programme paused</source>
            <translation>Signes à faire examiner par un médecin : programme en pause</translation>
        </message>
        <message>
            <source>Advised to see a physiotherapist or doctor</source>
            <translation>Conseil de consulter un kinésithérapeute ou un médecin</translation>
        </message>
        <message>
            <source>Safety check: no warning signs</source>
            <translation>Vérification de sécurité : aucun signe d'alerte</translation>
        </message>
        <message>
            <source>Assessment confirmed: programme resumed</source>
            <translation>Examen confirmé : programme repris</translation>
        </message>
        <message>
            <source>symptom checklist</source>
            <extracomment>What raised a stored safety event (``SafetyNote.action``: a ``Trigger`` value).</extracomment>
            <translation>liste des symptômes</translation>
        </message>
        <message>
            <source>pain rated 7 or more</source>
            <translation>douleur notée 7 ou plus</translation>
        </message>
        <message>
            <source>weekly pain rising</source>
            <translation>douleur hebdomadaire en hausse</translation>
        </message>
        <message>
            <source>None of the warning signs apply. Keep exercising within comfort: mild tension is fine, sharp pain is not. If anything changes, check again.</source>
            <translation>Aucun des signes d'alerte ne s'applique. Continuez l'exercice dans le confort : une légère tension est normale, une douleur vive ne l'est pas. Si quelque chose change, vérifiez à nouveau.</translation>
        </message>
        <message>
            <source>New trouble controlling or emptying your bladder or bowel</source>
            <extracomment>The red flags, grouped, most serious first (brief §4 [7][9][26], S0; issue 12).</extracomment>
            <translation>Nouvelles difficultés à contrôler ou à vider la vessie ou les intestins</translation>
        </message>
        <message>
            <source>Numbness in the groin, buttocks or inner thighs</source>
            <translation>Engourdissement de l'aine, des fesses ou de l'intérieur des cuisses</translation>
        </message>
        <message>
            <source>New loss of sexual function or feeling</source>
            <translation>Nouvelle perte de la fonction ou de la sensibilité sexuelle</translation>
        </message>
        <message>
            <source>Pain, numbness or pins and needles in both legs</source>
            <translation>Douleur, engourdissement ou fourmillements dans les deux jambes</translation>
        </message>
        <message>
            <source>Weakness in one or both legs that is new or getting worse</source>
            <translation>Faiblesse dans une jambe ou les deux, nouvelle ou qui s'aggrave</translation>
        </message>
        <message>
            <source>Dizziness or light-headedness, for example when you turn or tilt your head</source>
            <translation>Vertiges ou étourdissements, par exemple en tournant ou en penchant la tête</translation>
        </message>
        <message>
            <source>Double vision or a sudden change in your sight</source>
            <translation>Vision double ou changement soudain de la vue</translation>
        </message>
        <message>
            <source>Trouble speaking, or slurred speech</source>
            <translation>Difficulté à parler, ou élocution pâteuse</translation>
        </message>
        <message>
            <source>Trouble swallowing</source>
            <translation>Difficulté à avaler</translation>
        </message>
        <message>
            <source>Sudden falls without losing consciousness (drop attacks)</source>
            <translation>Chutes soudaines sans perte de connaissance (drop attacks)</translation>
        </message>
        <message>
            <source>Feeling sick or vomiting together with neck pain</source>
            <translation>Nausées ou vomissements accompagnant une douleur au cou</translation>
        </message>
        <message>
            <source>Eyes that flicker or jump on their own</source>
            <translation>Yeux qui tremblent ou sautent d'eux-mêmes</translation>
        </message>
        <message>
            <source>Numbness or tingling in the face or lips</source>
            <translation>Engourdissement ou fourmillements au visage ou aux lèvres</translation>
        </message>
        <message>
            <source>A sudden, severe headache unlike any you have had</source>
            <translation>Un mal de tête soudain et violent, différent de tout ce que vous avez connu</translation>
        </message>
        <message>
            <source>Sudden, tearing neck pain</source>
            <translation>Douleur au cou soudaine, comme un déchirement</translation>
        </message>
        <message>
            <source>Clumsy hands or an unsteady walk</source>
            <translation>Mains maladroites ou marche instable</translation>
        </message>
        <message>
            <source>Upper-back pain together with chest pain, pressure or tightness</source>
            <translation>Douleur du haut du dos accompagnée d'une douleur, d'une pression ou d'une oppression dans la poitrine</translation>
        </message>
        <message>
            <source>Upper-back pain together with shortness of breath</source>
            <translation>Douleur du haut du dos accompagnée d'un essoufflement</translation>
        </message>
        <message>
            <source>Numbness, tingling or weakness in an arm or hand</source>
            <translation>Engourdissement, fourmillements ou faiblesse dans un bras ou une main</translation>
        </message>
        <message>
            <source>Numbness, tingling or weakness in one leg or foot</source>
            <translation>Engourdissement, fourmillements ou faiblesse dans une jambe ou un pied</translation>
        </message>
        <message>
            <source>Fever or chills together with the pain</source>
            <translation>Fièvre ou frissons accompagnant la douleur</translation>
        </message>
        <message>
            <source>Weight loss you cannot explain</source>
            <translation>Perte de poids inexpliquée</translation>
        </message>
        <message>
            <source>A history of cancer</source>
            <translation>Antécédents de cancer</translation>
        </message>
        <message>
            <source>Pain at night that does not ease when you rest or change position</source>
            <translation>Douleur nocturne qui ne se calme pas au repos ou en changeant de position</translation>
        </message>
        <message>
            <source>The pain began after a recent fall, accident or other injury</source>
            <translation>La douleur a commencé après une chute, un accident ou une autre blessure récente</translation>
        </message>
        <message>
            <source>Long-term steroid tablets or a weakened immune system</source>
            <translation>Corticoïdes en comprimés au long cours ou système immunitaire affaibli</translation>
        </message>
        <message>
            <source>Injecting drugs, now or in the past</source>
            <translation>Drogues injectables, actuellement ou par le passé</translation>
        </message>
        <message>
            <source>This is new pain and you are under 20 or over 50</source>
            <translation>C'est une douleur nouvelle et vous avez moins de 20 ans ou plus de 50 ans</translation>
        </message>
        <message>
            <source>The pain has lasted more than 3 months</source>
            <translation>La douleur dure depuis plus de 3 mois</translation>
        </message>
        <message>
            <source>The pain disturbs your sleep or daily activities</source>
            <translation>La douleur perturbe votre sommeil ou vos activités quotidiennes</translation>
        </message>
        <message>
            <source>The pain does not improve with rest or basic exercise</source>
            <translation>La douleur ne s'améliore pas avec le repos ou des exercices simples</translation>
        </message>
        <message>
            <source>You rated your pain {value} out of 10. Pain this strong is worth getting checked: we recommend seeing a physiotherapist or doctor. You can pause the programme until then.</source>
            <extracomment>Rise of the weekly mean pain, in points, that counts when it lasts two weeks.</extracomment>
            <translation>Vous avez noté votre douleur à {value} sur 10. Une douleur aussi forte mérite d'être examinée : nous vous recommandons de consulter un kinésithérapeute ou un médecin. Vous pouvez mettre le programme en pause d'ici là.</translation>
        </message>
        <message>
            <source>Your weekly average pain has been at least 2 points higher than before for two weeks running ({before:.1f} → {week1:.1f} → {week2:.1f}). We recommend seeing a physiotherapist or doctor. You can pause the programme until then.</source>
            <translation>Votre douleur moyenne hebdomadaire est supérieure d'au moins 2 points à avant depuis deux semaines de suite ({before:.1f} → {week1:.1f} → {week2:.1f}). Nous vous recommandons de consulter un kinésithérapeute ou un médecin. Vous pouvez mettre le programme en pause d'ici là.</translation>
        </message>
        <message>
            <source>Before your first exercise, a few questions to check that exercise is right for you today. Most people tick none of them.</source>
            <extracomment>A pain-triggered check is not repeated within this time of the last check. Pain during an exercise above this asks the short check (brief §3 pain-monitoring model). The user opened "Check symptoms…" themselves. The short list: one or two signs of each serious kind, in words anyone can answer; the lasting facts (history of cancer, steroids, drug use) stay in the full list. Which list each reason asks.</extracomment>
            <translation>Avant votre premier exercice, quelques questions pour vérifier que l'exercice vous convient aujourd'hui. La plupart des gens n'en cochent aucune.</translation>
        </message>
        <message>
            <source>You rated your pain quite high, so here is a quick check. Most people tick none of these; if one applies, you will see what to do.</source>
            <translation>Vous avez noté votre douleur assez haut, voici donc une rapide vérification. La plupart des gens n'en cochent aucune ; si l'une s'applique, vous verrez quoi faire.</translation>
        </message>
        <message>
            <source>That exercise hurt more than it should, so here is a quick check. Most people tick none of these.</source>
            <translation>Cet exercice a fait plus mal qu'il ne devrait, voici donc une rapide vérification. La plupart des gens n'en cochent aucune.</translation>
        </message>
        <message>
            <source>You mentioned numbness, tingling or weakness. Please tick anything that applies now, so Counterbalance can tell you what to do next.</source>
            <translation>Vous avez mentionné un engourdissement, des fourmillements ou une faiblesse. Cochez tout ce qui s'applique maintenant, pour que Counterbalance puisse vous dire quoi faire ensuite.</translation>
        </message>
        <message>
            <source>A quick check-in, as every few weeks. Tick anything that is new since you last checked; most people tick nothing.</source>
            <translation>Un petit point, comme toutes les quelques semaines. Cochez tout ce qui est nouveau depuis la dernière vérification ; la plupart des gens ne cochent rien.</translation>
        </message>
        <message>
            <source>Tick every sign that applies to you now. Counterbalance gives general advice, not a diagnosis: a sign is a reason to get checked.</source>
            <translation>Cochez chaque signe qui s'applique à vous maintenant. Counterbalance donne des conseils généraux, pas un diagnostic : un signe est une raison de se faire examiner.</translation>
        </message>
        <message>
            <source>Seek emergency care now.</source>
            <translation>Consultez les urgences maintenant.</translation>
        </message>
    </context>
    <context>
        <name>SafetyPage</name>
        <message>
            <source>Advice</source>
            <translation>Conseil</translation>
        </message>
    </context>
    <context>
        <name>SessionCues</name>
        <message>
            <source>Done! How did this break feel?</source>
            <translation>Terminé ! Comment était cette pause ?</translation>
        </message>
        <message>
            <source>Switch sides: %1</source>
            <extracomment>Ticks sound in the last seconds of a hold. The countdown second of the last view, so that a second ticks once.</extracomment>
            <translation>Changez de côté : %1</translation>
        </message>
        <message>
            <source>Hold</source>
            <translation>Tenez</translation>
        </message>
        <message>
            <source>How did that feel?</source>
            <translation>Comment c'était ?</translation>
        </message>
    </context>
    <context>
        <name>SessionTexts</name>
        <message>
            <source>Skipped set %1 of %2</source>
            <translation>Série %1 sur %2 passée</translation>
        </message>
        <message>
            <source>Session finished</source>
            <translation>Séance terminée</translation>
        </message>
        <message>
            <source>Exercise %1 of %2</source>
            <translation>Exercice %1 sur %2</translation>
        </message>
        <message>
            <source>left side</source>
            <translation>côté gauche</translation>
        </message>
        <message>
            <source>right side</source>
            <translation>côté droit</translation>
        </message>
        <message>
            <source>both sides</source>
            <translation>des deux côtés</translation>
        </message>
        <message>
            <source>%1 s of exercise</source>
            <translation>%1 s d'exercice</translation>
        </message>
        <message>
            <source>%1 min of exercise</source>
            <translation>%1 min d'exercice</translation>
        </message>
        <message>
            <source>%1 min %2 s of exercise</source>
            <translation>%1 min %2 s d'exercice</translation>
        </message>
    </context>
    <context>
        <name>SessionWindow</name>
        <message>
            <source>Counterbalance — Session</source>
            <extracomment>The window's preferred size (smaller screens get less).</extracomment>
            <translation>Counterbalance — Séance</translation>
        </message>
        <message>
            <source>Guided session</source>
            <translation>Séance guidée</translation>
        </message>
        <message>
            <source>Check symptoms…</source>
            <translation>Vérifier les symptômes…</translation>
        </message>
        <message>
            <source>Check symptoms</source>
            <translation>Vérifier les symptômes</translation>
        </message>
        <message>
            <source>Large view (F)</source>
            <translation>Grande vue (F)</translation>
        </message>
        <message>
            <source>Large view for floor exercises</source>
            <translation>Grande vue pour les exercices au sol</translation>
        </message>
        <message>
            <source>Normal view (F)</source>
            <translation>Vue normale (F)</translation>
        </message>
        <message numerus="yes">
            <source>%n exercise(s) planned</source>
            <translation>
                <numerusform>%n exercice prévu</numerusform>
                <numerusform>%n exercices prévus</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>Minutes of active time between microbreaks.</source>
            <extracomment>Longest computer name and sync folder path accepted. Profiles in the order they are offered. Conditions a user may declare: the keys of ``exercise_needs.CONTRAINDICATIONS`` (texts there).</extracomment>
            <translation>Minutes de temps actif entre deux micropauses.</translation>
        </message>
        <message>
            <source>No keyboard or mouse use this long is a break by itself.</source>
            <translation>Ne pas toucher au clavier ni à la souris pendant ce temps est déjà une pause.</translation>
        </message>
        <message>
            <source>A notification this many seconds before; 0 = none.</source>
            <translation>Une notification ce nombre de secondes avant ; 0 = aucune.</translation>
        </message>
        <message>
            <source>Makes breaks less predictable; 0 keeps them exact.</source>
            <translation>Rend les pauses moins prévisibles ; 0 les garde exactes.</translation>
        </message>
        <message>
            <source>Snooze choices the break prompt offers, in minutes.</source>
            <translation>Reports proposés par l'invite de pause, en minutes.</translation>
        </message>
        <message>
            <source>After this many, only Start or Skip remain; 0 = no snooze.</source>
            <translation>Après ce nombre, il ne reste que Commencer ou Sauter ; 0 = pas de report.</translation>
        </message>
        <message>
            <source>Only offer breaks during the working hours.</source>
            <translation>Ne proposer des pauses que pendant les heures de travail.</translation>
        </message>
        <message>
            <source>Working hours per weekday: [start, end] pairs that do not overlap.</source>
            <translation>Heures de travail par jour : paires [début, fin] qui ne se chevauchent pas.</translation>
        </message>
        <message>
            <source>Hold breaks while a full-screen window is active.</source>
            <translation>Retenir les pauses tant qu'une fenêtre plein écran est active.</translation>
        </message>
        <message>
            <source>Hold breaks while Do Not Disturb is on.</source>
            <translation>Retenir les pauses tant que « Ne pas déranger » est activé.</translation>
        </message>
        <message>
            <source>Local time of the daily session reminder, every day.</source>
            <translation>Heure locale du rappel de la séance quotidienne, chaque jour.</translation>
        </message>
        <message>
            <source>Remind of a longer daily session.</source>
            <translation>Rappeler une séance quotidienne plus longue.</translation>
        </message>
        <message>
            <source>Focus of the exercises; a starting point, not a diagnosis.</source>
            <translation>Orientation des exercices ; un point de départ, pas un diagnostic.</translation>
        </message>
        <message>
            <source>Equipment at the desk; band exercises only with a band.</source>
            <translation>Matériel au bureau ; exercices à l'élastique seulement avec un élastique.</translation>
        </message>
        <message>
            <source>Gets an extra set of one-sided strengthening.</source>
            <translation>Reçoit une série de plus en renforcement d'un seul côté.</translation>
        </message>
        <message>
            <source>Gets an extra hold of one-sided stretches.</source>
            <extracomment>Asked separately from the weaker side, never assumed from it (issue 12).</extracomment>
            <translation>Reçoit un maintien de plus dans les étirements d'un seul côté.</translation>
        </message>
        <message>
            <source>Declared conditions; exercises not advised for them are left out.</source>
            <translation>Affections déclarées ; les exercices déconseillés dans ces cas sont écartés.</translation>
        </message>
        <message>
            <source>Play ticks and chimes during sessions.</source>
            <translation>Jouer les tics et les carillons pendant les séances.</translation>
        </message>
        <message>
            <source>Speak exercise cues aloud.</source>
            <translation>Lire les consignes d'exercice à voix haute.</translation>
        </message>
        <message>
            <source>Share of microbreaks that ask pain before and after (1 = every one).</source>
            <extracomment>Brief §4 rates pain "on a sample of breaks to limit burden": about one in three (some three a day at ten breaks), plus every daily session and the day's average.</extracomment>
            <translation>Part des micropauses qui demandent la douleur avant et après (1 = toutes).</translation>
        </message>
        <message>
            <source>Ask how each exercise felt in microbreaks, instead of once per break.</source>
            <translation>Demander le ressenti de chaque exercice des micropauses, au lieu d'une fois par pause.</translation>
        </message>
        <message>
            <source>Language of the app; empty follows the system. Applies at the next start.</source>
            <translation>Langue de l'application ; vide suit le système. S'applique au prochain démarrage.</translation>
        </message>
        <message>
            <source>Share one history with your other computers through a folder you sync.</source>
            <translation>Partager un seul historique avec vos autres ordinateurs via un dossier que vous synchronisez.</translation>
        </message>
        <message>
            <source>The synced folder (Syncthing, Dropbox, Nextcloud, a network share); Counterbalance writes only inside its own Counterbalance folder there.</source>
            <translation>Le dossier synchronisé (Syncthing, Dropbox, Nextcloud, un partage réseau) ; Counterbalance n’écrit que dans son propre dossier Counterbalance.</translation>
        </message>
        <message>
            <source>This computer's name in the progress window; empty uses the host name.</source>
            <translation>Nom de cet ordinateur dans la fenêtre de progression ; vide, le nom d’hôte est utilisé.</translation>
        </message>
        <message>
            <source>Start Counterbalance at login.</source>
            <translation>Démarrer Counterbalance à l'ouverture de session.</translation>
        </message>
        <message>
            <source>The user was asked about starting at login.</source>
            <translation>La question du démarrage à l'ouverture de session a été posée.</translation>
        </message>
        <message>
            <source>The first-run setup was completed.</source>
            <translation>La configuration initiale a été terminée.</translation>
        </message>
        <message>
            <source>The user accepted the health disclaimer.</source>
            <translation>L'avertissement de santé a été accepté.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Enter at least one snooze time, e.g. 5, 10, 15.</source>
            <translation>Saisissez au moins une durée de report, par ex. 5, 10, 15.</translation>
        </message>
        <message>
            <source>“{part}” is not a whole number of minutes.</source>
            <translation>« {part} » n'est pas un nombre entier de minutes.</translation>
        </message>
        <message>
            <source>Each snooze time must be {lo}–{hi} min.</source>
            <translation>Chaque durée de report doit être de {lo} à {hi} min.</translation>
        </message>
        <message>
            <source>Give at most {n} snooze times.</source>
            <translation>Indiquez au plus {n} durées de report.</translation>
        </message>
        <message>
            <source>{day}: {start}–{end} ends before it starts.</source>
            <extracomment>Width of the weekday names column in the working-hours tab.</extracomment>
            <translation>{day} : {start}–{end} se termine avant de commencer.</translation>
        </message>
        <message>
            <source>{day}: {a} and {b} overlap.</source>
            <translation>{day} : {a} et {b} se chevauchent.</translation>
        </message>
        <message>
            <source>start</source>
            <translation>début</translation>
        </message>
        <message>
            <source>end</source>
            <translation>fin</translation>
        </message>
        <message>
            <source>{day} working hours {what}</source>
            <translation>{day} heures de travail {what}</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Remove this {day} range</source>
            <translation>Supprimer cette plage du {day}</translation>
        </message>
        <message>
            <source>Not working</source>
            <translation>Pas de travail</translation>
        </message>
        <message>
            <source>Add hours</source>
            <translation>Ajouter des heures</translation>
        </message>
        <message>
            <source>Add working hours on {day}</source>
            <translation>Ajouter des heures de travail le {day}</translation>
        </message>
        <message>
            <source>Counterbalance — Settings</source>
            <extracomment>The dialog's size: every tab fits on a 1280×800 screen without scrolling but hours. The tabs, in order: a new settings page joins here. The index of each built-in tab.</extracomment>
            <translation>Counterbalance — Réglages</translation>
        </message>
        <message>
            <source>Counterbalance settings</source>
            <translation>Réglages de Counterbalance</translation>
        </message>
        <message>
            <source>Settings sections</source>
            <extracomment>True while fields are being filled in: edits then trigger no validation.</extracomment>
            <translation>Sections des réglages</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Save settings and close</source>
            <translation>Enregistrer les réglages et fermer</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Appliquer</translation>
        </message>
        <message>
            <source>Save settings</source>
            <translation>Enregistrer les réglages</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Close without saving</source>
            <translation>Fermer sans enregistrer</translation>
        </message>
        <message>
            <source>Has a problem to fix</source>
            <translation>A un problème à corriger</translation>
        </message>
        <message numerus="yes">
            <source>Fix %n problem(s) to save: {problem}</source>
            <translation>
                <numerusform>Corrigez ceci pour enregistrer : {problem}</numerusform>
                <numerusform>Corrigez ces %n problèmes pour enregistrer : {problem} …</numerusform>
            </translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Synchronisation</translation>
        </message>
    </context>
    <context>
        <name>SettingsFile</name>
        <message>
            <source>Could not save your settings to {path}: {reason}</source>
            <extracomment>Suffix of the kept copy of a broken settings file (``settings.json.bak``). Largest settings file read (a real one is about 1 KiB). Translation context of this module's messages.</extracomment>
            <translation>Impossible d'enregistrer vos réglages dans {path} : {reason}</translation>
        </message>
        <message>
            <source>Could not read your settings file {path}: {reason}. Counterbalance uses the default settings for now. If you change settings, the file is first renamed to {backup}.</source>
            <extracomment>Longest problem line shown (a bad value is quoted, and it may be huge or deeply nested). Bytes of a file :meth:`load` left in place (newer format, or no copy could be made): copied to ``.bak`` before the first save replaces them. The file could not be read as settings at all (a refused link, not a regular file, too large): renamed to ``.bak`` before the first save.</extracomment>
            <translation>Impossible de lire votre fichier de réglages {path} : {reason}. Counterbalance utilise pour l'instant les réglages par défaut. Si vous modifiez les réglages, le fichier sera d'abord renommé en {backup}.</translation>
        </message>
        <message>
            <source>Could not read your settings file {path} ({reason}). Counterbalance uses the default settings for now and leaves the file as it is.</source>
            <translation>Impossible de lire votre fichier de réglages {path} ({reason}). Counterbalance utilise pour l'instant les réglages par défaut et laisse le fichier tel quel.</translation>
        </message>
        <message>
            <source>Your settings file {path} was written by a newer version of Counterbalance (format {found}; this version reads format {known}). The settings this version understands were loaded; the file was left unchanged (if you change settings here, it is first copied to {backup}).</source>
            <translation>Votre fichier de réglages {path} a été écrit par une version plus récente de Counterbalance (format {found} ; cette version lit le format {known}). Les réglages que cette version comprend ont été chargés ; le fichier n'a pas été modifié (si vous modifiez les réglages ici, il sera d'abord copié en {backup}).</translation>
        </message>
        <message>
            <source>Your settings file {path} is damaged (it is not valid settings data), so the default settings are used.</source>
            <translation>Votre fichier de réglages {path} est endommagé (ce ne sont pas des données de réglages valides), les réglages par défaut sont donc utilisés.</translation>
        </message>
        <message>
            <source>Some settings in {path} could not be used and were reset to their defaults:
{details}</source>
            <translation>Certains réglages de {path} n'ont pas pu être utilisés et ont été remis à leur valeur par défaut :
{details}</translation>
        </message>
        <message>
            <source>The file was left as it is, because a copy could not be made ({reason}).</source>
            <translation>Le fichier a été laissé tel quel, car une copie n'a pas pu être faite ({reason}).</translation>
        </message>
        <message>
            <source>Your original file was kept as {backup}.</source>
            <translation>Votre fichier d'origine a été conservé sous {backup}.</translation>
        </message>
    </context>
    <context>
        <name>SettingsForm</name>
        <message>
            <source>Type a value, or use the ↑ and ↓ keys</source>
            <extracomment>Each option the dialog edits, by key: filled in as the fields are built.</extracomment>
            <translation>Saisissez une valeur ou utilisez les touches ↑ et ↓</translation>
        </message>
    </context>
    <context>
        <name>SetupPage</name>
        <message>
            <source>Do you have a resistance band at your desk?</source>
            <translation>Avez-vous un élastique de résistance à votre bureau ?</translation>
        </message>
        <message>
            <source>No band</source>
            <translation>Pas d'élastique</translation>
        </message>
        <message>
            <source>Yes, I have a band</source>
            <translation>Oui, j'ai un élastique</translation>
        </message>
        <message>
            <source>Does one side feel weaker (for example, harder to balance or lift on)?</source>
            <translation>Un côté vous semble-t-il plus faible (par exemple, plus difficile pour l'équilibre ou pour soulever) ?</translation>
        </message>
        <message>
            <source>No / not sure</source>
            <translation>Non / je ne sais pas</translation>
        </message>
        <message>
            <source>Left is weaker</source>
            <translation>Le gauche est plus faible</translation>
        </message>
        <message>
            <source>Right is weaker</source>
            <translation>Le droit est plus faible</translation>
        </message>
        <message>
            <source>Does one side feel tighter (for example, in stretches)?</source>
            <translation>Un côté vous semble-t-il plus raide (par exemple, dans les étirements) ?</translation>
        </message>
        <message>
            <source>Left is tighter</source>
            <translation>Le gauche est plus raide</translation>
        </message>
        <message>
            <source>Right is tighter</source>
            <translation>Le droit est plus raide</translation>
        </message>
        <message>
            <source>One-sided strengthening gets an extra set on the weaker side, and one-sided stretches an extra hold on the tighter side. Re-check every couple of weeks.</source>
            <translation>Le renforcement d'un seul côté reçoit une série de plus du côté le plus faible, et les étirements d'un seul côté un maintien de plus du côté le plus raide. Revérifiez toutes les deux ou trois semaines.</translation>
        </message>
    </context>
    <context>
        <name>SignsPage</name>
        <message>
            <source>Tick what sounds familiar. This only picks a starting focus for your exercises; it is not a diagnosis, and you can change it any time.</source>
            <translation>Cochez ce qui vous semble familier. Cela choisit seulement un point de départ pour vos exercices ; ce n'est pas un diagnostic, et vous pouvez le changer à tout moment.</translation>
        </message>
    </context>
    <context>
        <name>StorageGuard</name>
        <message>
            <source>Read-only data folder</source>
            <extracomment>How often an unusable data file is checked again. How long a re-check waits for a lock (it runs on the GUI thread).</extracomment>
            <translation>Dossier de données en lecture seule</translation>
        </message>
        <message>
            <source>Your Counterbalance data folder is read-only, so nothing new can be saved there. Your history can still be viewed. What you log now is kept while Counterbalance runs and saved when the folder can be written again.</source>
            <translation>Votre dossier de données Counterbalance est en lecture seule, rien de nouveau ne peut donc y être enregistré. Votre historique reste consultable. Ce que vous enregistrez maintenant est conservé tant que Counterbalance tourne, et sauvegardé dès que le dossier est de nouveau accessible en écriture.</translation>
        </message>
        <message>
            <source>Your data file</source>
            <translation>Votre fichier de données</translation>
        </message>
        <message>
            <source>Your data file can be used again. Your history is back.</source>
            <translation>Votre fichier de données est de nouveau utilisable. Votre historique est de retour.</translation>
        </message>
        <message>
            <source>Counterbalance cannot save right now: {why}. What you log is kept and saved automatically as soon as possible; you do not need to do anything.</source>
            <translation>Counterbalance ne peut pas enregistrer pour l'instant : {why}. Ce que vous saisissez est conservé et enregistré automatiquement dès que possible ; vous n'avez rien à faire.</translation>
        </message>
        <message>
            <source>Until then it is kept in memory only, so please leave Counterbalance running.</source>
            <translation>D'ici là, tout est gardé en mémoire uniquement : laissez Counterbalance ouvert.</translation>
        </message>
        <message>
            <source>Saving later</source>
            <translation>Enregistrement différé</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Enregistré</translation>
        </message>
        <message>
            <source>Everything you logged has now been saved.</source>
            <translation>Tout ce que vous avez saisi est maintenant enregistré.</translation>
        </message>
        <message>
            <source>Could not save</source>
            <translation>Enregistrement impossible</translation>
        </message>
        <message>
            <source>One entry could not be saved: {why}.</source>
            <translation>Une entrée n'a pas pu être enregistrée : {why}.</translation>
        </message>
    </context>
    <context>
        <name>SummaryPage</name>
        <message>
            <source>Exercise focus</source>
            <translation>Objectif des exercices</translation>
        </message>
        <message>
            <source>Focus:</source>
            <translation>Objectif :</translation>
        </message>
        <message>
            <source>Sessions always start with stretches and then strengthen, in short desk breaks plus one longer daily session. Change the focus, band or weak side later in Settings.</source>
            <translation>Les séances commencent toujours par des étirements puis du renforcement, en courtes pauses au bureau plus une séance quotidienne plus longue. Changez l'objectif, l'élastique ou le côté faible plus tard dans les Réglages.</translation>
        </message>
        <message>
            <source>Start Counterbalance when I log in</source>
            <translation>Lancer Counterbalance à la connexion</translation>
        </message>
        <message>
            <source>Start Counterbalance at login</source>
            <translation>Lancer Counterbalance à la connexion</translation>
        </message>
        <message>
            <source>Breaks only come while Counterbalance is running. You can change this any time in Settings.</source>
            <translation>Les pauses n'arrivent que si Counterbalance est lancé. Vous pouvez le changer à tout moment dans les Réglages.</translation>
        </message>
        <message>
            <source>Suggested from your answers: &lt;b&gt;%1&lt;/b&gt;.</source>
            <translation>Suggéré d'après vos réponses : &lt;b&gt;%1&lt;/b&gt;.</translation>
        </message>
        <message>
            <source>No signs ticked: a balanced start, &lt;b&gt;%1&lt;/b&gt;.</source>
            <translation>Aucun signe coché : un départ équilibré, &lt;b&gt;%1&lt;/b&gt;.</translation>
        </message>
        <message>
            <source>This is a starting point, not a diagnosis.</source>
            <translation>C'est un point de départ, pas un diagnostic.</translation>
        </message>
        <message>
            <source>no weaker side marked</source>
            <translation>aucun côté plus faible indiqué</translation>
        </message>
        <message>
            <source>left side weaker</source>
            <translation>côté gauche plus faible</translation>
        </message>
        <message>
            <source>right side weaker</source>
            <translation>côté droit plus faible</translation>
        </message>
        <message>
            <source>With a resistance band</source>
            <translation>Avec un élastique de résistance</translation>
        </message>
        <message>
            <source>Without equipment</source>
            <translation>Sans équipement</translation>
        </message>
    </context>
    <context>
        <name>SymptomsDialog</name>
        <message>
            <source>Seek emergency care now</source>
            <extracomment>The same advice colours (background, ink) on a dark window. Room for every sign without scrolling on a 1280×800 screen (it scrolls when smaller).</extracomment>
            <translation>Consultez les urgences maintenant</translation>
        </message>
        <message>
            <source>Counterbalance — Check symptoms</source>
            <translation>Counterbalance — Vérifier les symptômes</translation>
        </message>
        <message>
            <source>Check symptoms</source>
            <translation>Vérifier les symptômes</translation>
        </message>
        <message>
            <source>Check your symptoms</source>
            <translation>Vérifiez vos symptômes</translation>
        </message>
        <message>
            <source>A quick safety check</source>
            <translation>Une rapide vérification de sécurité</translation>
        </message>
        <message>
            <source>Advice</source>
            <translation>Conseil</translation>
        </message>
        <message>
            <source>Check (Enter)</source>
            <translation>Vérifier (Entrée)</translation>
        </message>
        <message>
            <source>Check the ticked signs</source>
            <translation>Vérifier les signes cochés</translation>
        </message>
        <message>
            <source>Close (Esc)</source>
            <translation>Fermer (Échap)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
    </context>
    <context>
        <name>SyncFlow</name>
        <message>
            <source>Sync</source>
            <extracomment>The slow poll that backs up the file watcher. How often activity is noted and the other computers' notes read. Wait after a write or a folder change before a pass (changes come in bursts). Idle readings below this count as "active now" for the note. app_state keys of the one-off notices. Offers to remove this computer's files when sync is left or all data deleted. Made with the first folder to watch: a tray with sync off keeps no inotify.</extracomment>
            <translation>Synchronisation</translation>
        </message>
    </context>
    <context>
        <name>SyncLeaveDialog</name>
        <message numerus="yes">
            <source>Your data on this computer was deleted. The sync folder {folder} still holds this computer's history as it was shared: %n file(s), {size}.</source>
            <translation>
                <numerusform>Vos données sur cet ordinateur ont été supprimées. Le dossier synchronisé {folder} contient encore l’historique partagé de cet ordinateur : %n fichier, {size}.</numerusform>
                <numerusform>Vos données sur cet ordinateur ont été supprimées. Le dossier synchronisé {folder} contient encore l’historique partagé de cet ordinateur : %n fichiers, {size}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Sync is off. The sync folder {folder} still holds this computer's history: %n file(s), {size}.</source>
            <translation>
                <numerusform>La synchronisation est désactivée. Le dossier synchronisé {folder} contient encore l’historique de cet ordinateur : %n fichier, {size}.</numerusform>
                <numerusform>La synchronisation est désactivée. Le dossier synchronisé {folder} contient encore l’historique de cet ordinateur : %n fichiers, {size}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>It also holds the files of %n other computer(s); they are not touched.</source>
            <translation>
                <numerusform>Il contient aussi les fichiers de %n autre ordinateur ; ils ne sont pas modifiés.</numerusform>
                <numerusform>Il contient aussi les fichiers de %n autres ordinateurs ; ils ne sont pas modifiés.</numerusform>
            </translation>
        </message>
        <message>
            <source>Remove this computer's files from the folder? Your other computers keep what they already imported.</source>
            <translation>Retirer les fichiers de cet ordinateur du dossier ? Vos autres ordinateurs gardent ce qu’ils ont déjà importé.</translation>
        </message>
        <message>
            <source>Counterbalance — Sync folder</source>
            <translation>Counterbalance — Dossier synchronisé</translation>
        </message>
        <message>
            <source>&amp;Remove this computer's files</source>
            <translation>&amp;Retirer les fichiers de cet ordinateur</translation>
        </message>
        <message>
            <source>&amp;Keep them</source>
            <translation>&amp;Les garder</translation>
        </message>
    </context>
    <context>
        <name>SyncNotices</name>
        <message>
            <source>The sync folder can be used again.</source>
            <translation>Le dossier synchronisé est de nouveau utilisable.</translation>
        </message>
        <message>
            <source>Another computer runs a newer Counterbalance; update this one to see everything it shared.</source>
            <translation>Un autre ordinateur utilise une version plus récente de Counterbalance ; mettez celui-ci à jour pour voir tout ce qu’il a partagé.</translation>
        </message>
        <message>
            <source>Another Counterbalance writes to this computer's files in the sync folder (a copied installation?). Its events are kept; give each computer its own data folder.</source>
            <translation>Un autre Counterbalance écrit dans les fichiers de cet ordinateur dans le dossier synchronisé (une installation copiée ?). Ses événements sont conservés ; donnez à chaque ordinateur son propre dossier de données.</translation>
        </message>
        <message>
            <source>Sync stays off: the folder {folder} holds Counterbalance's own data folder (or lies inside it), and a database must not be synced. Choose another folder.</source>
            <translation>La synchronisation reste désactivée : le dossier {folder} contient le dossier de données de Counterbalance (ou se trouve à l’intérieur), et une base de données ne doit pas être synchronisée. Choisissez un autre dossier.</translation>
        </message>
        <message>
            <source>The sync folder {folder} is missing (a drive not mounted?). Your history is kept here and shared once it is back.</source>
            <translation>Le dossier synchronisé {folder} est introuvable (un disque non monté ?). Votre historique est conservé ici et partagé dès son retour.</translation>
        </message>
        <message>
            <source>Counterbalance may not write to the sync folder {folder}. Your history is kept here and shared once it can.</source>
            <translation>Counterbalance n’a pas le droit d’écrire dans le dossier synchronisé {folder}. Votre historique est conservé ici et partagé dès que possible.</translation>
        </message>
        <message>
            <source>The sync folder {folder} cannot be used now. Your history is kept here and shared once it can.</source>
            <translation>Le dossier synchronisé {folder} est inutilisable pour l’instant. Votre historique est conservé ici et partagé dès que possible.</translation>
        </message>
    </context>
    <context>
        <name>SyncSettingsPage</name>
        <message>
            <source>Sync with other computers</source>
            <translation>Synchroniser avec d’autres ordinateurs</translation>
        </message>
        <message>
            <source>Keep one history on all your computers through a folder you already sync (Syncthing, Dropbox, Nextcloud, a network share). Each computer writes its own files there; the database stays on each computer.</source>
            <translation>Un seul historique sur tous vos ordinateurs via un dossier que vous synchronisez déjà (Syncthing, Dropbox, Nextcloud, un partage réseau). Chaque ordinateur y écrit ses propres fichiers ; la base de données reste sur chaque ordinateur.</translation>
        </message>
        <message>
            <source>Share my history with my other computers</source>
            <translation>Partager mon historique avec mes autres ordinateurs</translation>
        </message>
        <message>
            <source>Synced &amp;folder:</source>
            <translation>&amp;Dossier synchronisé :</translation>
        </message>
        <message>
            <source>Synced folder</source>
            <translation>Dossier synchronisé</translation>
        </message>
        <message>
            <source>Choose a folder your sync tool shares</source>
            <translation>Choisissez un dossier que votre outil de synchronisation partage</translation>
        </message>
        <message>
            <source>&amp;Choose…</source>
            <translation>&amp;Choisir…</translation>
        </message>
        <message>
            <source>Choose the synced folder</source>
            <translation>Choisir le dossier synchronisé</translation>
        </message>
        <message>
            <source>This computer's &amp;name:</source>
            <translation>&amp;Nom de cet ordinateur :</translation>
        </message>
        <message>
            <source>This computer's name</source>
            <translation>Nom de cet ordinateur</translation>
        </message>
        <message>
            <source>Choose a folder to turn sync on.</source>
            <translation>Choisissez un dossier pour activer la synchronisation.</translation>
        </message>
        <message>
            <source>What the sync tool can see: the files are plain text. Anyone who can read the folder (the sync tool, a cloud provider's servers, every device it is shared with) can read every break, session, exercise set, pain rating with its body region, safety answers, each computer's name and time zone, and when you were active at it. Use a folder only your own devices share, ideally without a third-party server or with end-to-end encryption.</source>
            <translation>Ce que l’outil de synchronisation voit : les fichiers sont en clair. Quiconque peut lire le dossier (l’outil de synchronisation, les serveurs d’un fournisseur cloud, chaque appareil avec lequel il est partagé) peut lire chaque pause, séance, série d’exercices, note de douleur avec sa région du corps, les réponses de sécurité, le nom et le fuseau horaire de chaque ordinateur, et quand vous y étiez actif. Utilisez un dossier que seuls vos appareils partagent, idéalement sans serveur tiers ou avec un chiffrement de bout en bout.</translation>
        </message>
    </context>
    <context>
        <name>Tray</name>
        <message>
            <source>paused until you resume</source>
            <extracomment>The status line changes by itself (a countdown): refresh it every minute.</extracomment>
            <translation>en pause jusqu'à reprise</translation>
        </message>
        <message>
            <source>paused until {time}</source>
            <translation>en pause jusqu'à {time}</translation>
        </message>
        <message>
            <source>fullscreen</source>
            <translation>plein écran</translation>
        </message>
        <message>
            <source>do not disturb</source>
            <translation>ne pas déranger</translation>
        </message>
        <message>
            <source>quiet: {reason}</source>
            <translation>calme : {reason}</translation>
        </message>
        <message>
            <source>outside working hours</source>
            <translation>hors des heures de travail</translation>
        </message>
        <message>
            <source>time for a break</source>
            <translation>c'est l'heure d'une pause</translation>
        </message>
        <message>
            <source>session in progress</source>
            <translation>séance en cours</translation>
        </message>
        <message>
            <source>away from the desk: that counts as a break</source>
            <translation>loin du bureau : ça compte comme une pause</translation>
        </message>
        <message>
            <source>waiting for activity</source>
            <translation>en attente d'activité</translation>
        </message>
        <message>
            <source>next break in under a minute</source>
            <translation>prochaine pause dans moins d'une minute</translation>
        </message>
        <message>
            <source>snoozed: next break in {n} min</source>
            <translation>reportée : prochaine pause dans {n} min</translation>
        </message>
        <message>
            <source>next break in {n} min</source>
            <translation>prochaine pause dans {n} min</translation>
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
            <translation>&amp;Commencer une séance maintenant</translation>
        </message>
        <message>
            <source>S&amp;nooze {n} min</source>
            <translation>&amp;Reporter de {n} min</translation>
        </message>
        <message>
            <source>&amp;Resume reminders</source>
            <translation>&amp;Reprendre les rappels</translation>
        </message>
        <message>
            <source>&amp;Pause 1 h</source>
            <translation>&amp;Pause 1 h</translation>
        </message>
        <message>
            <source>Pause &amp;for…</source>
            <translation>Mettre en pause &amp;pendant…</translation>
        </message>
        <message>
            <source>30 minutes</source>
            <translation>30 minutes</translation>
        </message>
        <message>
            <source>Until tomorrow</source>
            <translation>Jusqu'à demain</translation>
        </message>
        <message>
            <source>Until I resume</source>
            <translation>Jusqu'à ce que je reprenne</translation>
        </message>
        <message>
            <source>Pro&amp;gress…</source>
            <translation>Pro&amp;grès…</translation>
        </message>
        <message>
            <source>Rate &amp;today's pain…</source>
            <translation>Noter la douleur d'&amp;aujourd'hui…</translation>
        </message>
        <message>
            <source>&amp;Check symptoms…</source>
            <translation>&amp;Vérifier les symptômes…</translation>
        </message>
        <message>
            <source>S&amp;ettings…</source>
            <translation>Ré&amp;glages…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
    </context>
    <context>
        <name>TrayShell</name>
        <message>
            <source>not set up yet: breaks start after the welcome</source>
            <extracomment>How often the tooltip's "next break in N min" is refreshed while counting. The intents a tray icon and the no-tray window both emit, forwarded by the shell (the signals of :class:`TrayIntents`).</extracomment>
            <translation>pas encore configuré : les pauses commencent après l’accueil</translation>
        </message>
        <message>
            <source>starting…</source>
            <translation>démarrage…</translation>
        </message>
        <message>
            <source>session in progress</source>
            <translation>séance en cours</translation>
        </message>
    </context>
    <context>
        <name>UncaughtErrors</name>
        <message>
            <source>Counterbalance — Something went wrong</source>
            <translation>Counterbalance — Une erreur s'est produite</translation>
        </message>
        <message>
            <source>Something went wrong inside Counterbalance. It keeps running, and what you logged so far is kept. The details were written to the log file (counterbalance.log in the data folder).</source>
            <translation>Une erreur s'est produite dans Counterbalance. Il continue de fonctionner et ce que vous avez enregistré est conservé. Les détails ont été écrits dans le fichier journal (counterbalance.log dans le dossier de données).</translation>
        </message>
    </context>
    <context>
        <name>UserWindows</name>
        <message>
            <source>Please get checked</source>
            <translation>Faites-vous examiner</translation>
        </message>
    </context>
    <context>
        <name>guard</name>
        <message>
            <source>another program is using the data file</source>
            <translation>un autre programme utilise le fichier de données</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>le disque est plein</translation>
        </message>
        <message>
            <source>Counterbalance is not allowed to open the data file</source>
            <translation>Counterbalance n'a pas le droit d'ouvrir le fichier de données</translation>
        </message>
        <message>
            <source>the data folder is read-only</source>
            <translation>le dossier de données est en lecture seule</translation>
        </message>
        <message>
            <source>the disk reported an error (it may be full)</source>
            <translation>le disque a signalé une erreur (il est peut-être plein)</translation>
        </message>
        <message>
            <source>the data file is damaged</source>
            <translation>le fichier de données est endommagé</translation>
        </message>
        <message>
            <source>the data file cannot be used</source>
            <translation>le fichier de données ne peut pas être utilisé</translation>
        </message>
    </context>
</TS>