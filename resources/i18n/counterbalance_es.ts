<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>BreakPreparation</name>
        <message>
            <source>Some exercises were left out</source>
            <translation>Se han dejado fuera algunos ejercicios</translation>
        </message>
    </context>
    <context>
        <name>BreakPrompt</name>
        <message>
            <source>Counterbalance — Time for a break</source>
            <extracomment>Gap between the prompt and the screen's panels/edges. Width of the prompt (height follows the content), wider only when its buttons need it. Window flags while the prompt must not take focus.</extracomment>
            <translation>Counterbalance — Hora de una pausa</translation>
        </message>
        <message>
            <source>Time for a break</source>
            <translation>Hora de una pausa</translation>
        </message>
        <message numerus="yes">
            <source>Snooze for %n minute(s)</source>
            <translation>
                <numerusform>Posponer %n minuto</numerusform>
                <numerusform>Posponer %n minutos</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BreaksPage</name>
        <message>
            <source>Breaks</source>
            <translation>Pausas</translation>
        </message>
        <message>
            <source>Microbreaks</source>
            <translation>Micropausas</translation>
        </message>
        <message>
            <source>Minutes between breaks</source>
            <translation>Minutos entre pausas</translation>
        </message>
        <message>
            <source>Break every</source>
            <translation>Pausa cada</translation>
        </message>
        <message>
            <source>Vary each interval by</source>
            <translation>Variar cada intervalo en</translation>
        </message>
        <message>
            <source>Vary by up to ±</source>
            <translation>Variar hasta ±</translation>
        </message>
        <message>
            <source>Idle minutes that count</source>
            <translation>Minutos de inactividad que cuentan</translation>
        </message>
        <message>
            <source>Idle time that counts</source>
            <translation>Inactividad que cuenta</translation>
        </message>
        <message>
            <source>Notice before a break</source>
            <translation>Aviso antes de una pausa</translation>
        </message>
        <message>
            <source>Notice ahead</source>
            <translation>Aviso previo</translation>
        </message>
        <message>
            <source>Snooze</source>
            <translation>Posponer</translation>
        </message>
        <message>
            <source>Snooze times in minutes</source>
            <translation>Tiempos de aplazamiento en minutos</translation>
        </message>
        <message>
            <source>Minutes, separated by commas (up to {n}).</source>
            <translation>Minutos separados por comas (hasta {n}).</translation>
        </message>
        <message>
            <source>Snooze times</source>
            <translation>Tiempos de aplazamiento</translation>
        </message>
        <message>
            <source>Snoozes allowed per break</source>
            <translation>Aplazamientos permitidos por pausa</translation>
        </message>
        <message>
            <source>Snoozes per break</source>
            <translation>Aplazamientos por pausa</translation>
        </message>
        <message>
            <source>{lo}–{hi} min is recommended.</source>
            <translation>Se recomiendan {lo}–{hi} min.</translation>
        </message>
        <message>
            <source>{lo}–{hi} min is recommended; breaks this often may interrupt focused work.</source>
            <translation>Se recomiendan {lo}–{hi} min; pausas tan frecuentes pueden interrumpir el trabajo concentrado.</translation>
        </message>
        <message>
            <source>{lo}–{hi} min is recommended; sitting longer than an hour adds up.</source>
            <translation>Se recomiendan {lo}–{hi} min; estar sentado más de una hora se acumula.</translation>
        </message>
    </context>
    <context>
        <name>Catalog</name>
        <message>
            <source>Back pain that gets worse when you bend forward</source>
            <extracomment>Conditions and set-ups that rule an exercise out (field ``contraindications``); the user declares the ones that apply to them and the planner leaves those exercises out. The texts are English source strings (translation context "Catalog").</extracomment>
            <translation>Dolor de espalda que empeora al inclinarse hacia delante</translation>
        </message>
        <message>
            <source>Osteoporosis or low bone density</source>
            <translation>Osteoporosis o baja densidad ósea</translation>
        </message>
        <message>
            <source>Dizziness, high blood pressure or glaucoma when the head is below the heart</source>
            <translation>Mareo, tensión alta o glaucoma cuando la cabeza queda por debajo del corazón</translation>
        </message>
        <message>
            <source>My chair reclines or rolls on wheels</source>
            <translation>Mi silla se reclina o tiene ruedas</translation>
        </message>
        <message>
            <source>A shoulder that has dislocated or feels unstable</source>
            <translation>Un hombro que se ha dislocado o que se nota inestable</translation>
        </message>
        <message>
            <source>Pregnant, or gave birth in the last 6 months</source>
            <translation>Embarazada, o ha dado a luz en los últimos 6 meses</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>keep every file the app writes in DIR (default: the per-user data dir)</source>
            <translation>guardar todos los archivos de la app en DIR (por defecto: la carpeta de datos del usuario)</translation>
        </message>
        <message>
            <source>testing/demo aid for the tray app: multiply every duration (interval, holds, countdowns) by F, 0 &lt; F &lt;= 1</source>
            <translation>ayuda para pruebas y demostraciones de la app: multiplicar cada duración (intervalo, mantenimientos, cuentas atrás) por F, 0 &lt; F &lt;= 1</translation>
        </message>
        <message>
            <source>Desk microbreaks and guided stretch and core sessions, in the tray. Without a command, runs the tray app.</source>
            <translation>Micropausas en el escritorio y sesiones guiadas de estiramiento y core, en la bandeja del sistema. Sin un comando, inicia la app.</translation>
        </message>
        <message>
            <source>print the version and exit</source>
            <translation>mostrar la versión y salir</translation>
        </message>
        <message>
            <source>run the tray app (the default)</source>
            <translation>iniciar la app en la bandeja (por defecto)</translation>
        </message>
        <message>
            <source>make the running instance start a session now</source>
            <translation>hacer que la app en marcha empiece una sesión ahora</translation>
        </message>
        <message>
            <source>ask the running instance to quit</source>
            <translation>pedir a la app en marcha que se cierre</translation>
        </message>
        <message>
            <source>open the running instance's progress window</source>
            <translation>abrir la ventana de progreso de la app en marcha</translation>
        </message>
        <message>
            <source>open the running instance's settings</source>
            <translation>abrir los ajustes de la app en marcha</translation>
        </message>
        <message>
            <source>print weekly adherence and pain</source>
            <translation>mostrar las pausas hechas y el dolor por semana</translation>
        </message>
        <message>
            <source>show the last N weeks (8)</source>
            <translation>mostrar las últimas N semanas (8)</translation>
        </message>
        <message>
            <source>print JSON</source>
            <translation>mostrar JSON</translation>
        </message>
        <message>
            <source>list the exercise catalog</source>
            <translation>listar el catálogo de ejercicios</translation>
        </message>
        <message>
            <source>export the raw events as CSV</source>
            <translation>exportar los eventos sin procesar como CSV</translation>
        </message>
        <message>
            <source>write one CSV file per event table into DIR</source>
            <translation>escribir un archivo CSV por tabla de eventos en DIR</translation>
        </message>
        <message>
            <source>write a one-page PDF report</source>
            <translation>escribir un informe PDF de una página</translation>
        </message>
        <message>
            <source>write the report to FILE</source>
            <translation>escribir el informe en FILE</translation>
        </message>
        <message>
            <source>cover the last N weeks (12)</source>
            <translation>abarcar las últimas N semanas (12)</translation>
        </message>
        <message>
            <source>fill the data dir with synthetic history</source>
            <translation>llenar la carpeta de datos con un historial ficticio</translation>
        </message>
        <message>
            <source>years of history to make (1)</source>
            <translation>años de historial que crear (1)</translation>
        </message>
        <message>
            <source>random seed, for the same data again (1)</source>
            <translation>semilla aleatoria, para obtener los mismos datos otra vez (1)</translation>
        </message>
        <message>
            <source>counterbalance: the instance endpoint for %1 is held by another user's process; nothing was sent to it.</source>
            <translation>counterbalance: el punto de acceso de la app para %1 lo tiene un proceso de otro usuario; no se le envió nada.</translation>
        </message>
        <message>
            <source>counterbalance: the running Counterbalance did not answer.</source>
            <translation>counterbalance: el Counterbalance en marcha no respondió.</translation>
        </message>
        <message>
            <source>counterbalance: no running Counterbalance found for %1.
Start it first with `counterbalance` (add the same --data-dir if you used one).</source>
            <translation>counterbalance: no se encontró ningún Counterbalance en marcha para %1.
Inícielo primero con `counterbalance` (añada el mismo --data-dir si usó uno).</translation>
        </message>
        <message>
            <source>counterbalance: cannot use the data dir: %1</source>
            <translation>counterbalance: no se puede usar la carpeta de datos: %1</translation>
        </message>
        <message>
            <source>counterbalance export: give a folder with --csv DIR</source>
            <translation>counterbalance export: indique una carpeta con --csv DIR</translation>
        </message>
        <message>
            <source>counterbalance export: cannot write to %1: %2</source>
            <translation>counterbalance export: no se puede escribir en %1: %2</translation>
        </message>
        <message>
            <source>counterbalance export: cannot read your data: %1</source>
            <translation>counterbalance export: no se pueden leer sus datos: %1</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n CSV file(s) to %1: %2</source>
            <translation>
                <numerusform>Se escribió %n archivo CSV en %1: %2</numerusform>
                <numerusform>Se escribieron %n archivos CSV en %1: %2</numerusform>
            </translation>
        </message>
        <message>
            <source>counterbalance report: give a file with --pdf FILE</source>
            <translation>counterbalance report: indique un archivo con --pdf FILE</translation>
        </message>
        <message>
            <source>counterbalance report: cannot write %1: %2</source>
            <translation>counterbalance report: no se puede escribir %1: %2</translation>
        </message>
        <message numerus="yes">
            <source>Wrote the report for %n week(s) to %1</source>
            <translation>
                <numerusform>Informe de %n semana escrito en %1</numerusform>
                <numerusform>Informe de %n semanas escrito en %1</numerusform>
            </translation>
        </message>
        <message>
            <source>week</source>
            <translation>semana</translation>
        </message>
        <message>
            <source>prompted</source>
            <translation>avisadas</translation>
        </message>
        <message>
            <source>done</source>
            <translation>hechas</translation>
        </message>
        <message>
            <source>adher.</source>
            <translation>cumpl.</translation>
        </message>
        <message>
            <source>user</source>
            <translation>propias</translation>
        </message>
        <message>
            <source>min</source>
            <translation>min</translation>
        </message>
        <message>
            <source>pain before</source>
            <translation>dolor antes</translation>
        </message>
        <message>
            <source>after</source>
            <translation>después</translation>
        </message>
        <message numerus="yes">
            <source>Current streak: %n day(s)</source>
            <translation>
                <numerusform>Racha actual: %n día</numerusform>
                <numerusform>Racha actual: %n días</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>(longest %n day(s)).</source>
            <translation>
                <numerusform>(la más larga: %n día).</numerusform>
                <numerusform>(la más larga: %n días).</numerusform>
            </translation>
        </message>
        <message>
            <source>* meaningful change in weekly pain (≥ 2 points or ≥ 30 %).</source>
            <translation>* cambio notable del dolor semanal (≥ 2 puntos o ≥ 30 %).</translation>
        </message>
        <message>
            <source>counterbalance stats: --weeks must be 1–520, got %1</source>
            <translation>counterbalance stats: --weeks debe ser 1–520, se recibió %1</translation>
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
            <translation>Equipo mostrado</translation>
        </message>
        <message>
            <source>Show the history of all your computers, or of one</source>
            <translation>Mostrar el historial de todos tus equipos o de uno solo</translation>
        </message>
        <message>
            <source>All computers</source>
            <translation>Todos los equipos</translation>
        </message>
        <message>
            <source>Co&amp;mputer:</source>
            <translation>E&amp;quipo:</translation>
        </message>
        <message>
            <source>Computer {id}</source>
            <translation>Equipo {id}</translation>
        </message>
        <message>
            <source>{name} (this computer)</source>
            <translation>{name} (este equipo)</translation>
        </message>
    </context>
    <context>
        <name>ConditionsPage</name>
        <message>
            <source>Tick what applies to you. Counterbalance then leaves out the exercises that are not advised for it. You can change this later in Settings.</source>
            <translation>Marque lo que se aplique a usted. Counterbalance dejará fuera los ejercicios no recomendados en ese caso. Puede cambiarlo más tarde en Configuración.</translation>
        </message>
    </context>
    <context>
        <name>CountdownRing</name>
        <message>
            <source>Countdown</source>
            <extracomment>Smallest countdown: a 1080p screen at 200 % leaves about 940×440 for the window.</extracomment>
            <translation>Cuenta atrás</translation>
        </message>
    </context>
    <context>
        <name>CounterbalanceApp</name>
        <message>
            <source>Could not save</source>
            <extracomment>How long quitting waits for notices to be taken off the screen. Marker file in the data dir: the "no idle backend" notice was given (issue 13 §4). Exit status when the data dir cannot be used, and when another instance blocks. Slow reads and first imports run here, off the GUI thread.</extracomment>
            <translation>No se pudo guardar</translation>
        </message>
        <message>
            <source>Counterbalance — Not started</source>
            <translation>Counterbalance — No iniciado</translation>
        </message>
        <message>
            <source>Counterbalance did not start: {reason}</source>
            <translation>Counterbalance no se inició: {reason}</translation>
        </message>
    </context>
    <context>
        <name>CoverageRow</name>
        <message>
            <source>Body regions worked this week</source>
            <translation>Zonas del cuerpo trabajadas esta semana</translation>
        </message>
        <message>
            <source>Worked this week:</source>
            <translation>Trabajado esta semana:</translation>
        </message>
        <message>
            <source>%1: not yet</source>
            <translation>%1: todavía no</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n body region(s) worked this week</source>
            <translation>
                <numerusform>%1 de %n zona del cuerpo trabajada esta semana</numerusform>
                <numerusform>%1 de %n zonas del cuerpo trabajadas esta semana</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DayPainDialog</name>
        <message>
            <source>Counterbalance — Your day</source>
            <translation>Counterbalance — Su día</translation>
        </message>
        <message>
            <source>Average pain today</source>
            <translation>Dolor medio de hoy</translation>
        </message>
        <message>
            <source>Confirm (Enter)</source>
            <translation>Confirmar (Intro)</translation>
        </message>
        <message>
            <source>Confirm rating</source>
            <translation>Confirmar valoración</translation>
        </message>
        <message>
            <source>Skip (Esc)</source>
            <translation>Saltar (Esc)</translation>
        </message>
        <message>
            <source>Skip rating</source>
            <translation>Saltar valoración</translation>
        </message>
    </context>
    <context>
        <name>DisclaimerPage</name>
        <message>
            <source>Before you start, please read this:</source>
            <translation>Antes de empezar, lea esto:</translation>
        </message>
        <message>
            <source>I have read and understood this</source>
            <translation>Lo he leído y entendido</translation>
        </message>
        <message>
            <source>I have read and understood the disclaimer</source>
            <translation>He leído y entendido el aviso</translation>
        </message>
        <message>
            <source>Exercise should feel like mild tension, never sharp pain. You can check warning signs at any time with “Check symptoms”.</source>
            <translation>El ejercicio debe sentirse como una tensión leve, nunca como un dolor agudo. Puede comprobar los signos de alarma en cualquier momento con «Comprobar síntomas».</translation>
        </message>
    </context>
    <context>
        <name>DonePage</name>
        <message>
            <source>Close (Enter)</source>
            <translation>Cerrar (Intro)</translation>
        </message>
        <message>
            <source>Close window</source>
            <translation>Cerrar ventana</translation>
        </message>
        <message>
            <source>Well done!</source>
            <translation>¡Muy bien!</translation>
        </message>
        <message>
            <source>Session ended</source>
            <translation>Sesión terminada</translation>
        </message>
        <message>
            <source>Session skipped</source>
            <translation>Sesión saltada</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n exercise(s) done</source>
            <translation>
                <numerusform>%1 de %n ejercicio hecho</numerusform>
                <numerusform>%1 de %n ejercicios hechos</numerusform>
            </translation>
        </message>
        <message>
            <source>Pain %1/10 before, %2/10 after</source>
            <translation>Dolor %1/10 antes, %2/10 después</translation>
        </message>
    </context>
    <context>
        <name>ExercisePage</name>
        <message>
            <source>Demonstration</source>
            <extracomment>Smallest figure (the ring has its own, ``countdown_ring.RING_MIN_PX``): a 1080p screen at 200 % leaves about 940×440.</extracomment>
            <translation>Demostración</translation>
        </message>
        <message>
            <source>← Back</source>
            <translation>← Atrás</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Atrás</translation>
        </message>
        <message>
            <source>Pause (Space)</source>
            <translation>Pausa (Espacio)</translation>
        </message>
        <message>
            <source>Pause or resume</source>
            <translation>Pausar o reanudar</translation>
        </message>
        <message>
            <source>Skip set →</source>
            <translation>Saltar serie →</translation>
        </message>
        <message>
            <source>Skip this set</source>
            <translation>Saltar esta serie</translation>
        </message>
        <message>
            <source>End (Esc)</source>
            <extracomment>Says what the last → skipped, until the next set is under way.</extracomment>
            <translation>Terminar (Esc)</translation>
        </message>
        <message>
            <source>End session</source>
            <translation>Terminar la sesión</translation>
        </message>
        <message>
            <source>Next: %1</source>
            <translation>Siguiente: %1</translation>
        </message>
        <message>
            <source>Last exercise</source>
            <translation>Último ejercicio</translation>
        </message>
        <message>
            <source>Set %1 of %2</source>
            <translation>Serie %1 de %2</translation>
        </message>
        <message>
            <source>Resume (Space)</source>
            <translation>Reanudar (Espacio)</translation>
        </message>
        <message>
            <source>Switch sides: %1</source>
            <translation>Cambie de lado: %1</translation>
        </message>
        <message>
            <source>Get ready: %1</source>
            <translation>Prepárese: %1</translation>
        </message>
        <message>
            <source>Get ready</source>
            <translation>Prepárese</translation>
        </message>
        <message>
            <source>get ready</source>
            <translation>prepárese</translation>
        </message>
        <message>
            <source>Hold</source>
            <translation>Mantenga</translation>
        </message>
        <message>
            <source>hold %1 of %2</source>
            <translation>mantenimiento %1 de %2</translation>
        </message>
        <message numerus="yes">
            <source>second(s)</source>
            <translation>
                <numerusform>segundo</numerusform>
                <numerusform>segundos</numerusform>
            </translation>
        </message>
        <message>
            <source>Relax</source>
            <translation>Relaje</translation>
        </message>
        <message>
            <source>next: hold %1 of %2</source>
            <translation>siguiente: mantenimiento %1 de %2</translation>
        </message>
        <message>
            <source>Rep %1 of %2</source>
            <translation>Repetición %1 de %2</translation>
        </message>
        <message>
            <source>%1 s per rep</source>
            <translation>%1 s por repetición</translation>
        </message>
        <message>
            <source>Paused — press Space to continue</source>
            <translation>En pausa — pulse Espacio para continuar</translation>
        </message>
    </context>
    <context>
        <name>ExercisesPage</name>
        <message>
            <source>Exercises</source>
            <translation>Ejercicios</translation>
        </message>
        <message>
            <source>Your exercises</source>
            <translation>Sus ejercicios</translation>
        </message>
        <message>
            <source>Exercise focus</source>
            <translation>Enfoque de los ejercicios</translation>
        </message>
        <message>
            <source>Focus</source>
            <translation>Enfoque</translation>
        </message>
        <message>
            <source>No band</source>
            <translation>Sin banda</translation>
        </message>
        <message>
            <source>Resistance band</source>
            <translation>Banda elástica</translation>
        </message>
        <message>
            <source>Equipment at your desk</source>
            <translation>Material en su escritorio</translation>
        </message>
        <message>
            <source>Equipment</source>
            <translation>Material</translation>
        </message>
        <message>
            <source>Neither / not sure</source>
            <translation>Ninguno / no lo sé</translation>
        </message>
        <message>
            <source>Left side is weaker</source>
            <translation>El lado izquierdo es más débil</translation>
        </message>
        <message>
            <source>Right side is weaker</source>
            <translation>El lado derecho es más débil</translation>
        </message>
        <message>
            <source>Weaker side</source>
            <translation>Lado más débil</translation>
        </message>
        <message>
            <source>Left side is tighter</source>
            <translation>El lado izquierdo está más rígido</translation>
        </message>
        <message>
            <source>Right side is tighter</source>
            <translation>El lado derecho está más rígido</translation>
        </message>
        <message>
            <source>Tighter side</source>
            <translation>Lado más rígido</translation>
        </message>
        <message>
            <source>Leave out exercises not advised for:</source>
            <translation>Dejar fuera los ejercicios no recomendados en caso de:</translation>
        </message>
        <message>
            <source>Daily session</source>
            <translation>Sesión diaria</translation>
        </message>
        <message>
            <source>Remind me of a longer daily session</source>
            <translation>Recordarme una sesión diaria más larga</translation>
        </message>
        <message>
            <source>Daily session time</source>
            <translation>Hora de la sesión diaria</translation>
        </message>
        <message>
            <source>Reminder at</source>
            <translation>Aviso a las</translation>
        </message>
        <message>
            <source>Your local time, every day.</source>
            <translation>Su hora local, cada día.</translation>
        </message>
        <message>
            <source>Pain ratings</source>
            <translation>Valoraciones del dolor</translation>
        </message>
        <message>
            <source>Share of microbreaks asking pain</source>
            <translation>Proporción de micropausas que preguntan por el dolor</translation>
        </message>
        <message>
            <source>Ask on</source>
            <translation>Preguntar en</translation>
        </message>
        <message>
            <source>of microbreaks, before and after.</source>
            <translation>de las micropausas, antes y después.</translation>
        </message>
        <message>
            <source>The 0–10 ratings show whether the exercises help you. 100 % asks every time; 0 % never asks during microbreaks.</source>
            <translation>Las valoraciones de 0 a 10 muestran si los ejercicios le ayudan. 100 % pregunta siempre; 0 % nunca pregunta en las micropausas.</translation>
        </message>
        <message>
            <source>Ask how each exercise felt in microbreaks</source>
            <translation>Preguntar cómo fue cada ejercicio en las micropausas</translation>
        </message>
        <message>
            <source>Off: one optional question at the end of a microbreak. Daily sessions always ask after each exercise.</source>
            <translation>Desactivado: una pregunta opcional al final de una micropausa. Las sesiones diarias siempre preguntan tras cada ejercicio.</translation>
        </message>
    </context>
    <context>
        <name>FeelPage</name>
        <message>
            <source>Easy  (E)</source>
            <translation>Fácil  (E)</translation>
        </message>
        <message>
            <source>Felt easy</source>
            <translation>Fue fácil</translation>
        </message>
        <message>
            <source>OK  (O)</source>
            <translation>Bien  (O)</translation>
        </message>
        <message>
            <source>Felt OK</source>
            <translation>Fue bien</translation>
        </message>
        <message>
            <source>Hard  (H)</source>
            <translation>Difícil  (H)</translation>
        </message>
        <message>
            <source>Felt hard</source>
            <translation>Fue difícil</translation>
        </message>
        <message>
            <source>Any pain during it? (optional, 0–10)</source>
            <translation>¿Algún dolor durante el ejercicio? (opcional, 0–10)</translation>
        </message>
        <message>
            <source>Skip question (Esc)</source>
            <translation>Saltar pregunta (Esc)</translation>
        </message>
        <message>
            <source>Skip question</source>
            <translation>Saltar pregunta</translation>
        </message>
        <message>
            <source>New numbness, tingling or weakness…</source>
            <translation>Entumecimiento, hormigueo o debilidad nuevos…</translation>
        </message>
        <message>
            <source>Report new numbness, tingling or weakness</source>
            <translation>Indicar entumecimiento, hormigueo o debilidad nuevos</translation>
        </message>
        <message>
            <source>Pain above 5 during an exercise is more than it should be: this one will be eased next time. Sharp pain, numbness or tingling? Stop and check your symptoms.</source>
            <translation>Un dolor por encima de 5 durante un ejercicio es más de lo debido: este se suavizará la próxima vez. ¿Dolor agudo, entumecimiento u hormigueo? Pare y compruebe sus síntomas.</translation>
        </message>
        <message>
            <source>How did “%1” feel?</source>
            <translation>¿Qué tal «%1»?</translation>
        </message>
        <message>
            <source>Done! How did this break feel?</source>
            <translation>¡Hecho! ¿Qué tal esta pausa?</translation>
        </message>
        <message>
            <source>Optional: press E, O or H to finish.</source>
            <translation>Opcional: pulse E, O o H para terminar.</translation>
        </message>
        <message numerus="yes">
            <source>Optional: this window closes by itself in %n s.</source>
            <translation>
                <numerusform>Opcional: esta ventana se cierra sola en %n s.</numerusform>
                <numerusform>Opcional: esta ventana se cierra sola en %n s.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FigureWidget</name>
        <message>
            <source>Exercise demonstration</source>
            <translation>Demostración del ejercicio</translation>
        </message>
        <message>
            <source>An animated figure shows how to do the exercise.</source>
            <translation>Una figura animada muestra cómo hacer el ejercicio.</translation>
        </message>
        <message>
            <source>Press Space to pause or play the demonstration</source>
            <translation>Pulse Espacio para pausar o reanudar la demostración</translation>
        </message>
        <message>
            <source> (other side)</source>
            <translation> (otro lado)</translation>
        </message>
        <message>
            <source>Animated figure: {name}{side}. {description}</source>
            <translation>Figura animada: {name}{side}. {description}</translation>
        </message>
        <message>
            <source>No exercise</source>
            <translation>Ningún ejercicio</translation>
        </message>
    </context>
    <context>
        <name>GeneralPage</name>
        <message>
            <source>General</source>
            <translation>General</translation>
        </message>
        <message>
            <source>No sound output found: sessions run silently. Cues come back by themselves when sound is available.</source>
            <translation>No se encontró salida de sonido: las sesiones son silenciosas. Las señales vuelven solas cuando haya sonido.</translation>
        </message>
        <message>
            <source>No speech engine answers (e.g. speech-dispatcher with espeak-ng): cues are not spoken. They come back by themselves when one is installed.</source>
            <translation>No responde ningún motor de voz (p. ej. speech-dispatcher con espeak-ng): las indicaciones no se leen en voz alta. Vuelven solas cuando se instale uno.</translation>
        </message>
        <message>
            <source>This installation cannot play sound or speech: cues stay silent.</source>
            <translation>Esta instalación no puede reproducir sonido ni voz: las señales quedan en silencio.</translation>
        </message>
        <message>
            <source>A sound file is missing from the installation: reinstall to fix.</source>
            <translation>Falta un archivo de sonido en la instalación: reinstale para solucionarlo.</translation>
        </message>
        <message>
            <source>Quiet times</source>
            <translation>Momentos de calma</translation>
        </message>
        <message>
            <source>Hold breaks while a full-screen window is active</source>
            <translation>Retener las pausas mientras haya una ventana a pantalla completa</translation>
        </message>
        <message>
            <source>Presentations, calls and videos are not interrupted.</source>
            <translation>Las presentaciones, llamadas y vídeos no se interrumpen.</translation>
        </message>
        <message>
            <source>Hold breaks while Do Not Disturb is on</source>
            <translation>Retener las pausas mientras «No molestar» esté activado</translation>
        </message>
        <message>
            <source>A held break is offered as soon as the quiet time ends.</source>
            <translation>Una pausa retenida se ofrece en cuanto termina el momento de calma.</translation>
        </message>
        <message>
            <source>Sounds</source>
            <translation>Sonidos</translation>
        </message>
        <message>
            <source>Play ticks and chimes during sessions</source>
            <translation>Reproducir tictac y campanadas durante las sesiones</translation>
        </message>
        <message>
            <source>Speak exercise cues aloud</source>
            <translation>Leer en voz alta las indicaciones de los ejercicios</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>Same as the system</source>
            <translation>El mismo que el sistema</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>Idioma:</translation>
        </message>
        <message>
            <source>A new language applies the next time Counterbalance starts.</source>
            <translation>Un idioma nuevo se aplica la próxima vez que se inicie Counterbalance.</translation>
        </message>
        <message>
            <source>Start at login</source>
            <translation>Iniciar al entrar</translation>
        </message>
        <message>
            <source>Start Counterbalance when I log in</source>
            <translation>Iniciar Counterbalance al entrar</translation>
        </message>
        <message>
            <source>Breaks only come while Counterbalance is running.</source>
            <translation>Las pausas solo llegan mientras Counterbalance está en marcha.</translation>
        </message>
    </context>
    <context>
        <name>HoursPage</name>
        <message>
            <source>Working hours</source>
            <translation>Horario laboral</translation>
        </message>
        <message>
            <source>Only offer breaks during my working hours</source>
            <translation>Ofrecer pausas solo durante mi horario laboral</translation>
        </message>
        <message>
            <source>Outside these hours no breaks are offered, and the count starts afresh each day. A day may have several ranges, e.g. before and after lunch.</source>
            <translation>Fuera de este horario no se ofrecen pausas, y el recuento empieza de nuevo cada día. Un día puede tener varios intervalos, p. ej. antes y después de comer.</translation>
        </message>
    </context>
    <context>
        <name>Housekeeping</name>
        <message>
            <source>How was your day?</source>
            <extracomment>Where versions before the marker file remembered the idle notice (read, never written). The kind of the end-of-day notice (the pre-break one is the notifier's default).</extracomment>
            <translation>¿Qué tal su día?</translation>
        </message>
        <message>
            <source>Counterbalance: rate today's average pain (optional).</source>
            <translation>Counterbalance: valore el dolor medio de hoy (opcional).</translation>
        </message>
        <message>
            <source>Counterbalance</source>
            <translation>Counterbalance</translation>
        </message>
        <message>
            <source>Counterbalance cannot tell when you step away on this desktop, so all time counts as active. Breaks still come on time.</source>
            <translation>Counterbalance no puede saber cuándo se aleja en este escritorio, así que todo el tiempo cuenta como activo. Las pausas siguen llegando a su hora.</translation>
        </message>
    </context>
    <context>
        <name>LeavingOffer</name>
        <message>
            <source>This computer's files were removed from the sync folder.</source>
            <extracomment>Asks whether to remove this computer's files (the dialog; tests give their own).</extracomment>
            <translation>Los archivos de este equipo se han quitado de la carpeta sincronizada.</translation>
        </message>
        <message>
            <source>This computer's files could not be removed from the sync folder.</source>
            <translation>No se han podido quitar los archivos de este equipo de la carpeta sincronizada.</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Sincronización</translation>
        </message>
    </context>
    <context>
        <name>LiveSettings</name>
        <message>
            <source>Your settings</source>
            <translation>Su configuración</translation>
        </message>
        <message>
            <source>Could not save settings</source>
            <translation>No se pudo guardar la configuración</translation>
        </message>
        <message>
            <source>Start at login</source>
            <translation>Iniciar al entrar</translation>
        </message>
        <message>
            <source>Could not change the start-at-login setting at {place}: {why}</source>
            <translation>No se pudo cambiar el inicio al entrar en {place}: {why}</translation>
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
            <translation>Ventana de estado de Counterbalance</translation>
        </message>
        <message>
            <source>Your desktop has no system tray, so Counterbalance shows this small window instead. Breaks still arrive on time. On GNOME, the AppIndicator extension adds a tray.</source>
            <translation>Su escritorio no tiene bandeja del sistema, así que Counterbalance muestra esta pequeña ventana en su lugar. Las pausas siguen llegando a su hora. En GNOME, la extensión AppIndicator añade una bandeja.</translation>
        </message>
        <message>
            <source>Why this window is shown</source>
            <translation>Por qué se muestra esta ventana</translation>
        </message>
        <message>
            <source>Break status</source>
            <translation>Estado de las pausas</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Mensaje</translation>
        </message>
        <message>
            <source>&amp;Start now</source>
            <translation>&amp;Empezar ahora</translation>
        </message>
        <message>
            <source>S&amp;nooze {n} min</source>
            <translation>P&amp;osponer {n} min</translation>
        </message>
        <message>
            <source>&amp;Pause 1 h</source>
            <translation>&amp;Pausar 1 h</translation>
        </message>
        <message>
            <source>Pro&amp;gress…</source>
            <translation>Pro&amp;greso…</translation>
        </message>
        <message>
            <source>Rate &amp;today's pain…</source>
            <translation>Valorar el dolor de &amp;hoy…</translation>
        </message>
        <message>
            <source>&amp;Check symptoms…</source>
            <translation>&amp;Comprobar síntomas…</translation>
        </message>
        <message>
            <source>S&amp;ettings…</source>
            <translation>Con&amp;figuración…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>&amp;Resume</source>
            <translation>&amp;Reanudar</translation>
        </message>
    </context>
    <context>
        <name>OnboardingDialog</name>
        <message>
            <source>Counterbalance — Welcome</source>
            <extracomment>The dialog's size: room for the longest sign of the safety check on a 1280×800 screen. The user consented to starting Counterbalance at login. Declared contraindications (``settings.CONDITIONS``). Red flags ticked in the first-run safety check; None when it was not asked.</extracomment>
            <translation>Counterbalance — Bienvenida</translation>
        </message>
        <message>
            <source>Welcome to Counterbalance</source>
            <translation>Bienvenido a Counterbalance</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Atrás</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Siguiente</translation>
        </message>
        <message>
            <source>A quick safety check</source>
            <translation>Una comprobación rápida de seguridad</translation>
        </message>
        <message>
            <source>What do you notice?</source>
            <translation>¿Qué nota?</translation>
        </message>
        <message>
            <source>Your set-up</source>
            <translation>Su equipo</translation>
        </message>
        <message>
            <source>Anything to leave out?</source>
            <translation>¿Algo que evitar?</translation>
        </message>
        <message>
            <source>Your starting focus</source>
            <translation>Su enfoque inicial</translation>
        </message>
        <message>
            <source>Finish</source>
            <translation>Terminar</translation>
        </message>
        <message>
            <source>Step %1 of %2</source>
            <translation>Paso %1 de %2</translation>
        </message>
    </context>
    <context>
        <name>Pain</name>
        <message>
            <source>How much pain do you have right now?</source>
            <extracomment>Smallest change in weekly mean pain shown as "meaningful" (brief §4, low back pain). Alternatively, a relative change of this share counts as meaningful. Minimal detectable change of a single NRS rating (brief §4 [21]): smaller differences between two single ratings are within measurement noise.</extracomment>
            <translation>¿Cuánto dolor tiene ahora mismo?</translation>
        </message>
        <message>
            <source>How much pain do you have in your {region} right now?</source>
            <translation>¿Cuánto dolor tiene ahora mismo en {region}?</translation>
        </message>
        <message>
            <source>On average, how much pain have you had today?</source>
            <translation>De media, ¿cuánto dolor ha tenido hoy?</translation>
        </message>
        <message>
            <source>0 = no pain</source>
            <translation>0 = sin dolor</translation>
        </message>
        <message>
            <source>10 = worst pain imaginable</source>
            <translation>10 = el peor dolor imaginable</translation>
        </message>
        <message>
            <source>no pain</source>
            <translation>sin dolor</translation>
        </message>
        <message>
            <source>worst pain imaginable</source>
            <translation>el peor dolor imaginable</translation>
        </message>
        <message>
            <source>Before we start</source>
            <extracomment>Headline over the rating, by when it is asked.</extracomment>
            <translation>Antes de empezar</translation>
        </message>
        <message>
            <source>Session finished</source>
            <translation>Sesión terminada</translation>
        </message>
        <message>
            <source>Pain during this exercise</source>
            <translation>Dolor durante este ejercicio</translation>
        </message>
        <message>
            <source>Your day</source>
            <translation>Su día</translation>
        </message>
        <message>
            <source>No pain</source>
            <translation>Sin dolor</translation>
        </message>
        <message>
            <source>Mild</source>
            <translation>Leve</translation>
        </message>
        <message>
            <source>Moderate</source>
            <translation>Moderado</translation>
        </message>
        <message>
            <source>Severe</source>
            <translation>Intenso</translation>
        </message>
        <message>
            <source>Neck</source>
            <extracomment>Display names of the optional body regions (brief §4).</extracomment>
            <translation>Cuello</translation>
        </message>
        <message>
            <source>Upper back / shoulders</source>
            <translation>Parte alta de la espalda / hombros</translation>
        </message>
        <message>
            <source>Low back</source>
            <translation>Zona lumbar</translation>
        </message>
        <message>
            <source>Hips / buttocks</source>
            <translation>Caderas / glúteos</translation>
        </message>
        <message>
            <source>Leg (below the knee)</source>
            <translation>Pierna (debajo de la rodilla)</translation>
        </message>
        <message>
            <source>Arm / hand</source>
            <translation>Brazo / mano</translation>
        </message>
        <message>
            <source>neck</source>
            <extracomment>The region as it reads inside the question ("in your …").</extracomment>
            <translation>el cuello</translation>
        </message>
        <message>
            <source>upper back or shoulders</source>
            <translation>la parte alta de la espalda o los hombros</translation>
        </message>
        <message>
            <source>low back</source>
            <translation>la zona lumbar</translation>
        </message>
        <message>
            <source>hips or buttocks</source>
            <translation>las caderas o los glúteos</translation>
        </message>
        <message>
            <source>leg</source>
            <translation>la pierna</translation>
        </message>
        <message>
            <source>arm or hand</source>
            <translation>el brazo o la mano</translation>
        </message>
    </context>
    <context>
        <name>PainRating</name>
        <message numerus="yes">
            <source>Pain %n out of 10</source>
            <extracomment>Band label colours on a light window (each ≥ 4.5:1 against it). Band label colours on a dark window.</extracomment>
            <translation>
                <numerusform>Dolor %n de 10</numerusform>
                <numerusform>Dolor %n de 10</numerusform>
            </translation>
        </message>
        <message>
            <source>Where is the pain (optional)</source>
            <translation>Dónde está el dolor (opcional)</translation>
        </message>
        <message>
            <source>Anywhere / not specific</source>
            <translation>En cualquier parte / no concreto</translation>
        </message>
        <message>
            <source>Where (optional):</source>
            <translation>Dónde (opcional):</translation>
        </message>
        <message>
            <source>Type 0–9 · 1 then 0 for 10 · Enter confirms · Esc skips</source>
            <translation>Escriba 0–9 · 1 y luego 0 para 10 · Intro confirma · Esc salta</translation>
        </message>
        <message>
            <source>Optional: type 0–9, or 1 then 0 for 10</source>
            <translation>Opcional: escriba 0–9, o 1 y luego 0 para 10</translation>
        </message>
    </context>
    <context>
        <name>Planner</name>
        <message>
            <source>My low back gets sore after sitting or standing a while</source>
            <translation>Me duele la zona lumbar tras estar sentado o de pie un rato</translation>
        </message>
        <message>
            <source>The front of my hips feels tight</source>
            <translation>Noto tensa la parte delantera de las caderas</translation>
        </message>
        <message>
            <source>I find it hard to feel my glutes or core working</source>
            <translation>Me cuesta notar que trabajan mis glúteos o mi abdomen</translation>
        </message>
        <message>
            <source>My low back looks flat and the backs of my thighs feel tight</source>
            <translation>Mi zona lumbar se ve plana y noto tensa la parte trasera de los muslos</translation>
        </message>
        <message>
            <source>My neck or shoulders ache after screen work</source>
            <translation>Me duelen el cuello o los hombros tras trabajar con pantallas</translation>
        </message>
        <message>
            <source>My head pokes forward or my shoulders round when I sit</source>
            <translation>Mi cabeza se adelanta o mis hombros se redondean al sentarme</translation>
        </message>
        <message>
            <source>I get tension headaches</source>
            <translation>Tengo cefaleas tensionales</translation>
        </message>
        <message>
            <source>One hip always feels tighter than the other</source>
            <translation>Una cadera siempre se nota más rígida que la otra</translation>
        </message>
        <message>
            <source>One shoulder sits higher than the other</source>
            <translation>Un hombro está más alto que el otro</translation>
        </message>
        <message>
            <source>My belt or trouser line sits unevenly</source>
            <translation>El cinturón o la cintura del pantalón me queda torcida</translation>
        </message>
        <message>
            <source>I keep shifting my weight to one side</source>
            <translation>Siempre desplazo el peso hacia un lado</translation>
        </message>
        <message>
            <source>My pain is mostly on one side</source>
            <translation>Mi dolor está sobre todo en un lado</translation>
        </message>
        <message>
            <source>Hips and low back (lower-crossed pattern)</source>
            <translation>Caderas y zona lumbar (patrón cruzado inferior)</translation>
        </message>
        <message>
            <source>Neck, chest and upper back (upper-crossed pattern)</source>
            <translation>Cuello, pecho y parte alta de la espalda (patrón cruzado superior)</translation>
        </message>
        <message>
            <source>Both: alternate upper and lower body</source>
            <translation>Ambos: alternar parte superior e inferior del cuerpo</translation>
        </message>
        <message>
            <source>Left–right balance (one side tighter or weaker)</source>
            <translation>Equilibrio izquierda–derecha (un lado más rígido o más débil)</translation>
        </message>
        <message>
            <source>Flat low back (posterior-tilt pattern)</source>
            <translation>Zona lumbar plana (patrón de retroversión pélvica)</translation>
        </message>
    </context>
    <context>
        <name>ProgressCards</name>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n día</numerusform>
                <numerusform>%n días</numerusform>
            </translation>
        </message>
        <message>
            <source>Breaks taken this week</source>
            <translation>Pausas hechas esta semana</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n break(s)</source>
            <translation>
                <numerusform>%1 de %n pausa</numerusform>
                <numerusform>%1 de %n pausas</numerusform>
            </translation>
        </message>
        <message>
            <source>No breaks offered yet</source>
            <translation>Aún no se han ofrecido pausas</translation>
        </message>
        <message>
            <source>last week %1</source>
            <translation>la semana pasada %1</translation>
        </message>
        <message>
            <source>Pain before sessions</source>
            <translation>Dolor antes de las sesiones</translation>
        </message>
        <message>
            <source> / 10</source>
            <translation> / 10</translation>
        </message>
        <message>
            <source>a meaningful drop</source>
            <translation>una bajada significativa</translation>
        </message>
        <message>
            <source>a meaningful rise</source>
            <translation>una subida significativa</translation>
        </message>
        <message>
            <source>%1 points within sessions</source>
            <translation>%1 puntos dentro de las sesiones</translation>
        </message>
        <message>
            <source>Rate your pain before a session</source>
            <translation>Valore su dolor antes de una sesión</translation>
        </message>
        <message>
            <source>Current streak</source>
            <translation>Racha actual</translation>
        </message>
        <message>
            <source>longest: %1</source>
            <translation>la más larga: %1</translation>
        </message>
        <message>
            <source>Exercise this week</source>
            <translation>Ejercicio esta semana</translation>
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
                <numerusform>la semana pasada %n min</numerusform>
                <numerusform>la semana pasada %n min</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProgressCharts</name>
        <message>
            <source>Charts of adherence and pain</source>
            <translation>Gráficos de adherencia y dolor</translation>
        </message>
        <message>
            <source>The charts could not be drawn: %1</source>
            <translation>No se pudieron dibujar los gráficos: %1</translation>
        </message>
        <message>
            <source>Qt Quick is not available</source>
            <translation>Qt Quick no está disponible</translation>
        </message>
        <message numerus="yes">
            <source>Week of %1: %2 of %n break(s) taken (%3)</source>
            <translation>
                <numerusform>Semana del %1: %2 de %n pausa hecha (%3)</numerusform>
                <numerusform>Semana del %1: %2 de %n pausas hechas (%3)</numerusform>
            </translation>
        </message>
        <message>
            <source>Sessions you started: %1</source>
            <translation>Sesiones que inició usted: %1</translation>
        </message>
        <message>
            <source>Week of %1</source>
            <translation>Semana del %1</translation>
        </message>
        <message>
            <source>Breaks taken (%)</source>
            <translation>Pausas hechas (%)</translation>
        </message>
        <message>
            <source>Pain before session</source>
            <translation>Dolor antes de la sesión</translation>
        </message>
        <message>
            <source>Pain after session</source>
            <translation>Dolor después de la sesión</translation>
        </message>
        <message>
            <source>Breaks taken and pain, week by week</source>
            <translation>Pausas hechas y dolor, semana a semana</translation>
        </message>
        <message>
            <source>Pain before sessions, by body region</source>
            <translation>Dolor antes de las sesiones, por zona del cuerpo</translation>
        </message>
        <message>
            <source>Pain 0–10</source>
            <translation>Dolor 0–10</translation>
        </message>
        <message>
            <source>Breaks taken</source>
            <translation>Pausas hechas</translation>
        </message>
        <message>
            <source>Pick a body region when you rate your pain to see it here.</source>
            <translation>Elija una zona del cuerpo al valorar el dolor para verla aquí.</translation>
        </message>
    </context>
    <context>
        <name>ProgressDialogs</name>
        <message>
            <source>Counterbalance — Export CSV to folder</source>
            <translation>Counterbalance — Exportar CSV a una carpeta</translation>
        </message>
        <message>
            <source>Counterbalance — Save chart images to folder</source>
            <translation>Counterbalance — Guardar imágenes de los gráficos en una carpeta</translation>
        </message>
        <message>
            <source>Counterbalance — Save report</source>
            <translation>Counterbalance — Guardar informe</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Archivos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Counterbalance — Delete all my data</source>
            <translation>Counterbalance — Borrar todos mis datos</translation>
        </message>
        <message>
            <source>Delete every break, session, set and pain rating?</source>
            <translation>¿Borrar cada pausa, sesión, serie y valoración de dolor?</translation>
        </message>
        <message>
            <source>This cannot be undone. Automatic backups are deleted too. You can save a copy of your data first.</source>
            <translation>Esto no se puede deshacer. También se borran las copias de seguridad automáticas. Puede guardar antes una copia de sus datos.</translation>
        </message>
        <message>
            <source>&amp;Save a copy first…</source>
            <translation>&amp;Guardar antes una copia…</translation>
        </message>
        <message>
            <source>&amp;Delete everything</source>
            <translation>&amp;Borrarlo todo</translation>
        </message>
        <message>
            <source>Counterbalance — Save a copy of your data</source>
            <translation>Counterbalance — Guardar una copia de sus datos</translation>
        </message>
        <message>
            <source>Counterbalance data (*.sqlite3)</source>
            <translation>Datos de Counterbalance (*.sqlite3)</translation>
        </message>
    </context>
    <context>
        <name>ProgressPresenter</name>
        <message>
            <source>Something went wrong: %1</source>
            <extracomment>Exercise id -&gt; target region (catalog); empty hides the "worked this week" row. The computer shown (None: all) and the names to show computers by (sync).</extracomment>
            <translation>Algo salió mal: %1</translation>
        </message>
        <message numerus="yes">
            <source>Saved %n CSV file(s) in %1</source>
            <translation>
                <numerusform>%n archivo CSV guardado en %1</numerusform>
                <numerusform>%n archivos CSV guardados en %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saved %n chart image(s) in %1</source>
            <translation>
                <numerusform>%n imagen de gráfico guardada en %1</numerusform>
                <numerusform>%n imágenes de gráficos guardadas en %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not save the report: %1</source>
            <translation>No se pudo guardar el informe: %1</translation>
        </message>
        <message>
            <source>Saved the report as %1</source>
            <translation>Informe guardado como %1</translation>
        </message>
        <message>
            <source>Could not save a copy: %1</source>
            <translation>No se pudo guardar una copia: %1</translation>
        </message>
        <message>
            <source>Saved a copy as %1</source>
            <translation>Copia guardada como %1</translation>
        </message>
        <message>
            <source>All your data was deleted.</source>
            <translation>Se han borrado todos sus datos.</translation>
        </message>
    </context>
    <context>
        <name>ProgressWindow</name>
        <message>
            <source>Neck</source>
            <extracomment>Week labels are thinned out above this many weeks so they stay readable. Line colours per body region, chosen for contrast on light and on dark windows. Names of the pain regions (``core.events.Region``).
----------
Names of the catalog's target regions (``core.catalog.BODY_REGIONS``).</extracomment>
            <translation>Cuello</translation>
        </message>
        <message>
            <source>Chest &amp; shoulders</source>
            <translation>Pecho y hombros</translation>
        </message>
        <message>
            <source>Upper back</source>
            <translation>Parte alta de la espalda</translation>
        </message>
        <message>
            <source>Core</source>
            <translation>Core</translation>
        </message>
        <message>
            <source>Low back</source>
            <translation>Zona lumbar</translation>
        </message>
        <message>
            <source>Hips</source>
            <translation>Caderas</translation>
        </message>
        <message>
            <source>Legs</source>
            <translation>Piernas</translation>
        </message>
        <message>
            <source>Upper back / shoulders</source>
            <translation>Parte alta de la espalda / hombros</translation>
        </message>
        <message>
            <source>Hips / buttocks</source>
            <translation>Caderas / glúteos</translation>
        </message>
        <message>
            <source>Leg below knee</source>
            <translation>Pierna bajo la rodilla</translation>
        </message>
        <message>
            <source>Arm / hand</source>
            <translation>Brazo / mano</translation>
        </message>
        <message>
            <source>Counterbalance — Progress</source>
            <extracomment>Ranges offered in the selector, in weeks. The first size: fits a 1280×800 screen with a panel. The charts never get shorter than this; a smaller window scrolls them instead.</extracomment>
            <translation>Counterbalance — Progreso</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progreso</translation>
        </message>
        <message>
            <source>Weeks shown</source>
            <translation>Semanas mostradas</translation>
        </message>
        <message>
            <source>How many weeks the charts show</source>
            <translation>Cuántas semanas muestran los gráficos</translation>
        </message>
        <message numerus="yes">
            <source>Last %n week(s)</source>
            <translation>
                <numerusform>Última semana</numerusform>
                <numerusform>Últimas %n semanas</numerusform>
            </translation>
        </message>
        <message>
            <source>Your progress</source>
            <translation>Su progreso</translation>
        </message>
        <message>
            <source>&amp;Show:</source>
            <translation>&amp;Mostrar:</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>No progress yet</source>
            <translation>Aún no hay progreso</translation>
        </message>
        <message>
            <source>Nothing to show yet</source>
            <translation>Aún no hay nada que mostrar</translation>
        </message>
        <message>
            <source>Your charts appear here after your first break. Each week shows how many breaks you took out of those offered (adherence), and, when you rate your pain before and after a session, how your pain changes over the weeks.</source>
            <translation>Sus gráficos aparecen aquí después de su primera pausa. Cada semana muestra cuántas pausas hizo de las ofrecidas (adherencia) y, si valora el dolor antes y después de una sesión, cómo cambia su dolor a lo largo de las semanas.</translation>
        </message>
        <message>
            <source>Tip: start a session now from the tray menu, or wait for the next break reminder. Rating your pain is optional and takes one key press.</source>
            <translation>Consejo: empiece una sesión ahora desde el menú de la bandeja, o espere al próximo aviso de pausa. Valorar el dolor es opcional y solo requiere una tecla.</translation>
        </message>
        <message>
            <source>Loading your progress…</source>
            <translation>Cargando su progreso…</translation>
        </message>
        <message>
            <source>Loading</source>
            <translation>Cargando</translation>
        </message>
        <message>
            <source>Export &amp;CSV…</source>
            <translation>Exportar &amp;CSV…</translation>
        </message>
        <message>
            <source>Export raw events as CSV</source>
            <translation>Exportar los eventos sin procesar como CSV</translation>
        </message>
        <message>
            <source>Save charts as P&amp;NG…</source>
            <translation>Guardar gráficos como P&amp;NG…</translation>
        </message>
        <message>
            <source>Save chart images</source>
            <translation>Guardar imágenes de los gráficos</translation>
        </message>
        <message>
            <source>&amp;Report for physio (PDF)…</source>
            <translation>&amp;Informe para el fisio (PDF)…</translation>
        </message>
        <message>
            <source>PDF report</source>
            <translation>Informe PDF</translation>
        </message>
        <message>
            <source>&amp;Delete all my data…</source>
            <translation>&amp;Borrar todos mis datos…</translation>
        </message>
        <message>
            <source>Delete all data</source>
            <translation>Borrar todos los datos</translation>
        </message>
        <message numerus="yes">
            <source>%n week(s) ago</source>
            <translation>
                <numerusform>hace %n semana</numerusform>
                <numerusform>hace %n semanas</numerusform>
            </translation>
        </message>
        <message>
            <source>Pain about the same as {ago}</source>
            <translation>Dolor más o menos igual que {ago}</translation>
        </message>
        <message>
            <source>Pain {points} points lower than {ago}</source>
            <translation>Dolor {points} puntos más bajo que {ago}</translation>
        </message>
        <message>
            <source>Pain {points} points higher than {ago}</source>
            <translation>Dolor {points} puntos más alto que {ago}</translation>
        </message>
        <message>
            <source>As many breaks as {ago}: {recent} (was {earlier})</source>
            <translation>Tantas pausas como {ago}: {recent} (antes {earlier})</translation>
        </message>
        <message>
            <source>More breaks than {ago}: {recent} (was {earlier})</source>
            <translation>Más pausas que {ago}: {recent} (antes {earlier})</translation>
        </message>
        <message>
            <source>Fewer breaks than {ago}: {recent} (was {earlier})</source>
            <translation>Menos pausas que {ago}: {recent} (antes {earlier})</translation>
        </message>
        <message numerus="yes">
            <source>%n set(s)</source>
            <translation>
                <numerusform>%n serie</numerusform>
                <numerusform>%n series</numerusform>
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
            <translation>Cerrar y saltar esta pausa</translation>
        </message>
        <message>
            <source>Close (skips this break)</source>
            <translation>Cerrar (salta esta pausa)</translation>
        </message>
        <message>
            <source>Finish what you're typing: the break starts when you pause for a moment.</source>
            <translation>Termine lo que está escribiendo: la pausa empieza cuando se detenga un momento.</translation>
        </message>
        <message>
            <source>Start now</source>
            <translation>Empezar ahora</translation>
        </message>
        <message>
            <source>Start the break now</source>
            <translation>Empezar la pausa ahora</translation>
        </message>
        <message>
            <source>At my next pause</source>
            <translation>En mi próxima parada</translation>
        </message>
        <message>
            <source>Start the break when I stop typing</source>
            <translation>Empezar la pausa cuando deje de escribir</translation>
        </message>
        <message>
            <source>Keep typing; the break starts by itself when you pause for a few seconds.</source>
            <translation>Siga escribiendo; la pausa empieza sola cuando se detenga unos segundos.</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Saltar</translation>
        </message>
        <message>
            <source>Skip this break</source>
            <translation>Saltar esta pausa</translation>
        </message>
        <message>
            <source>Snooze</source>
            <translation>Posponer</translation>
        </message>
        <message>
            <source>Time for a short break</source>
            <translation>Hora de una pausa corta</translation>
        </message>
        <message>
            <source>Time for your daily session</source>
            <translation>Hora de su sesión diaria</translation>
        </message>
        <message>
            <source>Time for the break you skipped</source>
            <translation>Hora de la pausa que saltó</translation>
        </message>
        <message>
            <source>First: {name}</source>
            <translation>Primero: {name}</translation>
        </message>
        <message>
            <source>then {names}</source>
            <translation>después {names}</translation>
        </message>
        <message>
            <source>This is the make-up for a break you skipped earlier. It is offered once; skipping it is fine.</source>
            <translation>Esta es la recuperación de una pausa que saltó antes. Se ofrece una vez; no pasa nada si la salta.</translation>
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
                <numerusform>Ha pospuesto esta pausa una vez; empiécela ahora o sáltela.</numerusform>
                <numerusform>Ha pospuesto esta pausa %n veces; empiécela ahora o sáltela.</numerusform>
            </translation>
        </message>
        <message>
            <source>This break can't be snoozed again; start it now or skip it.</source>
            <translation>Esta pausa ya no se puede posponer; empiécela ahora o sáltela.</translation>
        </message>
        <message>
            <source>Enter starts</source>
            <translation>Intro empieza</translation>
        </message>
        <message numerus="yes">
            <source>S snoozes %n min</source>
            <translation>
                <numerusform>S pospone %n min</numerusform>
                <numerusform>S pospone %n min</numerusform>
            </translation>
        </message>
        <message>
            <source>P waits for your pause</source>
            <translation>P espera a su parada</translation>
        </message>
        <message>
            <source>Esc skips</source>
            <translation>Esc salta</translation>
        </message>
        <message>
            <source>Your typing stays in your app. Click this card to use keys: {keys}</source>
            <translation>Lo que escribe se queda en su aplicación. Haga clic en esta tarjeta para usar teclas: {keys}</translation>
        </message>
    </context>
    <context>
        <name>PromptFlow</name>
        <message>
            <source>Break in {n} s</source>
            <extracomment>The prompt on screen, its logged id, kind and plan. A due break whose prompt waits for the break to be prepared. A break that came due while a session window was open: shown when it closes.</extracomment>
            <translation>Pausa en {n} s</translation>
        </message>
        <message>
            <source>Counterbalance: a short break is coming. Finish your sentence.</source>
            <translation>Counterbalance: se acerca una pausa corta. Termine la frase.</translation>
        </message>
        <message>
            <source>Could not save</source>
            <translation>No se pudo guardar</translation>
        </message>
        <message numerus="yes">
            <source>%n exercise(s) · about {m} min</source>
            <translation>
                <numerusform>%n ejercicio · unos {m} min</numerusform>
                <numerusform>%n ejercicios · unos {m} min</numerusform>
            </translation>
        </message>
        <message>
            <source>Your data file</source>
            <translation>Su archivo de datos</translation>
        </message>
        <message>
            <source>Counterbalance — Programme paused</source>
            <translation>Counterbalance — Programa en pausa</translation>
        </message>
        <message>
            <source>You reported signs that need a medical assessment, so the exercise programme is paused.

Has a doctor or physiotherapist assessed you and said it is fine to exercise?</source>
            <translation>Ha indicado signos que necesitan una valoración médica, así que el programa de ejercicios está en pausa.

¿Le ha valorado un médico o fisioterapeuta y le ha dicho que puede hacer ejercicio?</translation>
        </message>
    </context>
    <context>
        <name>RatingPage</name>
        <message>
            <source>Confirm (Enter)</source>
            <extracomment>The feel page's notes wrap at this width (px) instead of spanning the window.</extracomment>
            <translation>Confirmar (Intro)</translation>
        </message>
        <message>
            <source>Confirm rating</source>
            <translation>Confirmar valoración</translation>
        </message>
        <message>
            <source>Skip (Esc)</source>
            <translation>Saltar (Esc)</translation>
        </message>
        <message>
            <source>Skip rating</source>
            <translation>Saltar valoración</translation>
        </message>
        <message>
            <source>No pain — 0</source>
            <translation>Sin dolor — 0</translation>
        </message>
        <message>
            <source>No pain, rate zero</source>
            <translation>Sin dolor, valorar cero</translation>
        </message>
        <message>
            <source>First up: %1</source>
            <translation>Para empezar: %1</translation>
        </message>
    </context>
    <context>
        <name>ReadyNote</name>
        <message>
            <source>Counterbalance is running</source>
            <extracomment>Preferred width; the height follows the text.</extracomment>
            <translation>Counterbalance está en marcha</translation>
        </message>
        <message>
            <source>You're all set</source>
            <translation>Todo listo</translation>
        </message>
        <message>
            <source>Got it</source>
            <translation>Entendido</translation>
        </message>
        <message>
            <source>Close this note</source>
            <translation>Cerrar esta nota</translation>
        </message>
        <message>
            <source>Counterbalance now lives in the &lt;b&gt;menu bar&lt;/b&gt; at the top of the screen. Click its icon for a session now, your progress or settings.</source>
            <translation>Counterbalance vive ahora en la &lt;b&gt;barra de menús&lt;/b&gt; en la parte superior de la pantalla. Haga clic en su icono para una sesión, su progreso o la configuración.</translation>
        </message>
        <message>
            <source>Your desktop has no system tray, so Counterbalance keeps a &lt;b&gt;small window&lt;/b&gt; open. Use it for a session now, your progress or settings.</source>
            <translation>Su escritorio no tiene bandeja del sistema, así que Counterbalance mantiene abierta una &lt;b&gt;pequeña ventana&lt;/b&gt;. Úsela para una sesión, su progreso o la configuración.</translation>
        </message>
        <message>
            <source>Counterbalance now lives in the &lt;b&gt;system tray&lt;/b&gt;, among the small icons near the clock. Click its icon for a session now, your progress or settings.</source>
            <translation>Counterbalance vive ahora en la &lt;b&gt;bandeja del sistema&lt;/b&gt;, entre los iconos pequeños junto al reloj. Haga clic en su icono para una sesión, su progreso o la configuración.</translation>
        </message>
        <message>
            <source>Breaks come while you work at the computer, within your working hours.</source>
            <translation>Las pausas llegan mientras trabaja con el ordenador, dentro de su horario laboral.</translation>
        </message>
        <message numerus="yes">
            <source>Your first short break comes in about &lt;b&gt;%n min&lt;/b&gt; of computer use. Time away from the keyboard doesn't count.</source>
            <translation>
                <numerusform>Su primera pausa corta llega tras unos &lt;b&gt;%n min&lt;/b&gt; de uso del ordenador. El tiempo lejos del teclado no cuenta.</numerusform>
                <numerusform>Su primera pausa corta llega tras unos &lt;b&gt;%n min&lt;/b&gt; de uso del ordenador. El tiempo lejos del teclado no cuenta.</numerusform>
            </translation>
        </message>
        <message>
            <source>Your longer daily session is offered today at {time}.</source>
            <translation>Su sesión diaria más larga se ofrece hoy a las {time}.</translation>
        </message>
        <message>
            <source>Your longer daily session starts tomorrow at {time}.</source>
            <translation>Su sesión diaria más larga empieza mañana a las {time}.</translation>
        </message>
    </context>
    <context>
        <name>ReportPdf</name>
        <message numerus="yes">
            <source>%n week(s), latest %1</source>
            <extracomment>One unit is one point, so font sizes and distances share a scale. Height of one row of the exercise list. Height of the disclaimer at the foot of the page.</extracomment>
            <translation>
                <numerusform>%n semana, la última %1</numerusform>
                <numerusform>%n semanas, la última %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Counterbalance — progress report</source>
            <translation>Counterbalance — informe de progreso</translation>
        </message>
        <message numerus="yes">
            <source>Weeks %1 to %2 (%n week(s)), made on %3</source>
            <translation>
                <numerusform>Semanas %1 a %2 (%n semana), generado el %3</numerusform>
                <numerusform>Semanas %1 a %2 (%n semanas), generado el %3</numerusform>
            </translation>
        </message>
        <message>
            <source>Breaks taken (adherence), mean of weeks</source>
            <translation>Pausas hechas (adherencia), media de las semanas</translation>
        </message>
        <message>
            <source>Breaks taken / offered, whole period</source>
            <translation>Pausas hechas / ofrecidas, todo el periodo</translation>
        </message>
        <message>
            <source>Sessions started by the user</source>
            <translation>Sesiones iniciadas por el usuario</translation>
        </message>
        <message>
            <source>Exercise time, whole period</source>
            <translation>Tiempo de ejercicio, todo el periodo</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
        <message>
            <source>Pain before sessions, first → last rated week</source>
            <translation>Dolor antes de las sesiones, primera → última semana valorada</translation>
        </message>
        <message>
            <source>Mean change within sessions (after − before)</source>
            <translation>Cambio medio dentro de las sesiones (después − antes)</translation>
        </message>
        <message>
            <source>Weeks with a meaningful change (≥ 2 points or ≥ 30 %)</source>
            <translation>Semanas con un cambio significativo (≥ 2 puntos o ≥ 30 %)</translation>
        </message>
        <message>
            <source>Current streak / longest (days)</source>
            <translation>Racha actual / más larga (días)</translation>
        </message>
        <message>
            <source>Breaks taken per week</source>
            <extracomment>Week labels under a chart, at most.</extracomment>
            <translation>Pausas hechas por semana</translation>
        </message>
        <message>
            <source>breaks taken (%)</source>
            <translation>pausas hechas (%)</translation>
        </message>
        <message>
            <source>Pain per week (0–10, mean of daily means)</source>
            <translation>Dolor por semana (0–10, media de las medias diarias)</translation>
        </message>
        <message>
            <source>before sessions</source>
            <translation>antes de las sesiones</translation>
        </message>
        <message>
            <source>after sessions</source>
            <translation>después de las sesiones</translation>
        </message>
        <message>
            <source>Exercises done (sets)</source>
            <translation>Ejercicios hechos (series)</translation>
        </message>
        <message>
            <source>Safety notes</source>
            <translation>Notas de seguridad</translation>
        </message>
        <message>
            <source>No exercises logged in this period.</source>
            <translation>No se registraron ejercicios en este periodo.</translation>
        </message>
        <message>
            <source>Left / right sets: %1 / %2</source>
            <translation>Series izquierda / derecha: %1 / %2</translation>
        </message>
        <message>
            <source>None reported in this period.</source>
            <translation>No se indicó nada en este periodo.</translation>
        </message>
        <message>
            <source>Self-reported data logged by the Counterbalance app. Adherence = breaks taken ÷ breaks offered. Pain: 0–10 numeric rating scale. This app gives general exercise and break reminders; it is not medical advice and does not diagnose or treat any condition.</source>
            <translation>Datos registrados por el propio usuario en la aplicación Counterbalance. Adherencia = pausas hechas ÷ pausas ofrecidas. Dolor: escala numérica de 0 a 10. Esta aplicación da recordatorios generales de ejercicio y pausas; no es consejo médico y no diagnostica ni trata ninguna enfermedad.</translation>
        </message>
    </context>
    <context>
        <name>Safety</name>
        <message>
            <source>Counterbalance reminds you to take breaks and guides general stretching and strengthening exercises. It is not medical advice, and it does not diagnose or treat any condition. If your symptoms are severe, getting worse or feel unusual, stop and talk to a qualified health professional.</source>
            <translation>Counterbalance le recuerda hacer pausas y le guía en ejercicios generales de estiramiento y fortalecimiento. No es consejo médico y no diagnostica ni trata ninguna enfermedad. Si sus síntomas son intensos, empeoran o le parecen inusuales, pare y consulte a un profesional sanitario cualificado.</translation>
        </message>
        <message>
            <source>Back and legs</source>
            <extracomment>Severity order: lower index = more serious. The advice each group leads to (issue 12: emergency now / see a doctor soon / carry on). Calm, plain headings for the checklist (the advice says how serious an answer is).</extracomment>
            <translation>Espalda y piernas</translation>
        </message>
        <message>
            <source>Head and neck</source>
            <translation>Cabeza y cuello</translation>
        </message>
        <message>
            <source>Upper back and chest</source>
            <translation>Parte alta de la espalda y pecho</translation>
        </message>
        <message>
            <source>Numbness, tingling or weakness</source>
            <translation>Entumecimiento, hormigueo o debilidad</translation>
        </message>
        <message>
            <source>Your health in general</source>
            <translation>Su salud en general</translation>
        </message>
        <message>
            <source>How the pain affects you</source>
            <translation>Cómo le afecta el dolor</translation>
        </message>
        <message>
            <source>Seek emergency care now. These signs need a doctor to check them within hours. Counterbalance has stopped your programme until you confirm that you have been assessed.</source>
            <translation>Busque atención de urgencia ahora. Estos signos requieren que un médico los revise en cuestión de horas. Counterbalance ha detenido su programa hasta que confirme que le han valorado.</translation>
        </message>
        <message>
            <source>Seek emergency care now. Stop the exercises and call your local emergency number if these signs came on suddenly or are getting worse. Counterbalance has stopped your programme until you confirm that you have been assessed.</source>
            <translation>Busque atención de urgencia ahora. Deje los ejercicios y llame a su número local de emergencias si estos signos aparecieron de repente o están empeorando. Counterbalance ha detenido su programa hasta que confirme que le han valorado.</translation>
        </message>
        <message>
            <source>Seek emergency care now. Back pain that comes with chest pain or breathlessness needs to be checked straight away. Counterbalance has stopped your programme until you confirm that you have been assessed.</source>
            <translation>Busque atención de urgencia ahora. El dolor de espalda acompañado de dolor en el pecho o falta de aire debe revisarse de inmediato. Counterbalance ha detenido su programa hasta que confirme que le han valorado.</translation>
        </message>
        <message>
            <source>Stop the exercises for the affected area and see a health professional before you do them again.</source>
            <translation>Deje los ejercicios de la zona afectada y consulte a un profesional sanitario antes de volver a hacerlos.</translation>
        </message>
        <message>
            <source>Please have a doctor review these symptoms before you continue. Counterbalance has paused your programme until you confirm that you have been assessed.</source>
            <translation>Haga que un médico revise estos síntomas antes de continuar. Counterbalance ha pausado su programa hasta que confirme que le han valorado.</translation>
        </message>
        <message>
            <source>We recommend seeing a physiotherapist or doctor. You can keep going gently, or pause the programme until then.</source>
            <translation>Le recomendamos consultar a un fisioterapeuta o a un médico. Puede seguir con suavidad o pausar el programa hasta entonces.</translation>
        </message>
        <message>
            <source>Emergency signs (back and legs): told to seek emergency care</source>
            <extracomment>How the report words a stored safety event (``SafetyNote.code``), by group.</extracomment>
            <translation>Signos de urgencia (espalda y piernas): se aconsejó buscar atención de urgencia</translation>
        </message>
        <message>
            <source>Emergency signs (head and neck): told to seek emergency care</source>
            <translation>Signos de urgencia (cabeza y cuello): se aconsejó buscar atención de urgencia</translation>
        </message>
        <message>
            <source>Emergency signs (upper back and chest): told to seek emergency care</source>
            <translation>Signos de urgencia (parte alta de la espalda y pecho): se aconsejó buscar atención de urgencia</translation>
        </message>
        <message>
            <source>Numbness, tingling or weakness: exercises for the area stopped</source>
            <translation>Entumecimiento, hormigueo o debilidad: ejercicios de la zona detenidos</translation>
        </message>
        <message>
            <source>Signs for a doctor to review: programme paused</source>
            <translation>Signos para revisión médica: programa en pausa</translation>
        </message>
        <message>
            <source>Advised to see a physiotherapist or doctor</source>
            <translation>Se aconsejó consultar a un fisioterapeuta o a un médico</translation>
        </message>
        <message>
            <source>Safety check: no warning signs</source>
            <translation>Comprobación de seguridad: sin signos de alarma</translation>
        </message>
        <message>
            <source>Assessment confirmed: programme resumed</source>
            <translation>Valoración confirmada: programa reanudado</translation>
        </message>
        <message>
            <source>symptom checklist</source>
            <extracomment>What raised a stored safety event (``SafetyNote.action``: a ``Trigger`` value).</extracomment>
            <translation>lista de síntomas</translation>
        </message>
        <message>
            <source>pain rated 7 or more</source>
            <translation>dolor valorado con 7 o más</translation>
        </message>
        <message>
            <source>weekly pain rising</source>
            <translation>dolor semanal en aumento</translation>
        </message>
        <message>
            <source>None of the warning signs apply. Keep exercising within comfort: mild tension is fine, sharp pain is not. If anything changes, check again.</source>
            <translation>No se aplica ninguno de los signos de alarma. Siga haciendo ejercicio dentro de lo cómodo: una tensión leve está bien, un dolor agudo no. Si algo cambia, vuelva a comprobarlo.</translation>
        </message>
        <message>
            <source>New trouble controlling or emptying your bladder or bowel</source>
            <extracomment>The red flags, grouped, most serious first (brief §4 [7][9][26], S0; issue 12).</extracomment>
            <translation>Problemas nuevos para controlar o vaciar la vejiga o el intestino</translation>
        </message>
        <message>
            <source>Numbness in the groin, buttocks or inner thighs</source>
            <translation>Entumecimiento en la ingle, los glúteos o la cara interna de los muslos</translation>
        </message>
        <message>
            <source>New loss of sexual function or feeling</source>
            <translation>Pérdida nueva de la función o la sensibilidad sexual</translation>
        </message>
        <message>
            <source>Pain, numbness or pins and needles in both legs</source>
            <translation>Dolor, entumecimiento u hormigueo en ambas piernas</translation>
        </message>
        <message>
            <source>Weakness in one or both legs that is new or getting worse</source>
            <translation>Debilidad en una o ambas piernas, nueva o que empeora</translation>
        </message>
        <message>
            <source>Dizziness or light-headedness, for example when you turn or tilt your head</source>
            <translation>Mareo o sensación de desvanecimiento, por ejemplo al girar o inclinar la cabeza</translation>
        </message>
        <message>
            <source>Double vision or a sudden change in your sight</source>
            <translation>Visión doble o un cambio repentino de la vista</translation>
        </message>
        <message>
            <source>Trouble speaking, or slurred speech</source>
            <translation>Dificultad para hablar, o habla arrastrada</translation>
        </message>
        <message>
            <source>Trouble swallowing</source>
            <translation>Dificultad para tragar</translation>
        </message>
        <message>
            <source>Sudden falls without losing consciousness (drop attacks)</source>
            <translation>Caídas repentinas sin perder el conocimiento (ataques de caída)</translation>
        </message>
        <message>
            <source>Feeling sick or vomiting together with neck pain</source>
            <translation>Náuseas o vómitos junto con dolor de cuello</translation>
        </message>
        <message>
            <source>Eyes that flicker or jump on their own</source>
            <translation>Ojos que parpadean o saltan solos</translation>
        </message>
        <message>
            <source>Numbness or tingling in the face or lips</source>
            <translation>Entumecimiento u hormigueo en la cara o los labios</translation>
        </message>
        <message>
            <source>A sudden, severe headache unlike any you have had</source>
            <translation>Un dolor de cabeza repentino e intenso, distinto de cualquier otro que haya tenido</translation>
        </message>
        <message>
            <source>Sudden, tearing neck pain</source>
            <translation>Dolor de cuello repentino, como un desgarro</translation>
        </message>
        <message>
            <source>Clumsy hands or an unsteady walk</source>
            <translation>Manos torpes o marcha inestable</translation>
        </message>
        <message>
            <source>Upper-back pain together with chest pain, pressure or tightness</source>
            <translation>Dolor en la parte alta de la espalda junto con dolor, presión u opresión en el pecho</translation>
        </message>
        <message>
            <source>Upper-back pain together with shortness of breath</source>
            <translation>Dolor en la parte alta de la espalda junto con falta de aire</translation>
        </message>
        <message>
            <source>Numbness, tingling or weakness in an arm or hand</source>
            <translation>Entumecimiento, hormigueo o debilidad en un brazo o una mano</translation>
        </message>
        <message>
            <source>Numbness, tingling or weakness in one leg or foot</source>
            <translation>Entumecimiento, hormigueo o debilidad en una pierna o un pie</translation>
        </message>
        <message>
            <source>Fever or chills together with the pain</source>
            <translation>Fiebre o escalofríos junto con el dolor</translation>
        </message>
        <message>
            <source>Weight loss you cannot explain</source>
            <translation>Pérdida de peso que no puede explicar</translation>
        </message>
        <message>
            <source>A history of cancer</source>
            <translation>Antecedentes de cáncer</translation>
        </message>
        <message>
            <source>Pain at night that does not ease when you rest or change position</source>
            <translation>Dolor nocturno que no se alivia al descansar ni al cambiar de postura</translation>
        </message>
        <message>
            <source>The pain began after a recent fall, accident or other injury</source>
            <translation>El dolor empezó tras una caída, un accidente u otra lesión reciente</translation>
        </message>
        <message>
            <source>Long-term steroid tablets or a weakened immune system</source>
            <translation>Corticoides en comprimidos a largo plazo o un sistema inmunitario debilitado</translation>
        </message>
        <message>
            <source>Injecting drugs, now or in the past</source>
            <translation>Consumo de drogas inyectadas, ahora o en el pasado</translation>
        </message>
        <message>
            <source>This is new pain and you are under 20 or over 50</source>
            <translation>Es un dolor nuevo y tiene menos de 20 o más de 50 años</translation>
        </message>
        <message>
            <source>The pain has lasted more than 3 months</source>
            <translation>El dolor dura más de 3 meses</translation>
        </message>
        <message>
            <source>The pain disturbs your sleep or daily activities</source>
            <translation>El dolor altera su sueño o sus actividades diarias</translation>
        </message>
        <message>
            <source>The pain does not improve with rest or basic exercise</source>
            <translation>El dolor no mejora con reposo ni con ejercicio básico</translation>
        </message>
        <message>
            <source>You rated your pain {value} out of 10. Pain this strong is worth getting checked: we recommend seeing a physiotherapist or doctor. You can pause the programme until then.</source>
            <extracomment>Rise of the weekly mean pain, in points, that counts when it lasts two weeks.</extracomment>
            <translation>Ha valorado su dolor con un {value} de 10. Un dolor tan fuerte merece una revisión: le recomendamos consultar a un fisioterapeuta o a un médico. Puede pausar el programa hasta entonces.</translation>
        </message>
        <message>
            <source>Your weekly average pain has been at least 2 points higher than before for two weeks running ({before:.1f} → {week1:.1f} → {week2:.1f}). We recommend seeing a physiotherapist or doctor. You can pause the programme until then.</source>
            <translation>Su dolor medio semanal ha estado al menos 2 puntos por encima de lo anterior durante dos semanas seguidas ({before:.1f} → {week1:.1f} → {week2:.1f}). Le recomendamos consultar a un fisioterapeuta o a un médico. Puede pausar el programa hasta entonces.</translation>
        </message>
        <message>
            <source>Before your first exercise, a few questions to check that exercise is right for you today. Most people tick none of them.</source>
            <extracomment>A pain-triggered check is not repeated within this time of the last check. Pain during an exercise above this asks the short check (brief §3 pain-monitoring model). The user opened "Check symptoms…" themselves. The short list: one or two signs of each serious kind, in words anyone can answer; the lasting facts (history of cancer, steroids, drug use) stay in the full list. Which list each reason asks.</extracomment>
            <translation>Antes de su primer ejercicio, unas preguntas para comprobar que el ejercicio es adecuado para usted hoy. La mayoría de la gente no marca ninguna.</translation>
        </message>
        <message>
            <source>You rated your pain quite high, so here is a quick check. Most people tick none of these; if one applies, you will see what to do.</source>
            <translation>Ha valorado su dolor bastante alto, así que aquí tiene una comprobación rápida. La mayoría de la gente no marca ninguna; si alguna se aplica, verá qué hacer.</translation>
        </message>
        <message>
            <source>That exercise hurt more than it should, so here is a quick check. Most people tick none of these.</source>
            <translation>Ese ejercicio dolió más de lo debido, así que aquí tiene una comprobación rápida. La mayoría de la gente no marca ninguna.</translation>
        </message>
        <message>
            <source>You mentioned numbness, tingling or weakness. Please tick anything that applies now, so Counterbalance can tell you what to do next.</source>
            <translation>Ha mencionado entumecimiento, hormigueo o debilidad. Marque todo lo que se aplique ahora, para que Counterbalance pueda decirle qué hacer a continuación.</translation>
        </message>
        <message>
            <source>A quick check-in, as every few weeks. Tick anything that is new since you last checked; most people tick nothing.</source>
            <translation>Una revisión rápida, como cada pocas semanas. Marque todo lo que sea nuevo desde la última vez; la mayoría de la gente no marca nada.</translation>
        </message>
        <message>
            <source>Tick every sign that applies to you now. Counterbalance gives general advice, not a diagnosis: a sign is a reason to get checked.</source>
            <translation>Marque cada signo que se aplique a usted ahora. Counterbalance da consejos generales, no un diagnóstico: un signo es un motivo para hacerse revisar.</translation>
        </message>
        <message>
            <source>Seek emergency care now.</source>
            <translation>Busque atención de urgencia ahora.</translation>
        </message>
    </context>
    <context>
        <name>SafetyPage</name>
        <message>
            <source>Advice</source>
            <translation>Consejo</translation>
        </message>
    </context>
    <context>
        <name>SessionCues</name>
        <message>
            <source>Done! How did this break feel?</source>
            <translation>¡Hecho! ¿Qué tal esta pausa?</translation>
        </message>
        <message>
            <source>Switch sides: %1</source>
            <extracomment>Ticks sound in the last seconds of a hold. The countdown second of the last view, so that a second ticks once.</extracomment>
            <translation>Cambie de lado: %1</translation>
        </message>
        <message>
            <source>Hold</source>
            <translation>Mantenga</translation>
        </message>
        <message>
            <source>How did that feel?</source>
            <translation>¿Qué tal ha ido?</translation>
        </message>
    </context>
    <context>
        <name>SessionTexts</name>
        <message>
            <source>Skipped set %1 of %2</source>
            <translation>Serie %1 de %2 saltada</translation>
        </message>
        <message>
            <source>Session finished</source>
            <translation>Sesión terminada</translation>
        </message>
        <message>
            <source>Exercise %1 of %2</source>
            <translation>Ejercicio %1 de %2</translation>
        </message>
        <message>
            <source>left side</source>
            <translation>lado izquierdo</translation>
        </message>
        <message>
            <source>right side</source>
            <translation>lado derecho</translation>
        </message>
        <message>
            <source>both sides</source>
            <translation>ambos lados</translation>
        </message>
        <message>
            <source>%1 s of exercise</source>
            <translation>%1 s de ejercicio</translation>
        </message>
        <message>
            <source>%1 min of exercise</source>
            <translation>%1 min de ejercicio</translation>
        </message>
        <message>
            <source>%1 min %2 s of exercise</source>
            <translation>%1 min %2 s de ejercicio</translation>
        </message>
    </context>
    <context>
        <name>SessionWindow</name>
        <message>
            <source>Counterbalance — Session</source>
            <extracomment>The window's preferred size (smaller screens get less).</extracomment>
            <translation>Counterbalance — Sesión</translation>
        </message>
        <message>
            <source>Guided session</source>
            <translation>Sesión guiada</translation>
        </message>
        <message>
            <source>Check symptoms…</source>
            <translation>Comprobar síntomas…</translation>
        </message>
        <message>
            <source>Check symptoms</source>
            <translation>Comprobar síntomas</translation>
        </message>
        <message>
            <source>Large view (F)</source>
            <translation>Vista grande (F)</translation>
        </message>
        <message>
            <source>Large view for floor exercises</source>
            <translation>Vista grande para ejercicios en el suelo</translation>
        </message>
        <message>
            <source>Normal view (F)</source>
            <translation>Vista normal (F)</translation>
        </message>
        <message numerus="yes">
            <source>%n exercise(s) planned</source>
            <translation>
                <numerusform>%n ejercicio previsto</numerusform>
                <numerusform>%n ejercicios previstos</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>Minutes of active time between microbreaks.</source>
            <extracomment>Longest computer name and sync folder path accepted. Profiles in the order they are offered. Conditions a user may declare: the keys of ``exercise_needs.CONTRAINDICATIONS`` (texts there).</extracomment>
            <translation>Minutos de tiempo activo entre micropausas.</translation>
        </message>
        <message>
            <source>No keyboard or mouse use this long is a break by itself.</source>
            <translation>No usar teclado ni ratón durante este tiempo ya es una pausa.</translation>
        </message>
        <message>
            <source>A notification this many seconds before; 0 = none.</source>
            <translation>Una notificación estos segundos antes; 0 = ninguna.</translation>
        </message>
        <message>
            <source>Makes breaks less predictable; 0 keeps them exact.</source>
            <translation>Hace las pausas menos previsibles; 0 las mantiene exactas.</translation>
        </message>
        <message>
            <source>Snooze choices the break prompt offers, in minutes.</source>
            <translation>Opciones de posponer que ofrece el aviso de pausa, en minutos.</translation>
        </message>
        <message>
            <source>After this many, only Start or Skip remain; 0 = no snooze.</source>
            <translation>Después de estos, solo quedan Empezar o Saltar; 0 = sin aplazamiento.</translation>
        </message>
        <message>
            <source>Only offer breaks during the working hours.</source>
            <translation>Ofrecer pausas solo durante el horario de trabajo.</translation>
        </message>
        <message>
            <source>Working hours per weekday: [start, end] pairs that do not overlap.</source>
            <translation>Horario por día de la semana: pares [inicio, fin] que no se solapan.</translation>
        </message>
        <message>
            <source>Hold breaks while a full-screen window is active.</source>
            <translation>Retener las pausas mientras haya una ventana a pantalla completa activa.</translation>
        </message>
        <message>
            <source>Hold breaks while Do Not Disturb is on.</source>
            <translation>Retener las pausas mientras «No molestar» esté activado.</translation>
        </message>
        <message>
            <source>Local time of the daily session reminder, every day.</source>
            <translation>Hora local del recordatorio de la sesión diaria, cada día.</translation>
        </message>
        <message>
            <source>Remind of a longer daily session.</source>
            <translation>Recordar una sesión diaria más larga.</translation>
        </message>
        <message>
            <source>Focus of the exercises; a starting point, not a diagnosis.</source>
            <translation>Enfoque de los ejercicios; un punto de partida, no un diagnóstico.</translation>
        </message>
        <message>
            <source>Equipment at the desk; band exercises only with a band.</source>
            <translation>Material en el escritorio; ejercicios con banda solo si tienes banda.</translation>
        </message>
        <message>
            <source>Gets an extra set of one-sided strengthening.</source>
            <translation>Recibe una serie más de fortalecimiento de un solo lado.</translation>
        </message>
        <message>
            <source>Gets an extra hold of one-sided stretches.</source>
            <extracomment>Asked separately from the weaker side, never assumed from it (issue 12).</extracomment>
            <translation>Recibe un mantenimiento más en los estiramientos de un solo lado.</translation>
        </message>
        <message>
            <source>Declared conditions; exercises not advised for them are left out.</source>
            <translation>Afecciones declaradas; se omiten los ejercicios no aconsejados para ellas.</translation>
        </message>
        <message>
            <source>Play ticks and chimes during sessions.</source>
            <translation>Reproducir tictac y campanadas durante las sesiones.</translation>
        </message>
        <message>
            <source>Speak exercise cues aloud.</source>
            <translation>Leer en voz alta las indicaciones de los ejercicios.</translation>
        </message>
        <message>
            <source>Share of microbreaks that ask pain before and after (1 = every one).</source>
            <extracomment>Brief §4 rates pain "on a sample of breaks to limit burden": about one in three (some three a day at ten breaks), plus every daily session and the day's average.</extracomment>
            <translation>Proporción de micropausas que preguntan el dolor antes y después (1 = todas).</translation>
        </message>
        <message>
            <source>Ask how each exercise felt in microbreaks, instead of once per break.</source>
            <translation>Preguntar cómo se sintió cada ejercicio en las micropausas, en vez de una vez por pausa.</translation>
        </message>
        <message>
            <source>Language of the app; empty follows the system. Applies at the next start.</source>
            <translation>Idioma de la aplicación; vacío sigue al sistema. Se aplica en el próximo inicio.</translation>
        </message>
        <message>
            <source>Share one history with your other computers through a folder you sync.</source>
            <translation>Compartir un mismo historial con tus otros equipos a través de una carpeta que sincronizas.</translation>
        </message>
        <message>
            <source>The synced folder (Syncthing, Dropbox, Nextcloud, a network share); Counterbalance writes only inside its own Counterbalance folder there.</source>
            <translation>La carpeta sincronizada (Syncthing, Dropbox, Nextcloud, una carpeta de red); Counterbalance solo escribe dentro de su propia carpeta Counterbalance.</translation>
        </message>
        <message>
            <source>This computer's name in the progress window; empty uses the host name.</source>
            <translation>Nombre de este equipo en la ventana de progreso; si está vacío, se usa el nombre del host.</translation>
        </message>
        <message>
            <source>Start Counterbalance at login.</source>
            <translation>Iniciar Counterbalance al iniciar sesión.</translation>
        </message>
        <message>
            <source>The user was asked about starting at login.</source>
            <translation>Ya se preguntó por el inicio al iniciar sesión.</translation>
        </message>
        <message>
            <source>The first-run setup was completed.</source>
            <translation>La configuración inicial se completó.</translation>
        </message>
        <message>
            <source>The user accepted the health disclaimer.</source>
            <translation>Se aceptó el aviso de salud.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Enter at least one snooze time, e.g. 5, 10, 15.</source>
            <translation>Introduzca al menos un tiempo de aplazamiento, p. ej. 5, 10, 15.</translation>
        </message>
        <message>
            <source>“{part}” is not a whole number of minutes.</source>
            <translation>«{part}» no es un número entero de minutos.</translation>
        </message>
        <message>
            <source>Each snooze time must be {lo}–{hi} min.</source>
            <translation>Cada tiempo de aplazamiento debe ser de {lo}–{hi} min.</translation>
        </message>
        <message>
            <source>Give at most {n} snooze times.</source>
            <translation>Indique como máximo {n} tiempos de aplazamiento.</translation>
        </message>
        <message>
            <source>{day}: {start}–{end} ends before it starts.</source>
            <extracomment>Width of the weekday names column in the working-hours tab.</extracomment>
            <translation>{day}: {start}–{end} termina antes de empezar.</translation>
        </message>
        <message>
            <source>{day}: {a} and {b} overlap.</source>
            <translation>{day}: {a} y {b} se solapan.</translation>
        </message>
        <message>
            <source>start</source>
            <translation>inicio</translation>
        </message>
        <message>
            <source>end</source>
            <translation>fin</translation>
        </message>
        <message>
            <source>{day} working hours {what}</source>
            <translation>{day} horario laboral {what}</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Remove this {day} range</source>
            <translation>Quitar este intervalo del {day}</translation>
        </message>
        <message>
            <source>Not working</source>
            <translation>No laborable</translation>
        </message>
        <message>
            <source>Add hours</source>
            <translation>Añadir horas</translation>
        </message>
        <message>
            <source>Add working hours on {day}</source>
            <translation>Añadir horario laboral el {day}</translation>
        </message>
        <message>
            <source>Counterbalance — Settings</source>
            <extracomment>The dialog's size: every tab fits on a 1280×800 screen without scrolling but hours. The tabs, in order: a new settings page joins here. The index of each built-in tab.</extracomment>
            <translation>Counterbalance — Configuración</translation>
        </message>
        <message>
            <source>Counterbalance settings</source>
            <translation>Configuración de Counterbalance</translation>
        </message>
        <message>
            <source>Settings sections</source>
            <extracomment>True while fields are being filled in: edits then trigger no validation.</extracomment>
            <translation>Secciones de la configuración</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>Aceptar</translation>
        </message>
        <message>
            <source>Save settings and close</source>
            <translation>Guardar la configuración y cerrar</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Aplicar</translation>
        </message>
        <message>
            <source>Save settings</source>
            <translation>Guardar la configuración</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Close without saving</source>
            <translation>Cerrar sin guardar</translation>
        </message>
        <message>
            <source>Has a problem to fix</source>
            <translation>Tiene un problema que corregir</translation>
        </message>
        <message numerus="yes">
            <source>Fix %n problem(s) to save: {problem}</source>
            <translation>
                <numerusform>Corrija esto para guardar: {problem}</numerusform>
                <numerusform>Corrija estos %n problemas para guardar: {problem} …</numerusform>
            </translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Sincronización</translation>
        </message>
    </context>
    <context>
        <name>SettingsFile</name>
        <message>
            <source>Could not save your settings to {path}: {reason}</source>
            <extracomment>Suffix of the kept copy of a broken settings file (``settings.json.bak``). Largest settings file read (a real one is about 1 KiB). Translation context of this module's messages.</extracomment>
            <translation>No se pudo guardar su configuración en {path}: {reason}</translation>
        </message>
        <message>
            <source>Could not read your settings file {path}: {reason}. Counterbalance uses the default settings for now. If you change settings, the file is first renamed to {backup}.</source>
            <extracomment>Longest problem line shown (a bad value is quoted, and it may be huge or deeply nested). Bytes of a file :meth:`load` left in place (newer format, or no copy could be made): copied to ``.bak`` before the first save replaces them. The file could not be read as settings at all (a refused link, not a regular file, too large): renamed to ``.bak`` before the first save.</extracomment>
            <translation>No se pudo leer su archivo de configuración {path}: {reason}. Counterbalance usa de momento la configuración predeterminada. Si cambia la configuración, el archivo se renombrará primero a {backup}.</translation>
        </message>
        <message>
            <source>Could not read your settings file {path} ({reason}). Counterbalance uses the default settings for now and leaves the file as it is.</source>
            <translation>No se pudo leer su archivo de configuración {path} ({reason}). Counterbalance usa de momento la configuración predeterminada y deja el archivo como está.</translation>
        </message>
        <message>
            <source>Your settings file {path} was written by a newer version of Counterbalance (format {found}; this version reads format {known}). The settings this version understands were loaded; the file was left unchanged (if you change settings here, it is first copied to {backup}).</source>
            <translation>Su archivo de configuración {path} lo escribió una versión más reciente de Counterbalance (formato {found}; esta versión lee el formato {known}). Se cargaron los ajustes que esta versión entiende; el archivo no se modificó (si cambia la configuración aquí, primero se copiará a {backup}).</translation>
        </message>
        <message>
            <source>Your settings file {path} is damaged (it is not valid settings data), so the default settings are used.</source>
            <translation>Su archivo de configuración {path} está dañado (no contiene datos de configuración válidos), así que se usa la configuración predeterminada.</translation>
        </message>
        <message>
            <source>Some settings in {path} could not be used and were reset to their defaults:
{details}</source>
            <translation>Algunos ajustes de {path} no se pudieron usar y se restablecieron a sus valores predeterminados:
{details}</translation>
        </message>
        <message>
            <source>The file was left as it is, because a copy could not be made ({reason}).</source>
            <translation>El archivo se dejó como estaba porque no se pudo hacer una copia ({reason}).</translation>
        </message>
        <message>
            <source>Your original file was kept as {backup}.</source>
            <translation>Su archivo original se conservó como {backup}.</translation>
        </message>
    </context>
    <context>
        <name>SettingsForm</name>
        <message>
            <source>Type a value, or use the ↑ and ↓ keys</source>
            <extracomment>Each option the dialog edits, by key: filled in as the fields are built.</extracomment>
            <translation>Escriba un valor o use las teclas ↑ y ↓</translation>
        </message>
    </context>
    <context>
        <name>SetupPage</name>
        <message>
            <source>Do you have a resistance band at your desk?</source>
            <translation>¿Tiene una banda elástica en su escritorio?</translation>
        </message>
        <message>
            <source>No band</source>
            <translation>Sin banda</translation>
        </message>
        <message>
            <source>Yes, I have a band</source>
            <translation>Sí, tengo una banda</translation>
        </message>
        <message>
            <source>Does one side feel weaker (for example, harder to balance or lift on)?</source>
            <translation>¿Nota un lado más débil (por ejemplo, le cuesta más equilibrarse o levantar con él)?</translation>
        </message>
        <message>
            <source>No / not sure</source>
            <translation>No / no lo sé</translation>
        </message>
        <message>
            <source>Left is weaker</source>
            <translation>El izquierdo es más débil</translation>
        </message>
        <message>
            <source>Right is weaker</source>
            <translation>El derecho es más débil</translation>
        </message>
        <message>
            <source>Does one side feel tighter (for example, in stretches)?</source>
            <translation>¿Nota un lado más rígido (por ejemplo, en los estiramientos)?</translation>
        </message>
        <message>
            <source>Left is tighter</source>
            <translation>El izquierdo está más rígido</translation>
        </message>
        <message>
            <source>Right is tighter</source>
            <translation>El derecho está más rígido</translation>
        </message>
        <message>
            <source>One-sided strengthening gets an extra set on the weaker side, and one-sided stretches an extra hold on the tighter side. Re-check every couple of weeks.</source>
            <translation>El fortalecimiento de un solo lado recibe una serie más en el lado más débil, y los estiramientos de un solo lado un mantenimiento más en el lado más rígido. Vuelva a comprobarlo cada dos o tres semanas.</translation>
        </message>
    </context>
    <context>
        <name>SignsPage</name>
        <message>
            <source>Tick what sounds familiar. This only picks a starting focus for your exercises; it is not a diagnosis, and you can change it any time.</source>
            <translation>Marque lo que le resulte familiar. Esto solo elige un enfoque inicial para sus ejercicios; no es un diagnóstico y puede cambiarlo cuando quiera.</translation>
        </message>
    </context>
    <context>
        <name>StorageGuard</name>
        <message>
            <source>Read-only data folder</source>
            <extracomment>How often an unusable data file is checked again. How long a re-check waits for a lock (it runs on the GUI thread).</extracomment>
            <translation>Carpeta de datos de solo lectura</translation>
        </message>
        <message>
            <source>Your Counterbalance data folder is read-only, so nothing new can be saved there. Your history can still be viewed. What you log now is kept while Counterbalance runs and saved when the folder can be written again.</source>
            <translation>Su carpeta de datos de Counterbalance es de solo lectura, así que no se puede guardar nada nuevo en ella. Su historial se puede seguir viendo. Lo que registre ahora se conserva mientras Counterbalance esté en marcha y se guarda cuando se pueda volver a escribir en la carpeta.</translation>
        </message>
        <message>
            <source>Your data file</source>
            <translation>Su archivo de datos</translation>
        </message>
        <message>
            <source>Your data file can be used again. Your history is back.</source>
            <translation>Su archivo de datos se puede volver a usar. Su historial ha vuelto.</translation>
        </message>
        <message>
            <source>Counterbalance cannot save right now: {why}. What you log is kept and saved automatically as soon as possible; you do not need to do anything.</source>
            <translation>Counterbalance no puede guardar ahora mismo: {why}. Lo que registre se conserva y se guarda automáticamente en cuanto sea posible; no tiene que hacer nada.</translation>
        </message>
        <message>
            <source>Until then it is kept in memory only, so please leave Counterbalance running.</source>
            <translation>Hasta entonces solo se guarda en memoria, así que deje Counterbalance en marcha.</translation>
        </message>
        <message>
            <source>Saving later</source>
            <translation>Se guardará más tarde</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Guardado</translation>
        </message>
        <message>
            <source>Everything you logged has now been saved.</source>
            <translation>Todo lo que registró ya está guardado.</translation>
        </message>
        <message>
            <source>Could not save</source>
            <translation>No se pudo guardar</translation>
        </message>
        <message>
            <source>One entry could not be saved: {why}.</source>
            <translation>No se pudo guardar una entrada: {why}.</translation>
        </message>
    </context>
    <context>
        <name>SummaryPage</name>
        <message>
            <source>Exercise focus</source>
            <translation>Enfoque de los ejercicios</translation>
        </message>
        <message>
            <source>Focus:</source>
            <translation>Enfoque:</translation>
        </message>
        <message>
            <source>Sessions always start with stretches and then strengthen, in short desk breaks plus one longer daily session. Change the focus, band or weak side later in Settings.</source>
            <translation>Las sesiones siempre empiezan con estiramientos y luego fortalecen, en pausas cortas en el escritorio más una sesión diaria más larga. Cambie el enfoque, la banda o el lado débil más tarde en Configuración.</translation>
        </message>
        <message>
            <source>Start Counterbalance when I log in</source>
            <translation>Iniciar Counterbalance al entrar</translation>
        </message>
        <message>
            <source>Start Counterbalance at login</source>
            <translation>Iniciar Counterbalance al entrar</translation>
        </message>
        <message>
            <source>Breaks only come while Counterbalance is running. You can change this any time in Settings.</source>
            <translation>Las pausas solo llegan mientras Counterbalance está en marcha. Puede cambiarlo cuando quiera en Configuración.</translation>
        </message>
        <message>
            <source>Suggested from your answers: &lt;b&gt;%1&lt;/b&gt;.</source>
            <translation>Sugerido según sus respuestas: &lt;b&gt;%1&lt;/b&gt;.</translation>
        </message>
        <message>
            <source>No signs ticked: a balanced start, &lt;b&gt;%1&lt;/b&gt;.</source>
            <translation>Ningún signo marcado: un inicio equilibrado, &lt;b&gt;%1&lt;/b&gt;.</translation>
        </message>
        <message>
            <source>This is a starting point, not a diagnosis.</source>
            <translation>Es un punto de partida, no un diagnóstico.</translation>
        </message>
        <message>
            <source>no weaker side marked</source>
            <translation>ningún lado más débil indicado</translation>
        </message>
        <message>
            <source>left side weaker</source>
            <translation>lado izquierdo más débil</translation>
        </message>
        <message>
            <source>right side weaker</source>
            <translation>lado derecho más débil</translation>
        </message>
        <message>
            <source>With a resistance band</source>
            <translation>Con banda elástica</translation>
        </message>
        <message>
            <source>Without equipment</source>
            <translation>Sin material</translation>
        </message>
    </context>
    <context>
        <name>SymptomsDialog</name>
        <message>
            <source>Seek emergency care now</source>
            <extracomment>The same advice colours (background, ink) on a dark window. Room for every sign without scrolling on a 1280×800 screen (it scrolls when smaller).</extracomment>
            <translation>Busque atención de urgencia ahora</translation>
        </message>
        <message>
            <source>Counterbalance — Check symptoms</source>
            <translation>Counterbalance — Comprobar síntomas</translation>
        </message>
        <message>
            <source>Check symptoms</source>
            <translation>Comprobar síntomas</translation>
        </message>
        <message>
            <source>Check your symptoms</source>
            <translation>Compruebe sus síntomas</translation>
        </message>
        <message>
            <source>A quick safety check</source>
            <translation>Una comprobación rápida de seguridad</translation>
        </message>
        <message>
            <source>Advice</source>
            <translation>Consejo</translation>
        </message>
        <message>
            <source>Check (Enter)</source>
            <translation>Comprobar (Intro)</translation>
        </message>
        <message>
            <source>Check the ticked signs</source>
            <translation>Comprobar los signos marcados</translation>
        </message>
        <message>
            <source>Close (Esc)</source>
            <translation>Cerrar (Esc)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
    </context>
    <context>
        <name>SyncFlow</name>
        <message>
            <source>Sync</source>
            <extracomment>The slow poll that backs up the file watcher. How often activity is noted and the other computers' notes read. Wait after a write or a folder change before a pass (changes come in bursts). Idle readings below this count as "active now" for the note. app_state keys of the one-off notices. Offers to remove this computer's files when sync is left or all data deleted. Made with the first folder to watch: a tray with sync off keeps no inotify.</extracomment>
            <translation>Sincronización</translation>
        </message>
    </context>
    <context>
        <name>SyncLeaveDialog</name>
        <message numerus="yes">
            <source>Your data on this computer was deleted. The sync folder {folder} still holds this computer's history as it was shared: %n file(s), {size}.</source>
            <translation>
                <numerusform>Tus datos en este equipo se han borrado. La carpeta sincronizada {folder} aún contiene el historial compartido de este equipo: %n archivo, {size}.</numerusform>
                <numerusform>Tus datos en este equipo se han borrado. La carpeta sincronizada {folder} aún contiene el historial compartido de este equipo: %n archivos, {size}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Sync is off. The sync folder {folder} still holds this computer's history: %n file(s), {size}.</source>
            <translation>
                <numerusform>La sincronización está desactivada. La carpeta sincronizada {folder} aún contiene el historial de este equipo: %n archivo, {size}.</numerusform>
                <numerusform>La sincronización está desactivada. La carpeta sincronizada {folder} aún contiene el historial de este equipo: %n archivos, {size}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>It also holds the files of %n other computer(s); they are not touched.</source>
            <translation>
                <numerusform>También contiene los archivos de %n equipo más; no se tocan.</numerusform>
                <numerusform>También contiene los archivos de %n equipos más; no se tocan.</numerusform>
            </translation>
        </message>
        <message>
            <source>Remove this computer's files from the folder? Your other computers keep what they already imported.</source>
            <translation>¿Quitar los archivos de este equipo de la carpeta? Tus otros equipos conservan lo que ya importaron.</translation>
        </message>
        <message>
            <source>Counterbalance — Sync folder</source>
            <translation>Counterbalance — Carpeta sincronizada</translation>
        </message>
        <message>
            <source>&amp;Remove this computer's files</source>
            <translation>&amp;Quitar los archivos de este equipo</translation>
        </message>
        <message>
            <source>&amp;Keep them</source>
            <translation>&amp;Conservarlos</translation>
        </message>
    </context>
    <context>
        <name>SyncNotices</name>
        <message>
            <source>The sync folder can be used again.</source>
            <translation>La carpeta sincronizada se puede usar de nuevo.</translation>
        </message>
        <message>
            <source>Another computer runs a newer Counterbalance; update this one to see everything it shared.</source>
            <translation>Otro equipo usa un Counterbalance más reciente; actualiza este para ver todo lo que ha compartido.</translation>
        </message>
        <message>
            <source>Another Counterbalance writes to this computer's files in the sync folder (a copied installation?). Its events are kept; give each computer its own data folder.</source>
            <translation>Otro Counterbalance escribe en los archivos de este equipo en la carpeta sincronizada (¿una instalación copiada?). Sus eventos se conservan; da a cada equipo su propia carpeta de datos.</translation>
        </message>
        <message>
            <source>Sync stays off: the folder {folder} holds Counterbalance's own data folder (or lies inside it), and a database must not be synced. Choose another folder.</source>
            <translation>La sincronización sigue desactivada: la carpeta {folder} contiene la carpeta de datos de Counterbalance (o está dentro de ella), y una base de datos no debe sincronizarse. Elige otra carpeta.</translation>
        </message>
        <message>
            <source>The sync folder {folder} is missing (a drive not mounted?). Your history is kept here and shared once it is back.</source>
            <translation>Falta la carpeta sincronizada {folder} (¿una unidad sin montar?). Tu historial se guarda aquí y se comparte cuando vuelva.</translation>
        </message>
        <message>
            <source>Counterbalance may not write to the sync folder {folder}. Your history is kept here and shared once it can.</source>
            <translation>Counterbalance no puede escribir en la carpeta sincronizada {folder}. Tu historial se guarda aquí y se comparte en cuanto se pueda.</translation>
        </message>
        <message>
            <source>The sync folder {folder} cannot be used now. Your history is kept here and shared once it can.</source>
            <translation>La carpeta sincronizada {folder} no se puede usar ahora. Tu historial se guarda aquí y se comparte en cuanto se pueda.</translation>
        </message>
    </context>
    <context>
        <name>SyncSettingsPage</name>
        <message>
            <source>Sync with other computers</source>
            <translation>Sincronizar con otros equipos</translation>
        </message>
        <message>
            <source>Keep one history on all your computers through a folder you already sync (Syncthing, Dropbox, Nextcloud, a network share). Each computer writes its own files there; the database stays on each computer.</source>
            <translation>Un mismo historial en todos tus equipos a través de una carpeta que ya sincronizas (Syncthing, Dropbox, Nextcloud, una carpeta de red). Cada equipo escribe ahí sus propios archivos; la base de datos se queda en cada equipo.</translation>
        </message>
        <message>
            <source>Share my history with my other computers</source>
            <translation>Compartir mi historial con mis otros equipos</translation>
        </message>
        <message>
            <source>Synced &amp;folder:</source>
            <translation>&amp;Carpeta sincronizada:</translation>
        </message>
        <message>
            <source>Synced folder</source>
            <translation>Carpeta sincronizada</translation>
        </message>
        <message>
            <source>Choose a folder your sync tool shares</source>
            <translation>Elige una carpeta que comparta tu herramienta de sincronización</translation>
        </message>
        <message>
            <source>&amp;Choose…</source>
            <translation>&amp;Elegir…</translation>
        </message>
        <message>
            <source>Choose the synced folder</source>
            <translation>Elegir la carpeta sincronizada</translation>
        </message>
        <message>
            <source>This computer's &amp;name:</source>
            <translation>&amp;Nombre de este equipo:</translation>
        </message>
        <message>
            <source>This computer's name</source>
            <translation>Nombre de este equipo</translation>
        </message>
        <message>
            <source>Choose a folder to turn sync on.</source>
            <translation>Elige una carpeta para activar la sincronización.</translation>
        </message>
        <message>
            <source>What the sync tool can see: the files are plain text. Anyone who can read the folder (the sync tool, a cloud provider's servers, every device it is shared with) can read every break, session, exercise set, pain rating with its body region, safety answers, each computer's name and time zone, and when you were active at it. Use a folder only your own devices share, ideally without a third-party server or with end-to-end encryption.</source>
            <translation>Lo que ve la herramienta de sincronización: los archivos son texto sin cifrar. Quien pueda leer la carpeta (la herramienta, los servidores de un proveedor en la nube, cada dispositivo con el que se comparte) puede leer cada pausa, sesión, serie de ejercicios, valoración del dolor con su zona del cuerpo, las respuestas de seguridad, el nombre y la zona horaria de cada equipo y cuándo estuviste activo en él. Usa una carpeta que solo compartan tus propios dispositivos, mejor sin un servidor de terceros o con cifrado de extremo a extremo.</translation>
        </message>
    </context>
    <context>
        <name>Tray</name>
        <message>
            <source>paused until you resume</source>
            <extracomment>The status line changes by itself (a countdown): refresh it every minute.</extracomment>
            <translation>en pausa hasta que la reanude</translation>
        </message>
        <message>
            <source>paused until {time}</source>
            <translation>en pausa hasta las {time}</translation>
        </message>
        <message>
            <source>fullscreen</source>
            <translation>pantalla completa</translation>
        </message>
        <message>
            <source>do not disturb</source>
            <translation>no molestar</translation>
        </message>
        <message>
            <source>quiet: {reason}</source>
            <translation>en calma: {reason}</translation>
        </message>
        <message>
            <source>outside working hours</source>
            <translation>fuera del horario laboral</translation>
        </message>
        <message>
            <source>time for a break</source>
            <translation>hora de una pausa</translation>
        </message>
        <message>
            <source>session in progress</source>
            <translation>sesión en curso</translation>
        </message>
        <message>
            <source>away from the desk: that counts as a break</source>
            <translation>lejos del escritorio: cuenta como pausa</translation>
        </message>
        <message>
            <source>waiting for activity</source>
            <translation>esperando actividad</translation>
        </message>
        <message>
            <source>next break in under a minute</source>
            <translation>próxima pausa en menos de un minuto</translation>
        </message>
        <message>
            <source>snoozed: next break in {n} min</source>
            <translation>pospuesta: próxima pausa en {n} min</translation>
        </message>
        <message>
            <source>next break in {n} min</source>
            <translation>próxima pausa en {n} min</translation>
        </message>
    </context>
    <context>
        <name>TrayIcon</name>
        <message>
            <source>Counterbalance menu</source>
            <translation>Menú de Counterbalance</translation>
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
            <translation>&amp;Empezar una sesión ahora</translation>
        </message>
        <message>
            <source>S&amp;nooze {n} min</source>
            <translation>P&amp;osponer {n} min</translation>
        </message>
        <message>
            <source>&amp;Resume reminders</source>
            <translation>&amp;Reanudar los avisos</translation>
        </message>
        <message>
            <source>&amp;Pause 1 h</source>
            <translation>&amp;Pausar 1 h</translation>
        </message>
        <message>
            <source>Pause &amp;for…</source>
            <translation>Pausar &amp;durante…</translation>
        </message>
        <message>
            <source>30 minutes</source>
            <translation>30 minutos</translation>
        </message>
        <message>
            <source>Until tomorrow</source>
            <translation>Hasta mañana</translation>
        </message>
        <message>
            <source>Until I resume</source>
            <translation>Hasta que la reanude</translation>
        </message>
        <message>
            <source>Pro&amp;gress…</source>
            <translation>Pro&amp;greso…</translation>
        </message>
        <message>
            <source>Rate &amp;today's pain…</source>
            <translation>Valorar el dolor de &amp;hoy…</translation>
        </message>
        <message>
            <source>&amp;Check symptoms…</source>
            <translation>&amp;Comprobar síntomas…</translation>
        </message>
        <message>
            <source>S&amp;ettings…</source>
            <translation>Con&amp;figuración…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
    </context>
    <context>
        <name>TrayShell</name>
        <message>
            <source>not set up yet: breaks start after the welcome</source>
            <extracomment>How often the tooltip's "next break in N min" is refreshed while counting. The intents a tray icon and the no-tray window both emit, forwarded by the shell (the signals of :class:`TrayIntents`).</extracomment>
            <translation>aún sin configurar: las pausas empiezan tras la bienvenida</translation>
        </message>
        <message>
            <source>starting…</source>
            <translation>iniciando…</translation>
        </message>
        <message>
            <source>session in progress</source>
            <translation>sesión en curso</translation>
        </message>
    </context>
    <context>
        <name>UncaughtErrors</name>
        <message>
            <source>Counterbalance — Something went wrong</source>
            <translation>Counterbalance — Algo salió mal</translation>
        </message>
        <message>
            <source>Something went wrong inside Counterbalance. It keeps running, and what you logged so far is kept. The details were written to the log file (counterbalance.log in the data folder).</source>
            <translation>Algo salió mal dentro de Counterbalance. Sigue funcionando y lo que ha registrado hasta ahora se conserva. Los detalles se escribieron en el archivo de registro (counterbalance.log en la carpeta de datos).</translation>
        </message>
    </context>
    <context>
        <name>UserWindows</name>
        <message>
            <source>Please get checked</source>
            <translation>Hágase revisar</translation>
        </message>
    </context>
    <context>
        <name>guard</name>
        <message>
            <source>another program is using the data file</source>
            <translation>otro programa está usando el archivo de datos</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>el disco está lleno</translation>
        </message>
        <message>
            <source>Counterbalance is not allowed to open the data file</source>
            <translation>Counterbalance no tiene permiso para abrir el archivo de datos</translation>
        </message>
        <message>
            <source>the data folder is read-only</source>
            <translation>la carpeta de datos es de solo lectura</translation>
        </message>
        <message>
            <source>the disk reported an error (it may be full)</source>
            <translation>el disco notificó un error (puede que esté lleno)</translation>
        </message>
        <message>
            <source>the data file is damaged</source>
            <translation>el archivo de datos está dañado</translation>
        </message>
        <message>
            <source>the data file cannot be used</source>
            <translation>el archivo de datos no se puede usar</translation>
        </message>
    </context>
</TS>