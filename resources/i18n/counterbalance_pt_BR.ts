<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
    <context>
        <name>BreakPreparation</name>
        <message>
            <source>Some exercises were left out</source>
            <translation>Alguns exercícios foram deixados de fora</translation>
        </message>
    </context>
    <context>
        <name>BreakPrompt</name>
        <message>
            <source>Counterbalance — Time for a break</source>
            <extracomment>Gap between the prompt and the screen's panels/edges. Width of the prompt (height follows the content), wider only when its buttons need it. Window flags while the prompt must not take focus.</extracomment>
            <translation>Counterbalance — Hora de uma pausa</translation>
        </message>
        <message>
            <source>Time for a break</source>
            <translation>Hora de uma pausa</translation>
        </message>
        <message numerus="yes">
            <source>Snooze for %n minute(s)</source>
            <translation>
                <numerusform>Adiar %n minuto</numerusform>
                <numerusform>Adiar %n minutos</numerusform>
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
            <translation>Pausa a cada</translation>
        </message>
        <message>
            <source>Vary each interval by</source>
            <translation>Variar cada intervalo em</translation>
        </message>
        <message>
            <source>Vary by up to ±</source>
            <translation>Variar até ±</translation>
        </message>
        <message>
            <source>Idle minutes that count</source>
            <translation>Minutos de inatividade que contam</translation>
        </message>
        <message>
            <source>Idle time that counts</source>
            <translation>Inatividade que conta</translation>
        </message>
        <message>
            <source>Notice before a break</source>
            <translation>Aviso antes de uma pausa</translation>
        </message>
        <message>
            <source>Notice ahead</source>
            <translation>Aviso prévio</translation>
        </message>
        <message>
            <source>Snooze</source>
            <translation>Adiar</translation>
        </message>
        <message>
            <source>Snooze times in minutes</source>
            <translation>Tempos de adiamento em minutos</translation>
        </message>
        <message>
            <source>Minutes, separated by commas (up to {n}).</source>
            <translation>Minutos separados por vírgulas (até {n}).</translation>
        </message>
        <message>
            <source>Snooze times</source>
            <translation>Tempos de adiamento</translation>
        </message>
        <message>
            <source>Snoozes allowed per break</source>
            <translation>Adiamentos permitidos por pausa</translation>
        </message>
        <message>
            <source>Snoozes per break</source>
            <translation>Adiamentos por pausa</translation>
        </message>
        <message>
            <source>{lo}–{hi} min is recommended.</source>
            <translation>{lo}–{hi} min é o recomendado.</translation>
        </message>
        <message>
            <source>{lo}–{hi} min is recommended; breaks this often may interrupt focused work.</source>
            <translation>{lo}–{hi} min é o recomendado; pausas tão frequentes podem interromper o trabalho concentrado.</translation>
        </message>
        <message>
            <source>{lo}–{hi} min is recommended; sitting longer than an hour adds up.</source>
            <translation>{lo}–{hi} min é o recomendado; ficar sentado mais de uma hora se acumula.</translation>
        </message>
    </context>
    <context>
        <name>Catalog</name>
        <message>
            <source>Back pain that gets worse when you bend forward</source>
            <extracomment>Conditions and set-ups that rule an exercise out (field ``contraindications``); the user declares the ones that apply to them and the planner leaves those exercises out. The texts are English source strings (translation context "Catalog").</extracomment>
            <translation>Dor nas costas que piora quando você se inclina para a frente</translation>
        </message>
        <message>
            <source>Osteoporosis or low bone density</source>
            <translation>Osteoporose ou baixa densidade óssea</translation>
        </message>
        <message>
            <source>Dizziness, high blood pressure or glaucoma when the head is below the heart</source>
            <translation>Tontura, pressão alta ou glaucoma quando a cabeça fica abaixo do coração</translation>
        </message>
        <message>
            <source>My chair reclines or rolls on wheels</source>
            <translation>Minha cadeira reclina ou tem rodinhas</translation>
        </message>
        <message>
            <source>A shoulder that has dislocated or feels unstable</source>
            <translation>Um ombro que já deslocou ou parece instável</translation>
        </message>
        <message>
            <source>Pregnant, or gave birth in the last 6 months</source>
            <translation>Grávida, ou deu à luz nos últimos 6 meses</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>keep every file the app writes in DIR (default: the per-user data dir)</source>
            <translation>guardar todos os arquivos do app em DIR (padrão: a pasta de dados do usuário)</translation>
        </message>
        <message>
            <source>testing/demo aid for the tray app: multiply every duration (interval, holds, countdowns) by F, 0 &lt; F &lt;= 1</source>
            <translation>ajuda para testes e demonstrações do app: multiplica cada duração (intervalo, sustentações, contagens regressivas) por F, 0 &lt; F &lt;= 1</translation>
        </message>
        <message>
            <source>Desk microbreaks and guided stretch and core sessions, in the tray. Without a command, runs the tray app.</source>
            <translation>Micropausas na mesa e sessões guiadas de alongamento e core, na bandeja do sistema. Sem um comando, inicia o app.</translation>
        </message>
        <message>
            <source>print the version and exit</source>
            <translation>mostra a versão e sai</translation>
        </message>
        <message>
            <source>run the tray app (the default)</source>
            <translation>inicia o app na bandeja (padrão)</translation>
        </message>
        <message>
            <source>make the running instance start a session now</source>
            <translation>faz o app em execução iniciar uma sessão agora</translation>
        </message>
        <message>
            <source>ask the running instance to quit</source>
            <translation>pede ao app em execução que feche</translation>
        </message>
        <message>
            <source>open the running instance's progress window</source>
            <translation>abre a janela de progresso do app em execução</translation>
        </message>
        <message>
            <source>open the running instance's settings</source>
            <translation>abre as configurações do app em execução</translation>
        </message>
        <message>
            <source>print weekly adherence and pain</source>
            <translation>mostra as pausas feitas e a dor por semana</translation>
        </message>
        <message>
            <source>show the last N weeks (8)</source>
            <translation>mostra as últimas N semanas (8)</translation>
        </message>
        <message>
            <source>print JSON</source>
            <translation>mostra JSON</translation>
        </message>
        <message>
            <source>list the exercise catalog</source>
            <translation>lista o catálogo de exercícios</translation>
        </message>
        <message>
            <source>export the raw events as CSV</source>
            <translation>exporta os eventos brutos como CSV</translation>
        </message>
        <message>
            <source>write one CSV file per event table into DIR</source>
            <translation>grava um arquivo CSV por tabela de eventos em DIR</translation>
        </message>
        <message>
            <source>write a one-page PDF report</source>
            <translation>grava um relatório PDF de uma página</translation>
        </message>
        <message>
            <source>write the report to FILE</source>
            <translation>grava o relatório em FILE</translation>
        </message>
        <message>
            <source>cover the last N weeks (12)</source>
            <translation>abrange as últimas N semanas (12)</translation>
        </message>
        <message>
            <source>fill the data dir with synthetic history</source>
            <translation>preenche a pasta de dados com um histórico fictício</translation>
        </message>
        <message>
            <source>years of history to make (1)</source>
            <translation>anos de histórico a criar (1)</translation>
        </message>
        <message>
            <source>random seed, for the same data again (1)</source>
            <translation>semente aleatória, para obter os mesmos dados de novo (1)</translation>
        </message>
        <message>
            <source>counterbalance: the instance endpoint for %1 is held by another user's process; nothing was sent to it.</source>
            <translation>counterbalance: o ponto de acesso do app para %1 pertence a um processo de outro usuário; nada foi enviado a ele.</translation>
        </message>
        <message>
            <source>counterbalance: the running Counterbalance did not answer.</source>
            <translation>counterbalance: o Counterbalance em execução não respondeu.</translation>
        </message>
        <message>
            <source>counterbalance: no running Counterbalance found for %1.
Start it first with `counterbalance` (add the same --data-dir if you used one).</source>
            <translation>counterbalance: nenhum Counterbalance em execução encontrado para %1.
Inicie-o primeiro com `counterbalance` (adicione o mesmo --data-dir se usou um).</translation>
        </message>
        <message>
            <source>counterbalance: cannot use the data dir: %1</source>
            <translation>counterbalance: não é possível usar a pasta de dados: %1</translation>
        </message>
        <message>
            <source>counterbalance export: give a folder with --csv DIR</source>
            <translation>counterbalance export: indique uma pasta com --csv DIR</translation>
        </message>
        <message>
            <source>counterbalance export: cannot write to %1: %2</source>
            <translation>counterbalance export: não é possível gravar em %1: %2</translation>
        </message>
        <message>
            <source>counterbalance export: cannot read your data: %1</source>
            <translation>counterbalance export: não é possível ler seus dados: %1</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n CSV file(s) to %1: %2</source>
            <translation>
                <numerusform>%n arquivo CSV gravado em %1: %2</numerusform>
                <numerusform>%n arquivos CSV gravados em %1: %2</numerusform>
            </translation>
        </message>
        <message>
            <source>counterbalance report: give a file with --pdf FILE</source>
            <translation>counterbalance report: indique um arquivo com --pdf FILE</translation>
        </message>
        <message>
            <source>counterbalance report: cannot write %1: %2</source>
            <translation>counterbalance report: não é possível gravar %1: %2</translation>
        </message>
        <message numerus="yes">
            <source>Wrote the report for %n week(s) to %1</source>
            <translation>
                <numerusform>Relatório de %n semana gravado em %1</numerusform>
                <numerusform>Relatório de %n semanas gravado em %1</numerusform>
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
            <translation>feitas</translation>
        </message>
        <message>
            <source>adher.</source>
            <translation>adesão</translation>
        </message>
        <message>
            <source>user</source>
            <translation>suas</translation>
        </message>
        <message>
            <source>min</source>
            <translation>min</translation>
        </message>
        <message>
            <source>pain before</source>
            <translation>dor antes</translation>
        </message>
        <message>
            <source>after</source>
            <translation>depois</translation>
        </message>
        <message numerus="yes">
            <source>Current streak: %n day(s)</source>
            <translation>
                <numerusform>Sequência atual: %n dia</numerusform>
                <numerusform>Sequência atual: %n dias</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>(longest %n day(s)).</source>
            <translation>
                <numerusform>(a mais longa: %n dia).</numerusform>
                <numerusform>(a mais longa: %n dias).</numerusform>
            </translation>
        </message>
        <message>
            <source>* meaningful change in weekly pain (≥ 2 points or ≥ 30 %).</source>
            <translation>* mudança relevante na dor da semana (≥ 2 pontos ou ≥ 30 %).</translation>
        </message>
        <message>
            <source>counterbalance stats: --weeks must be 1–520, got %1</source>
            <translation>counterbalance stats: --weeks deve ser 1–520, recebido %1</translation>
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
            <translation>Computador exibido</translation>
        </message>
        <message>
            <source>Show the history of all your computers, or of one</source>
            <translation>Mostrar o histórico de todos os seus computadores ou de um só</translation>
        </message>
        <message>
            <source>All computers</source>
            <translation>Todos os computadores</translation>
        </message>
        <message>
            <source>Co&amp;mputer:</source>
            <translation>Co&amp;mputador:</translation>
        </message>
        <message>
            <source>Computer {id}</source>
            <translation>Computador {id}</translation>
        </message>
        <message>
            <source>{name} (this computer)</source>
            <translation>{name} (este computador)</translation>
        </message>
    </context>
    <context>
        <name>ConditionsPage</name>
        <message>
            <source>Tick what applies to you. Counterbalance then leaves out the exercises that are not advised for it. You can change this later in Settings.</source>
            <translation>Marque o que se aplica a você. O Counterbalance então deixa de fora os exercícios não recomendados nesse caso. Você pode mudar isso depois nas Configurações.</translation>
        </message>
    </context>
    <context>
        <name>CountdownRing</name>
        <message>
            <source>Countdown</source>
            <extracomment>Smallest countdown: a 1080p screen at 200 % leaves about 940×440 for the window.</extracomment>
            <translation>Contagem regressiva</translation>
        </message>
    </context>
    <context>
        <name>CounterbalanceApp</name>
        <message>
            <source>Could not save</source>
            <extracomment>How long quitting waits for notices to be taken off the screen. Marker file in the data dir: the "no idle backend" notice was given (issue 13 §4). Exit status when the data dir cannot be used, and when another instance blocks. Slow reads and first imports run here, off the GUI thread.</extracomment>
            <translation>Não foi possível salvar</translation>
        </message>
        <message>
            <source>Counterbalance — Not started</source>
            <translation>Counterbalance — Não iniciado</translation>
        </message>
        <message>
            <source>Counterbalance did not start: {reason}</source>
            <translation>O Counterbalance não iniciou: {reason}</translation>
        </message>
    </context>
    <context>
        <name>CoverageRow</name>
        <message>
            <source>Body regions worked this week</source>
            <translation>Regiões do corpo trabalhadas nesta semana</translation>
        </message>
        <message>
            <source>Worked this week:</source>
            <translation>Trabalhado nesta semana:</translation>
        </message>
        <message>
            <source>%1: not yet</source>
            <translation>%1: ainda não</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n body region(s) worked this week</source>
            <translation>
                <numerusform>%1 de %n região do corpo trabalhada nesta semana</numerusform>
                <numerusform>%1 de %n regiões do corpo trabalhadas nesta semana</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DayPainDialog</name>
        <message>
            <source>Counterbalance — Your day</source>
            <translation>Counterbalance — Seu dia</translation>
        </message>
        <message>
            <source>Average pain today</source>
            <translation>Dor média hoje</translation>
        </message>
        <message>
            <source>Confirm (Enter)</source>
            <translation>Confirmar (Enter)</translation>
        </message>
        <message>
            <source>Confirm rating</source>
            <translation>Confirmar avaliação</translation>
        </message>
        <message>
            <source>Skip (Esc)</source>
            <translation>Pular (Esc)</translation>
        </message>
        <message>
            <source>Skip rating</source>
            <translation>Pular avaliação</translation>
        </message>
    </context>
    <context>
        <name>DisclaimerPage</name>
        <message>
            <source>Before you start, please read this:</source>
            <translation>Antes de começar, leia isto:</translation>
        </message>
        <message>
            <source>I have read and understood this</source>
            <translation>Li e entendi</translation>
        </message>
        <message>
            <source>I have read and understood the disclaimer</source>
            <translation>Li e entendi o aviso</translation>
        </message>
        <message>
            <source>Exercise should feel like mild tension, never sharp pain. You can check warning signs at any time with “Check symptoms”.</source>
            <translation>O exercício deve dar uma leve tensão, nunca uma dor aguda. Você pode verificar os sinais de alerta a qualquer momento em “Verificar sintomas”.</translation>
        </message>
    </context>
    <context>
        <name>DonePage</name>
        <message>
            <source>Close (Enter)</source>
            <translation>Fechar (Enter)</translation>
        </message>
        <message>
            <source>Close window</source>
            <translation>Fechar janela</translation>
        </message>
        <message>
            <source>Well done!</source>
            <translation>Muito bem!</translation>
        </message>
        <message>
            <source>Session ended</source>
            <translation>Sessão encerrada</translation>
        </message>
        <message>
            <source>Session skipped</source>
            <translation>Sessão pulada</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n exercise(s) done</source>
            <translation>
                <numerusform>%1 de %n exercício feito</numerusform>
                <numerusform>%1 de %n exercícios feitos</numerusform>
            </translation>
        </message>
        <message>
            <source>Pain %1/10 before, %2/10 after</source>
            <translation>Dor %1/10 antes, %2/10 depois</translation>
        </message>
    </context>
    <context>
        <name>ExercisePage</name>
        <message>
            <source>Demonstration</source>
            <extracomment>Smallest figure (the ring has its own, ``countdown_ring.RING_MIN_PX``): a 1080p screen at 200 % leaves about 940×440.</extracomment>
            <translation>Demonstração</translation>
        </message>
        <message>
            <source>← Back</source>
            <translation>← Voltar</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Voltar</translation>
        </message>
        <message>
            <source>Pause (Space)</source>
            <translation>Pausar (Espaço)</translation>
        </message>
        <message>
            <source>Pause or resume</source>
            <translation>Pausar ou continuar</translation>
        </message>
        <message>
            <source>Skip set →</source>
            <translation>Pular série →</translation>
        </message>
        <message>
            <source>Skip this set</source>
            <translation>Pular esta série</translation>
        </message>
        <message>
            <source>End (Esc)</source>
            <extracomment>Says what the last → skipped, until the next set is under way.</extracomment>
            <translation>Encerrar (Esc)</translation>
        </message>
        <message>
            <source>End session</source>
            <translation>Encerrar a sessão</translation>
        </message>
        <message>
            <source>Next: %1</source>
            <translation>A seguir: %1</translation>
        </message>
        <message>
            <source>Last exercise</source>
            <translation>Último exercício</translation>
        </message>
        <message>
            <source>Set %1 of %2</source>
            <translation>Série %1 de %2</translation>
        </message>
        <message>
            <source>Resume (Space)</source>
            <translation>Continuar (Espaço)</translation>
        </message>
        <message>
            <source>Switch sides: %1</source>
            <translation>Troque de lado: %1</translation>
        </message>
        <message>
            <source>Get ready: %1</source>
            <translation>Prepare-se: %1</translation>
        </message>
        <message>
            <source>Get ready</source>
            <translation>Prepare-se</translation>
        </message>
        <message>
            <source>get ready</source>
            <translation>prepare-se</translation>
        </message>
        <message>
            <source>Hold</source>
            <translation>Sustente</translation>
        </message>
        <message>
            <source>hold %1 of %2</source>
            <translation>sustentação %1 de %2</translation>
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
            <translation>Relaxe</translation>
        </message>
        <message>
            <source>next: hold %1 of %2</source>
            <translation>a seguir: sustentação %1 de %2</translation>
        </message>
        <message>
            <source>Rep %1 of %2</source>
            <translation>Repetição %1 de %2</translation>
        </message>
        <message>
            <source>%1 s per rep</source>
            <translation>%1 s por repetição</translation>
        </message>
        <message>
            <source>Paused — press Space to continue</source>
            <translation>Pausado — pressione Espaço para continuar</translation>
        </message>
    </context>
    <context>
        <name>ExercisesPage</name>
        <message>
            <source>Exercises</source>
            <translation>Exercícios</translation>
        </message>
        <message>
            <source>Your exercises</source>
            <translation>Seus exercícios</translation>
        </message>
        <message>
            <source>Exercise focus</source>
            <translation>Foco dos exercícios</translation>
        </message>
        <message>
            <source>Focus</source>
            <translation>Foco</translation>
        </message>
        <message>
            <source>No band</source>
            <translation>Sem faixa</translation>
        </message>
        <message>
            <source>Resistance band</source>
            <translation>Faixa elástica</translation>
        </message>
        <message>
            <source>Equipment at your desk</source>
            <translation>Equipamento na sua mesa</translation>
        </message>
        <message>
            <source>Equipment</source>
            <translation>Equipamento</translation>
        </message>
        <message>
            <source>Neither / not sure</source>
            <translation>Nenhum / não sei</translation>
        </message>
        <message>
            <source>Left side is weaker</source>
            <translation>O lado esquerdo é mais fraco</translation>
        </message>
        <message>
            <source>Right side is weaker</source>
            <translation>O lado direito é mais fraco</translation>
        </message>
        <message>
            <source>Weaker side</source>
            <translation>Lado mais fraco</translation>
        </message>
        <message>
            <source>Left side is tighter</source>
            <translation>O lado esquerdo é mais tenso</translation>
        </message>
        <message>
            <source>Right side is tighter</source>
            <translation>O lado direito é mais tenso</translation>
        </message>
        <message>
            <source>Tighter side</source>
            <translation>Lado mais tenso</translation>
        </message>
        <message>
            <source>Leave out exercises not advised for:</source>
            <translation>Deixar de fora exercícios não recomendados em caso de:</translation>
        </message>
        <message>
            <source>Daily session</source>
            <translation>Sessão diária</translation>
        </message>
        <message>
            <source>Remind me of a longer daily session</source>
            <translation>Lembrar-me de uma sessão diária mais longa</translation>
        </message>
        <message>
            <source>Daily session time</source>
            <translation>Horário da sessão diária</translation>
        </message>
        <message>
            <source>Reminder at</source>
            <translation>Lembrete às</translation>
        </message>
        <message>
            <source>Your local time, every day.</source>
            <translation>Seu horário local, todos os dias.</translation>
        </message>
        <message>
            <source>Pain ratings</source>
            <translation>Avaliações de dor</translation>
        </message>
        <message>
            <source>Share of microbreaks asking pain</source>
            <translation>Parcela de micropausas que perguntam sobre dor</translation>
        </message>
        <message>
            <source>Ask on</source>
            <translation>Perguntar em</translation>
        </message>
        <message>
            <source>of microbreaks, before and after.</source>
            <translation>das micropausas, antes e depois.</translation>
        </message>
        <message>
            <source>The 0–10 ratings show whether the exercises help you. 100 % asks every time; 0 % never asks during microbreaks.</source>
            <translation>As avaliações de 0 a 10 mostram se os exercícios ajudam você. 100 % pergunta sempre; 0 % nunca pergunta nas micropausas.</translation>
        </message>
        <message>
            <source>Ask how each exercise felt in microbreaks</source>
            <translation>Perguntar como foi cada exercício nas micropausas</translation>
        </message>
        <message>
            <source>Off: one optional question at the end of a microbreak. Daily sessions always ask after each exercise.</source>
            <translation>Desligado: uma pergunta opcional no fim de uma micropausa. As sessões diárias sempre perguntam depois de cada exercício.</translation>
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
            <translation>Foi fácil</translation>
        </message>
        <message>
            <source>OK  (O)</source>
            <translation>OK  (O)</translation>
        </message>
        <message>
            <source>Felt OK</source>
            <translation>Foi OK</translation>
        </message>
        <message>
            <source>Hard  (H)</source>
            <translation>Difícil  (H)</translation>
        </message>
        <message>
            <source>Felt hard</source>
            <translation>Foi difícil</translation>
        </message>
        <message>
            <source>Any pain during it? (optional, 0–10)</source>
            <translation>Alguma dor durante o exercício? (opcional, 0–10)</translation>
        </message>
        <message>
            <source>Skip question (Esc)</source>
            <translation>Pular pergunta (Esc)</translation>
        </message>
        <message>
            <source>Skip question</source>
            <translation>Pular pergunta</translation>
        </message>
        <message>
            <source>New numbness, tingling or weakness…</source>
            <translation>Dormência, formigamento ou fraqueza novos…</translation>
        </message>
        <message>
            <source>Report new numbness, tingling or weakness</source>
            <translation>Relatar dormência, formigamento ou fraqueza novos</translation>
        </message>
        <message>
            <source>Pain above 5 during an exercise is more than it should be: this one will be eased next time. Sharp pain, numbness or tingling? Stop and check your symptoms.</source>
            <translation>Dor acima de 5 durante um exercício é mais do que deveria: este será aliviado na próxima vez. Dor aguda, dormência ou formigamento? Pare e verifique seus sintomas.</translation>
        </message>
        <message>
            <source>How did “%1” feel?</source>
            <translation>Como foi “%1”?</translation>
        </message>
        <message>
            <source>Done! How did this break feel?</source>
            <translation>Pronto! Como foi esta pausa?</translation>
        </message>
        <message>
            <source>Optional: press E, O or H to finish.</source>
            <translation>Opcional: pressione E, O ou H para terminar.</translation>
        </message>
        <message numerus="yes">
            <source>Optional: this window closes by itself in %n s.</source>
            <translation>
                <numerusform>Opcional: esta janela fecha sozinha em %n s.</numerusform>
                <numerusform>Opcional: esta janela fecha sozinha em %n s.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FigureWidget</name>
        <message>
            <source>Exercise demonstration</source>
            <translation>Demonstração do exercício</translation>
        </message>
        <message>
            <source>An animated figure shows how to do the exercise.</source>
            <translation>Uma figura animada mostra como fazer o exercício.</translation>
        </message>
        <message>
            <source>Press Space to pause or play the demonstration</source>
            <translation>Pressione Espaço para pausar ou continuar a demonstração</translation>
        </message>
        <message>
            <source> (other side)</source>
            <translation> (outro lado)</translation>
        </message>
        <message>
            <source>Animated figure: {name}{side}. {description}</source>
            <translation>Figura animada: {name}{side}. {description}</translation>
        </message>
        <message>
            <source>No exercise</source>
            <translation>Nenhum exercício</translation>
        </message>
    </context>
    <context>
        <name>GeneralPage</name>
        <message>
            <source>General</source>
            <translation>Geral</translation>
        </message>
        <message>
            <source>No sound output found: sessions run silently. Cues come back by themselves when sound is available.</source>
            <translation>Nenhuma saída de som encontrada: as sessões ficam em silêncio. Os sinais voltam sozinhos quando houver som.</translation>
        </message>
        <message>
            <source>No speech engine answers (e.g. speech-dispatcher with espeak-ng): cues are not spoken. They come back by themselves when one is installed.</source>
            <translation>Nenhum mecanismo de voz responde (por ex. speech-dispatcher com espeak-ng): as instruções não são faladas. Elas voltam sozinhas quando um for instalado.</translation>
        </message>
        <message>
            <source>This installation cannot play sound or speech: cues stay silent.</source>
            <translation>Esta instalação não consegue tocar som nem voz: os sinais ficam em silêncio.</translation>
        </message>
        <message>
            <source>A sound file is missing from the installation: reinstall to fix.</source>
            <translation>Falta um arquivo de som na instalação: reinstale para corrigir.</translation>
        </message>
        <message>
            <source>Quiet times</source>
            <translation>Momentos de silêncio</translation>
        </message>
        <message>
            <source>Hold breaks while a full-screen window is active</source>
            <translation>Segurar as pausas enquanto uma janela em tela cheia estiver ativa</translation>
        </message>
        <message>
            <source>Presentations, calls and videos are not interrupted.</source>
            <translation>Apresentações, chamadas e vídeos não são interrompidos.</translation>
        </message>
        <message>
            <source>Hold breaks while Do Not Disturb is on</source>
            <translation>Segurar as pausas enquanto “Não perturbe” estiver ligado</translation>
        </message>
        <message>
            <source>A held break is offered as soon as the quiet time ends.</source>
            <translation>Uma pausa segurada é oferecida assim que o momento de silêncio termina.</translation>
        </message>
        <message>
            <source>Sounds</source>
            <translation>Sons</translation>
        </message>
        <message>
            <source>Play ticks and chimes during sessions</source>
            <translation>Tocar tique-taques e sinos durante as sessões</translation>
        </message>
        <message>
            <source>Speak exercise cues aloud</source>
            <translation>Falar em voz alta as instruções dos exercícios</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>Same as the system</source>
            <translation>O mesmo do sistema</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>Idioma:</translation>
        </message>
        <message>
            <source>A new language applies the next time Counterbalance starts.</source>
            <translation>Um novo idioma vale a partir da próxima vez que o Counterbalance iniciar.</translation>
        </message>
        <message>
            <source>Start at login</source>
            <translation>Iniciar ao entrar</translation>
        </message>
        <message>
            <source>Start Counterbalance when I log in</source>
            <translation>Iniciar o Counterbalance ao entrar</translation>
        </message>
        <message>
            <source>Breaks only come while Counterbalance is running.</source>
            <translation>As pausas só chegam enquanto o Counterbalance está em execução.</translation>
        </message>
    </context>
    <context>
        <name>HoursPage</name>
        <message>
            <source>Working hours</source>
            <translation>Horário de trabalho</translation>
        </message>
        <message>
            <source>Only offer breaks during my working hours</source>
            <translation>Oferecer pausas só durante meu horário de trabalho</translation>
        </message>
        <message>
            <source>Outside these hours no breaks are offered, and the count starts afresh each day. A day may have several ranges, e.g. before and after lunch.</source>
            <translation>Fora desse horário nenhuma pausa é oferecida, e a contagem recomeça a cada dia. Um dia pode ter vários intervalos, por ex. antes e depois do almoço.</translation>
        </message>
    </context>
    <context>
        <name>Housekeeping</name>
        <message>
            <source>How was your day?</source>
            <extracomment>Where versions before the marker file remembered the idle notice (read, never written). The kind of the end-of-day notice (the pre-break one is the notifier's default).</extracomment>
            <translation>Como foi o seu dia?</translation>
        </message>
        <message>
            <source>Counterbalance: rate today's average pain (optional).</source>
            <translation>Counterbalance: avalie a dor média de hoje (opcional).</translation>
        </message>
        <message>
            <source>Counterbalance</source>
            <translation>Counterbalance</translation>
        </message>
        <message>
            <source>Counterbalance cannot tell when you step away on this desktop, so all time counts as active. Breaks still come on time.</source>
            <translation>O Counterbalance não consegue saber quando você se afasta nesta área de trabalho, então todo o tempo conta como ativo. As pausas continuam chegando na hora.</translation>
        </message>
    </context>
    <context>
        <name>LeavingOffer</name>
        <message>
            <source>This computer's files were removed from the sync folder.</source>
            <extracomment>Asks whether to remove this computer's files (the dialog; tests give their own).</extracomment>
            <translation>Os arquivos deste computador foram removidos da pasta sincronizada.</translation>
        </message>
        <message>
            <source>This computer's files could not be removed from the sync folder.</source>
            <translation>Não foi possível remover os arquivos deste computador da pasta sincronizada.</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Sincronização</translation>
        </message>
    </context>
    <context>
        <name>LiveSettings</name>
        <message>
            <source>Your settings</source>
            <translation>Suas configurações</translation>
        </message>
        <message>
            <source>Could not save settings</source>
            <translation>Não foi possível salvar as configurações</translation>
        </message>
        <message>
            <source>Start at login</source>
            <translation>Iniciar ao entrar</translation>
        </message>
        <message>
            <source>Could not change the start-at-login setting at {place}: {why}</source>
            <translation>Não foi possível alterar o início ao entrar em {place}: {why}</translation>
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
            <translation>Janela de status do Counterbalance</translation>
        </message>
        <message>
            <source>Your desktop has no system tray, so Counterbalance shows this small window instead. Breaks still arrive on time. On GNOME, the AppIndicator extension adds a tray.</source>
            <translation>Sua área de trabalho não tem bandeja do sistema, então o Counterbalance mostra esta janelinha no lugar. As pausas continuam chegando na hora. No GNOME, a extensão AppIndicator adiciona uma bandeja.</translation>
        </message>
        <message>
            <source>Why this window is shown</source>
            <translation>Por que esta janela aparece</translation>
        </message>
        <message>
            <source>Break status</source>
            <translation>Status das pausas</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Mensagem</translation>
        </message>
        <message>
            <source>&amp;Start now</source>
            <translation>&amp;Começar agora</translation>
        </message>
        <message>
            <source>S&amp;nooze {n} min</source>
            <translation>A&amp;diar {n} min</translation>
        </message>
        <message>
            <source>&amp;Pause 1 h</source>
            <translation>&amp;Pausar 1 h</translation>
        </message>
        <message>
            <source>Pro&amp;gress…</source>
            <translation>Pro&amp;gresso…</translation>
        </message>
        <message>
            <source>Rate &amp;today's pain…</source>
            <translation>Avaliar a dor de &amp;hoje…</translation>
        </message>
        <message>
            <source>&amp;Check symptoms…</source>
            <translation>&amp;Verificar sintomas…</translation>
        </message>
        <message>
            <source>S&amp;ettings…</source>
            <translation>Con&amp;figurações…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Sair</translation>
        </message>
        <message>
            <source>&amp;Resume</source>
            <translation>&amp;Retomar</translation>
        </message>
    </context>
    <context>
        <name>OnboardingDialog</name>
        <message>
            <source>Counterbalance — Welcome</source>
            <extracomment>The dialog's size: room for the longest sign of the safety check on a 1280×800 screen. The user consented to starting Counterbalance at login. Declared contraindications (``settings.CONDITIONS``). Red flags ticked in the first-run safety check; None when it was not asked.</extracomment>
            <translation>Counterbalance — Boas-vindas</translation>
        </message>
        <message>
            <source>Welcome to Counterbalance</source>
            <translation>Bem-vindo ao Counterbalance</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Voltar</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Avançar</translation>
        </message>
        <message>
            <source>A quick safety check</source>
            <translation>Uma verificação rápida de segurança</translation>
        </message>
        <message>
            <source>What do you notice?</source>
            <translation>O que você percebe?</translation>
        </message>
        <message>
            <source>Your set-up</source>
            <translation>Seu equipamento</translation>
        </message>
        <message>
            <source>Anything to leave out?</source>
            <translation>Algo a evitar?</translation>
        </message>
        <message>
            <source>Your starting focus</source>
            <translation>Seu foco inicial</translation>
        </message>
        <message>
            <source>Finish</source>
            <translation>Concluir</translation>
        </message>
        <message>
            <source>Step %1 of %2</source>
            <translation>Etapa %1 de %2</translation>
        </message>
    </context>
    <context>
        <name>Pain</name>
        <message>
            <source>How much pain do you have right now?</source>
            <extracomment>Smallest change in weekly mean pain shown as "meaningful" (brief §4, low back pain). Alternatively, a relative change of this share counts as meaningful. Minimal detectable change of a single NRS rating (brief §4 [21]): smaller differences between two single ratings are within measurement noise.</extracomment>
            <translation>Quanta dor você sente agora?</translation>
        </message>
        <message>
            <source>How much pain do you have in your {region} right now?</source>
            <translation>Quanta dor você sente agora em {region}?</translation>
        </message>
        <message>
            <source>On average, how much pain have you had today?</source>
            <translation>Em média, quanta dor você sentiu hoje?</translation>
        </message>
        <message>
            <source>0 = no pain</source>
            <translation>0 = sem dor</translation>
        </message>
        <message>
            <source>10 = worst pain imaginable</source>
            <translation>10 = pior dor imaginável</translation>
        </message>
        <message>
            <source>no pain</source>
            <translation>sem dor</translation>
        </message>
        <message>
            <source>worst pain imaginable</source>
            <translation>pior dor imaginável</translation>
        </message>
        <message>
            <source>Before we start</source>
            <extracomment>Headline over the rating, by when it is asked.</extracomment>
            <translation>Antes de começar</translation>
        </message>
        <message>
            <source>Session finished</source>
            <translation>Sessão concluída</translation>
        </message>
        <message>
            <source>Pain during this exercise</source>
            <translation>Dor durante este exercício</translation>
        </message>
        <message>
            <source>Your day</source>
            <translation>Seu dia</translation>
        </message>
        <message>
            <source>No pain</source>
            <translation>Sem dor</translation>
        </message>
        <message>
            <source>Mild</source>
            <translation>Leve</translation>
        </message>
        <message>
            <source>Moderate</source>
            <translation>Moderada</translation>
        </message>
        <message>
            <source>Severe</source>
            <translation>Forte</translation>
        </message>
        <message>
            <source>Neck</source>
            <extracomment>Display names of the optional body regions (brief §4).</extracomment>
            <translation>Pescoço</translation>
        </message>
        <message>
            <source>Upper back / shoulders</source>
            <translation>Parte superior das costas / ombros</translation>
        </message>
        <message>
            <source>Low back</source>
            <translation>Lombar</translation>
        </message>
        <message>
            <source>Hips / buttocks</source>
            <translation>Quadris / glúteos</translation>
        </message>
        <message>
            <source>Leg (below the knee)</source>
            <translation>Perna (abaixo do joelho)</translation>
        </message>
        <message>
            <source>Arm / hand</source>
            <translation>Braço / mão</translation>
        </message>
        <message>
            <source>neck</source>
            <extracomment>The region as it reads inside the question ("in your …").</extracomment>
            <translation>o pescoço</translation>
        </message>
        <message>
            <source>upper back or shoulders</source>
            <translation>a parte superior das costas ou os ombros</translation>
        </message>
        <message>
            <source>low back</source>
            <translation>a lombar</translation>
        </message>
        <message>
            <source>hips or buttocks</source>
            <translation>os quadris ou os glúteos</translation>
        </message>
        <message>
            <source>leg</source>
            <translation>a perna</translation>
        </message>
        <message>
            <source>arm or hand</source>
            <translation>o braço ou a mão</translation>
        </message>
    </context>
    <context>
        <name>PainRating</name>
        <message numerus="yes">
            <source>Pain %n out of 10</source>
            <extracomment>Band label colours on a light window (each ≥ 4.5:1 against it). Band label colours on a dark window.</extracomment>
            <translation>
                <numerusform>Dor %n de 10</numerusform>
                <numerusform>Dor %n de 10</numerusform>
            </translation>
        </message>
        <message>
            <source>Where is the pain (optional)</source>
            <translation>Onde é a dor (opcional)</translation>
        </message>
        <message>
            <source>Anywhere / not specific</source>
            <translation>Em qualquer lugar / não específico</translation>
        </message>
        <message>
            <source>Where (optional):</source>
            <translation>Onde (opcional):</translation>
        </message>
        <message>
            <source>Type 0–9 · 1 then 0 for 10 · Enter confirms · Esc skips</source>
            <translation>Digite 0–9 · 1 e depois 0 para 10 · Enter confirma · Esc pula</translation>
        </message>
        <message>
            <source>Optional: type 0–9, or 1 then 0 for 10</source>
            <translation>Opcional: digite 0–9, ou 1 e depois 0 para 10</translation>
        </message>
    </context>
    <context>
        <name>Planner</name>
        <message>
            <source>My low back gets sore after sitting or standing a while</source>
            <translation>Minha lombar dói depois de ficar sentado ou em pé por um tempo</translation>
        </message>
        <message>
            <source>The front of my hips feels tight</source>
            <translation>A frente dos meus quadris parece tensa</translation>
        </message>
        <message>
            <source>I find it hard to feel my glutes or core working</source>
            <translation>Tenho dificuldade de sentir meus glúteos ou meu abdômen trabalhando</translation>
        </message>
        <message>
            <source>My low back looks flat and the backs of my thighs feel tight</source>
            <translation>Minha lombar parece reta e a parte de trás das coxas parece tensa</translation>
        </message>
        <message>
            <source>My neck or shoulders ache after screen work</source>
            <translation>Meu pescoço ou meus ombros doem depois de trabalhar no computador</translation>
        </message>
        <message>
            <source>My head pokes forward or my shoulders round when I sit</source>
            <translation>Minha cabeça vai para a frente ou meus ombros se curvam quando me sento</translation>
        </message>
        <message>
            <source>I get tension headaches</source>
            <translation>Tenho dor de cabeça tensional</translation>
        </message>
        <message>
            <source>One hip always feels tighter than the other</source>
            <translation>Um quadril sempre parece mais tenso que o outro</translation>
        </message>
        <message>
            <source>One shoulder sits higher than the other</source>
            <translation>Um ombro fica mais alto que o outro</translation>
        </message>
        <message>
            <source>My belt or trouser line sits unevenly</source>
            <translation>Meu cinto ou a cintura da calça fica torta</translation>
        </message>
        <message>
            <source>I keep shifting my weight to one side</source>
            <translation>Fico sempre jogando o peso para um lado</translation>
        </message>
        <message>
            <source>My pain is mostly on one side</source>
            <translation>Minha dor é mais de um lado</translation>
        </message>
        <message>
            <source>Hips and low back (lower-crossed pattern)</source>
            <translation>Quadris e lombar (padrão cruzado inferior)</translation>
        </message>
        <message>
            <source>Neck, chest and upper back (upper-crossed pattern)</source>
            <translation>Pescoço, peito e parte superior das costas (padrão cruzado superior)</translation>
        </message>
        <message>
            <source>Both: alternate upper and lower body</source>
            <translation>Ambos: alternar parte superior e inferior do corpo</translation>
        </message>
        <message>
            <source>Left–right balance (one side tighter or weaker)</source>
            <translation>Equilíbrio esquerda–direita (um lado mais tenso ou mais fraco)</translation>
        </message>
        <message>
            <source>Flat low back (posterior-tilt pattern)</source>
            <translation>Lombar reta (padrão de retroversão pélvica)</translation>
        </message>
    </context>
    <context>
        <name>ProgressCards</name>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n dia</numerusform>
                <numerusform>%n dias</numerusform>
            </translation>
        </message>
        <message>
            <source>Breaks taken this week</source>
            <translation>Pausas feitas nesta semana</translation>
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
            <translation>Nenhuma pausa oferecida ainda</translation>
        </message>
        <message>
            <source>last week %1</source>
            <translation>semana passada %1</translation>
        </message>
        <message>
            <source>Pain before sessions</source>
            <translation>Dor antes das sessões</translation>
        </message>
        <message>
            <source> / 10</source>
            <translation> / 10</translation>
        </message>
        <message>
            <source>a meaningful drop</source>
            <translation>uma queda significativa</translation>
        </message>
        <message>
            <source>a meaningful rise</source>
            <translation>um aumento significativo</translation>
        </message>
        <message>
            <source>%1 points within sessions</source>
            <translation>%1 pontos dentro das sessões</translation>
        </message>
        <message>
            <source>Rate your pain before a session</source>
            <translation>Avalie sua dor antes de uma sessão</translation>
        </message>
        <message>
            <source>Current streak</source>
            <translation>Sequência atual</translation>
        </message>
        <message>
            <source>longest: %1</source>
            <translation>a mais longa: %1</translation>
        </message>
        <message>
            <source>Exercise this week</source>
            <translation>Exercício nesta semana</translation>
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
                <numerusform>semana passada %n min</numerusform>
                <numerusform>semana passada %n min</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProgressCharts</name>
        <message>
            <source>Charts of adherence and pain</source>
            <translation>Gráficos de adesão e dor</translation>
        </message>
        <message>
            <source>The charts could not be drawn: %1</source>
            <translation>Não foi possível desenhar os gráficos: %1</translation>
        </message>
        <message>
            <source>Qt Quick is not available</source>
            <translation>O Qt Quick não está disponível</translation>
        </message>
        <message numerus="yes">
            <source>Week of %1: %2 of %n break(s) taken (%3)</source>
            <translation>
                <numerusform>Semana de %1: %2 de %n pausa feita (%3)</numerusform>
                <numerusform>Semana de %1: %2 de %n pausas feitas (%3)</numerusform>
            </translation>
        </message>
        <message>
            <source>Sessions you started: %1</source>
            <translation>Sessões que você iniciou: %1</translation>
        </message>
        <message>
            <source>Week of %1</source>
            <translation>Semana de %1</translation>
        </message>
        <message>
            <source>Breaks taken (%)</source>
            <translation>Pausas feitas (%)</translation>
        </message>
        <message>
            <source>Pain before session</source>
            <translation>Dor antes da sessão</translation>
        </message>
        <message>
            <source>Pain after session</source>
            <translation>Dor depois da sessão</translation>
        </message>
        <message>
            <source>Breaks taken and pain, week by week</source>
            <translation>Pausas feitas e dor, semana a semana</translation>
        </message>
        <message>
            <source>Pain before sessions, by body region</source>
            <translation>Dor antes das sessões, por região do corpo</translation>
        </message>
        <message>
            <source>Pain 0–10</source>
            <translation>Dor 0–10</translation>
        </message>
        <message>
            <source>Breaks taken</source>
            <translation>Pausas feitas</translation>
        </message>
        <message>
            <source>Pick a body region when you rate your pain to see it here.</source>
            <translation>Escolha uma região do corpo ao avaliar a dor para vê-la aqui.</translation>
        </message>
    </context>
    <context>
        <name>ProgressDialogs</name>
        <message>
            <source>Counterbalance — Export CSV to folder</source>
            <translation>Counterbalance — Exportar CSV para uma pasta</translation>
        </message>
        <message>
            <source>Counterbalance — Save chart images to folder</source>
            <translation>Counterbalance — Salvar imagens dos gráficos em uma pasta</translation>
        </message>
        <message>
            <source>Counterbalance — Save report</source>
            <translation>Counterbalance — Salvar relatório</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Arquivos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Counterbalance — Delete all my data</source>
            <translation>Counterbalance — Apagar todos os meus dados</translation>
        </message>
        <message>
            <source>Delete every break, session, set and pain rating?</source>
            <translation>Apagar todas as pausas, sessões, séries e avaliações de dor?</translation>
        </message>
        <message>
            <source>This cannot be undone. Automatic backups are deleted too. You can save a copy of your data first.</source>
            <translation>Isto não pode ser desfeito. Os backups automáticos também são apagados. Você pode salvar uma cópia dos seus dados antes.</translation>
        </message>
        <message>
            <source>&amp;Save a copy first…</source>
            <translation>&amp;Salvar uma cópia antes…</translation>
        </message>
        <message>
            <source>&amp;Delete everything</source>
            <translation>&amp;Apagar tudo</translation>
        </message>
        <message>
            <source>Counterbalance — Save a copy of your data</source>
            <translation>Counterbalance — Salvar uma cópia dos seus dados</translation>
        </message>
        <message>
            <source>Counterbalance data (*.sqlite3)</source>
            <translation>Dados do Counterbalance (*.sqlite3)</translation>
        </message>
    </context>
    <context>
        <name>ProgressPresenter</name>
        <message>
            <source>Something went wrong: %1</source>
            <extracomment>Exercise id -&gt; target region (catalog); empty hides the "worked this week" row. The computer shown (None: all) and the names to show computers by (sync).</extracomment>
            <translation>Algo deu errado: %1</translation>
        </message>
        <message numerus="yes">
            <source>Saved %n CSV file(s) in %1</source>
            <translation>
                <numerusform>%n arquivo CSV salvo em %1</numerusform>
                <numerusform>%n arquivos CSV salvos em %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saved %n chart image(s) in %1</source>
            <translation>
                <numerusform>%n imagem de gráfico salva em %1</numerusform>
                <numerusform>%n imagens de gráficos salvas em %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not save the report: %1</source>
            <translation>Não foi possível salvar o relatório: %1</translation>
        </message>
        <message>
            <source>Saved the report as %1</source>
            <translation>Relatório salvo como %1</translation>
        </message>
        <message>
            <source>Could not save a copy: %1</source>
            <translation>Não foi possível salvar uma cópia: %1</translation>
        </message>
        <message>
            <source>Saved a copy as %1</source>
            <translation>Cópia salva como %1</translation>
        </message>
        <message>
            <source>All your data was deleted.</source>
            <translation>Todos os seus dados foram apagados.</translation>
        </message>
    </context>
    <context>
        <name>ProgressWindow</name>
        <message>
            <source>Neck</source>
            <extracomment>Week labels are thinned out above this many weeks so they stay readable. Line colours per body region, chosen for contrast on light and on dark windows. Names of the pain regions (``core.events.Region``).
----------
Names of the catalog's target regions (``core.catalog.BODY_REGIONS``).</extracomment>
            <translation>Pescoço</translation>
        </message>
        <message>
            <source>Chest &amp; shoulders</source>
            <translation>Peito e ombros</translation>
        </message>
        <message>
            <source>Upper back</source>
            <translation>Parte superior das costas</translation>
        </message>
        <message>
            <source>Core</source>
            <translation>Core</translation>
        </message>
        <message>
            <source>Low back</source>
            <translation>Lombar</translation>
        </message>
        <message>
            <source>Hips</source>
            <translation>Quadris</translation>
        </message>
        <message>
            <source>Legs</source>
            <translation>Pernas</translation>
        </message>
        <message>
            <source>Upper back / shoulders</source>
            <translation>Parte superior das costas / ombros</translation>
        </message>
        <message>
            <source>Hips / buttocks</source>
            <translation>Quadris / glúteos</translation>
        </message>
        <message>
            <source>Leg below knee</source>
            <translation>Perna abaixo do joelho</translation>
        </message>
        <message>
            <source>Arm / hand</source>
            <translation>Braço / mão</translation>
        </message>
        <message>
            <source>Counterbalance — Progress</source>
            <extracomment>Ranges offered in the selector, in weeks. The first size: fits a 1280×800 screen with a panel. The charts never get shorter than this; a smaller window scrolls them instead.</extracomment>
            <translation>Counterbalance — Progresso</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progresso</translation>
        </message>
        <message>
            <source>Weeks shown</source>
            <translation>Semanas exibidas</translation>
        </message>
        <message>
            <source>How many weeks the charts show</source>
            <translation>Quantas semanas os gráficos mostram</translation>
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
            <translation>Seu progresso</translation>
        </message>
        <message>
            <source>&amp;Show:</source>
            <translation>&amp;Mostrar:</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>No progress yet</source>
            <translation>Ainda sem progresso</translation>
        </message>
        <message>
            <source>Nothing to show yet</source>
            <translation>Ainda não há nada para mostrar</translation>
        </message>
        <message>
            <source>Your charts appear here after your first break. Each week shows how many breaks you took out of those offered (adherence), and, when you rate your pain before and after a session, how your pain changes over the weeks.</source>
            <translation>Seus gráficos aparecem aqui depois da sua primeira pausa. Cada semana mostra quantas pausas você fez entre as oferecidas (adesão) e, se você avaliar a dor antes e depois de uma sessão, como sua dor muda ao longo das semanas.</translation>
        </message>
        <message>
            <source>Tip: start a session now from the tray menu, or wait for the next break reminder. Rating your pain is optional and takes one key press.</source>
            <translation>Dica: comece uma sessão agora pelo menu da bandeja ou espere o próximo lembrete de pausa. Avaliar a dor é opcional e leva só uma tecla.</translation>
        </message>
        <message>
            <source>Loading your progress…</source>
            <translation>Carregando seu progresso…</translation>
        </message>
        <message>
            <source>Loading</source>
            <translation>Carregando</translation>
        </message>
        <message>
            <source>Export &amp;CSV…</source>
            <translation>Exportar &amp;CSV…</translation>
        </message>
        <message>
            <source>Export raw events as CSV</source>
            <translation>Exportar os eventos brutos como CSV</translation>
        </message>
        <message>
            <source>Save charts as P&amp;NG…</source>
            <translation>Salvar gráficos como P&amp;NG…</translation>
        </message>
        <message>
            <source>Save chart images</source>
            <translation>Salvar imagens dos gráficos</translation>
        </message>
        <message>
            <source>&amp;Report for physio (PDF)…</source>
            <translation>&amp;Relatório para o fisio (PDF)…</translation>
        </message>
        <message>
            <source>PDF report</source>
            <translation>Relatório em PDF</translation>
        </message>
        <message>
            <source>&amp;Delete all my data…</source>
            <translation>&amp;Apagar todos os meus dados…</translation>
        </message>
        <message>
            <source>Delete all data</source>
            <translation>Apagar todos os dados</translation>
        </message>
        <message numerus="yes">
            <source>%n week(s) ago</source>
            <translation>
                <numerusform>%n semana atrás</numerusform>
                <numerusform>%n semanas atrás</numerusform>
            </translation>
        </message>
        <message>
            <source>Pain about the same as {ago}</source>
            <translation>Dor mais ou menos igual a {ago}</translation>
        </message>
        <message>
            <source>Pain {points} points lower than {ago}</source>
            <translation>Dor {points} pontos mais baixa que {ago}</translation>
        </message>
        <message>
            <source>Pain {points} points higher than {ago}</source>
            <translation>Dor {points} pontos mais alta que {ago}</translation>
        </message>
        <message>
            <source>As many breaks as {ago}: {recent} (was {earlier})</source>
            <translation>Tantas pausas quanto {ago}: {recent} (antes {earlier})</translation>
        </message>
        <message>
            <source>More breaks than {ago}: {recent} (was {earlier})</source>
            <translation>Mais pausas que {ago}: {recent} (antes {earlier})</translation>
        </message>
        <message>
            <source>Fewer breaks than {ago}: {recent} (was {earlier})</source>
            <translation>Menos pausas que {ago}: {recent} (antes {earlier})</translation>
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
            <translation>Fechar e pular esta pausa</translation>
        </message>
        <message>
            <source>Close (skips this break)</source>
            <translation>Fechar (pula esta pausa)</translation>
        </message>
        <message>
            <source>Finish what you're typing: the break starts when you pause for a moment.</source>
            <translation>Termine o que está digitando: a pausa começa quando você parar por um momento.</translation>
        </message>
        <message>
            <source>Start now</source>
            <translation>Começar agora</translation>
        </message>
        <message>
            <source>Start the break now</source>
            <translation>Começar a pausa agora</translation>
        </message>
        <message>
            <source>At my next pause</source>
            <translation>Na minha próxima parada</translation>
        </message>
        <message>
            <source>Start the break when I stop typing</source>
            <translation>Começar a pausa quando eu parar de digitar</translation>
        </message>
        <message>
            <source>Keep typing; the break starts by itself when you pause for a few seconds.</source>
            <translation>Continue digitando; a pausa começa sozinha quando você parar por alguns segundos.</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Pular</translation>
        </message>
        <message>
            <source>Skip this break</source>
            <translation>Pular esta pausa</translation>
        </message>
        <message>
            <source>Snooze</source>
            <translation>Adiar</translation>
        </message>
        <message>
            <source>Time for a short break</source>
            <translation>Hora de uma pausa curta</translation>
        </message>
        <message>
            <source>Time for your daily session</source>
            <translation>Hora da sua sessão diária</translation>
        </message>
        <message>
            <source>Time for the break you skipped</source>
            <translation>Hora da pausa que você pulou</translation>
        </message>
        <message>
            <source>First: {name}</source>
            <translation>Primeiro: {name}</translation>
        </message>
        <message>
            <source>then {names}</source>
            <translation>depois {names}</translation>
        </message>
        <message>
            <source>This is the make-up for a break you skipped earlier. It is offered once; skipping it is fine.</source>
            <translation>Esta é a reposição de uma pausa que você pulou antes. Ela é oferecida uma vez; tudo bem pular.</translation>
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
                <numerusform>Você adiou esta pausa uma vez; comece agora ou pule.</numerusform>
                <numerusform>Você adiou esta pausa %n vezes; comece agora ou pule.</numerusform>
            </translation>
        </message>
        <message>
            <source>This break can't be snoozed again; start it now or skip it.</source>
            <translation>Esta pausa não pode mais ser adiada; comece agora ou pule.</translation>
        </message>
        <message>
            <source>Enter starts</source>
            <translation>Enter começa</translation>
        </message>
        <message numerus="yes">
            <source>S snoozes %n min</source>
            <translation>
                <numerusform>S adia %n min</numerusform>
                <numerusform>S adia %n min</numerusform>
            </translation>
        </message>
        <message>
            <source>P waits for your pause</source>
            <translation>P espera sua parada</translation>
        </message>
        <message>
            <source>Esc skips</source>
            <translation>Esc pula</translation>
        </message>
        <message>
            <source>Your typing stays in your app. Click this card to use keys: {keys}</source>
            <translation>O que você digita fica no seu aplicativo. Clique neste cartão para usar as teclas: {keys}</translation>
        </message>
    </context>
    <context>
        <name>PromptFlow</name>
        <message>
            <source>Break in {n} s</source>
            <extracomment>The prompt on screen, its logged id, kind and plan. A due break whose prompt waits for the break to be prepared. A break that came due while a session window was open: shown when it closes.</extracomment>
            <translation>Pausa em {n} s</translation>
        </message>
        <message>
            <source>Counterbalance: a short break is coming. Finish your sentence.</source>
            <translation>Counterbalance: uma pausa curta está chegando. Termine sua frase.</translation>
        </message>
        <message>
            <source>Could not save</source>
            <translation>Não foi possível salvar</translation>
        </message>
        <message numerus="yes">
            <source>%n exercise(s) · about {m} min</source>
            <translation>
                <numerusform>%n exercício · cerca de {m} min</numerusform>
                <numerusform>%n exercícios · cerca de {m} min</numerusform>
            </translation>
        </message>
        <message>
            <source>Your data file</source>
            <translation>Seu arquivo de dados</translation>
        </message>
        <message>
            <source>Counterbalance — Programme paused</source>
            <translation>Counterbalance — Programa pausado</translation>
        </message>
        <message>
            <source>You reported signs that need a medical assessment, so the exercise programme is paused.

Has a doctor or physiotherapist assessed you and said it is fine to exercise?</source>
            <translation>Você relatou sinais que precisam de avaliação médica, por isso o programa de exercícios está pausado.

Um médico ou fisioterapeuta avaliou você e disse que pode se exercitar?</translation>
        </message>
    </context>
    <context>
        <name>RatingPage</name>
        <message>
            <source>Confirm (Enter)</source>
            <extracomment>The feel page's notes wrap at this width (px) instead of spanning the window.</extracomment>
            <translation>Confirmar (Enter)</translation>
        </message>
        <message>
            <source>Confirm rating</source>
            <translation>Confirmar avaliação</translation>
        </message>
        <message>
            <source>Skip (Esc)</source>
            <translation>Pular (Esc)</translation>
        </message>
        <message>
            <source>Skip rating</source>
            <translation>Pular avaliação</translation>
        </message>
        <message>
            <source>No pain — 0</source>
            <translation>Sem dor — 0</translation>
        </message>
        <message>
            <source>No pain, rate zero</source>
            <translation>Sem dor, avaliar zero</translation>
        </message>
        <message>
            <source>First up: %1</source>
            <translation>Para começar: %1</translation>
        </message>
    </context>
    <context>
        <name>ReadyNote</name>
        <message>
            <source>Counterbalance is running</source>
            <extracomment>Preferred width; the height follows the text.</extracomment>
            <translation>O Counterbalance está em execução</translation>
        </message>
        <message>
            <source>You're all set</source>
            <translation>Tudo pronto</translation>
        </message>
        <message>
            <source>Got it</source>
            <translation>Entendi</translation>
        </message>
        <message>
            <source>Close this note</source>
            <translation>Fechar esta nota</translation>
        </message>
        <message>
            <source>Counterbalance now lives in the &lt;b&gt;menu bar&lt;/b&gt; at the top of the screen. Click its icon for a session now, your progress or settings.</source>
            <translation>O Counterbalance agora fica na &lt;b&gt;barra de menus&lt;/b&gt; no alto da tela. Clique no ícone dele para uma sessão, seu progresso ou as configurações.</translation>
        </message>
        <message>
            <source>Your desktop has no system tray, so Counterbalance keeps a &lt;b&gt;small window&lt;/b&gt; open. Use it for a session now, your progress or settings.</source>
            <translation>Sua área de trabalho não tem bandeja do sistema, então o Counterbalance mantém uma &lt;b&gt;janelinha&lt;/b&gt; aberta. Use-a para uma sessão, seu progresso ou as configurações.</translation>
        </message>
        <message>
            <source>Counterbalance now lives in the &lt;b&gt;system tray&lt;/b&gt;, among the small icons near the clock. Click its icon for a session now, your progress or settings.</source>
            <translation>O Counterbalance agora fica na &lt;b&gt;bandeja do sistema&lt;/b&gt;, entre os ícones pequenos perto do relógio. Clique no ícone dele para uma sessão, seu progresso ou as configurações.</translation>
        </message>
        <message>
            <source>Breaks come while you work at the computer, within your working hours.</source>
            <translation>As pausas chegam enquanto você trabalha no computador, dentro do seu horário de trabalho.</translation>
        </message>
        <message numerus="yes">
            <source>Your first short break comes in about &lt;b&gt;%n min&lt;/b&gt; of computer use. Time away from the keyboard doesn't count.</source>
            <translation>
                <numerusform>Sua primeira pausa curta chega depois de cerca de &lt;b&gt;%n min&lt;/b&gt; de uso do computador. O tempo longe do teclado não conta.</numerusform>
                <numerusform>Sua primeira pausa curta chega depois de cerca de &lt;b&gt;%n min&lt;/b&gt; de uso do computador. O tempo longe do teclado não conta.</numerusform>
            </translation>
        </message>
        <message>
            <source>Your longer daily session is offered today at {time}.</source>
            <translation>Sua sessão diária mais longa é oferecida hoje às {time}.</translation>
        </message>
        <message>
            <source>Your longer daily session starts tomorrow at {time}.</source>
            <translation>Sua sessão diária mais longa começa amanhã às {time}.</translation>
        </message>
    </context>
    <context>
        <name>ReportPdf</name>
        <message numerus="yes">
            <source>%n week(s), latest %1</source>
            <extracomment>One unit is one point, so font sizes and distances share a scale. Height of one row of the exercise list. Height of the disclaimer at the foot of the page.</extracomment>
            <translation>
                <numerusform>%n semana, a última %1</numerusform>
                <numerusform>%n semanas, a última %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Counterbalance — progress report</source>
            <translation>Counterbalance — relatório de progresso</translation>
        </message>
        <message numerus="yes">
            <source>Weeks %1 to %2 (%n week(s)), made on %3</source>
            <translation>
                <numerusform>Semanas %1 a %2 (%n semana), gerado em %3</numerusform>
                <numerusform>Semanas %1 a %2 (%n semanas), gerado em %3</numerusform>
            </translation>
        </message>
        <message>
            <source>Breaks taken (adherence), mean of weeks</source>
            <translation>Pausas feitas (adesão), média das semanas</translation>
        </message>
        <message>
            <source>Breaks taken / offered, whole period</source>
            <translation>Pausas feitas / oferecidas, período inteiro</translation>
        </message>
        <message>
            <source>Sessions started by the user</source>
            <translation>Sessões iniciadas pelo usuário</translation>
        </message>
        <message>
            <source>Exercise time, whole period</source>
            <translation>Tempo de exercício, período inteiro</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
        <message>
            <source>Pain before sessions, first → last rated week</source>
            <translation>Dor antes das sessões, primeira → última semana avaliada</translation>
        </message>
        <message>
            <source>Mean change within sessions (after − before)</source>
            <translation>Variação média dentro das sessões (depois − antes)</translation>
        </message>
        <message>
            <source>Weeks with a meaningful change (≥ 2 points or ≥ 30 %)</source>
            <translation>Semanas com variação significativa (≥ 2 pontos ou ≥ 30 %)</translation>
        </message>
        <message>
            <source>Current streak / longest (days)</source>
            <translation>Sequência atual / mais longa (dias)</translation>
        </message>
        <message>
            <source>Breaks taken per week</source>
            <extracomment>Week labels under a chart, at most.</extracomment>
            <translation>Pausas feitas por semana</translation>
        </message>
        <message>
            <source>breaks taken (%)</source>
            <translation>pausas feitas (%)</translation>
        </message>
        <message>
            <source>Pain per week (0–10, mean of daily means)</source>
            <translation>Dor por semana (0–10, média das médias diárias)</translation>
        </message>
        <message>
            <source>before sessions</source>
            <translation>antes das sessões</translation>
        </message>
        <message>
            <source>after sessions</source>
            <translation>depois das sessões</translation>
        </message>
        <message>
            <source>Exercises done (sets)</source>
            <translation>Exercícios feitos (séries)</translation>
        </message>
        <message>
            <source>Safety notes</source>
            <translation>Notas de segurança</translation>
        </message>
        <message>
            <source>No exercises logged in this period.</source>
            <translation>Nenhum exercício registrado neste período.</translation>
        </message>
        <message>
            <source>Left / right sets: %1 / %2</source>
            <translation>Séries esquerda / direita: %1 / %2</translation>
        </message>
        <message>
            <source>None reported in this period.</source>
            <translation>Nada relatado neste período.</translation>
        </message>
        <message>
            <source>Self-reported data logged by the Counterbalance app. Adherence = breaks taken ÷ breaks offered. Pain: 0–10 numeric rating scale. This app gives general exercise and break reminders; it is not medical advice and does not diagnose or treat any condition.</source>
            <translation>Dados informados pelo próprio usuário e registrados pelo aplicativo Counterbalance. Adesão = pausas feitas ÷ pausas oferecidas. Dor: escala numérica de 0 a 10. Este aplicativo dá lembretes gerais de exercício e pausas; não é orientação médica e não diagnostica nem trata nenhuma condição.</translation>
        </message>
    </context>
    <context>
        <name>Safety</name>
        <message>
            <source>Counterbalance reminds you to take breaks and guides general stretching and strengthening exercises. It is not medical advice, and it does not diagnose or treat any condition. If your symptoms are severe, getting worse or feel unusual, stop and talk to a qualified health professional.</source>
            <translation>O Counterbalance lembra você de fazer pausas e orienta exercícios gerais de alongamento e fortalecimento. Não é orientação médica e não diagnostica nem trata nenhuma condição. Se seus sintomas forem fortes, estiverem piorando ou parecerem incomuns, pare e fale com um profissional de saúde qualificado.</translation>
        </message>
        <message>
            <source>Back and legs</source>
            <extracomment>Severity order: lower index = more serious. The advice each group leads to (issue 12: emergency now / see a doctor soon / carry on). Calm, plain headings for the checklist (the advice says how serious an answer is).</extracomment>
            <translation>Costas e pernas</translation>
        </message>
        <message>
            <source>Head and neck</source>
            <translation>Cabeça e pescoço</translation>
        </message>
        <message>
            <source>Upper back and chest</source>
            <translation>Parte superior das costas e peito</translation>
        </message>
        <message>
            <source>Numbness, tingling or weakness</source>
            <translation>Dormência, formigamento ou fraqueza</translation>
        </message>
        <message>
            <source>Your health in general</source>
            <translation>Sua saúde em geral</translation>
        </message>
        <message>
            <source>How the pain affects you</source>
            <translation>Como a dor afeta você</translation>
        </message>
        <message>
            <source>Seek emergency care now. These signs need a doctor to check them within hours. Counterbalance has stopped your programme until you confirm that you have been assessed.</source>
            <translation>Procure atendimento de emergência agora. Estes sinais precisam ser avaliados por um médico em poucas horas. O Counterbalance parou seu programa até você confirmar que foi avaliado.</translation>
        </message>
        <message>
            <source>Seek emergency care now. Stop the exercises and call your local emergency number if these signs came on suddenly or are getting worse. Counterbalance has stopped your programme until you confirm that you have been assessed.</source>
            <translation>Procure atendimento de emergência agora. Pare os exercícios e ligue para o número de emergência local se esses sinais surgiram de repente ou estão piorando. O Counterbalance parou seu programa até você confirmar que foi avaliado.</translation>
        </message>
        <message>
            <source>Seek emergency care now. Back pain that comes with chest pain or breathlessness needs to be checked straight away. Counterbalance has stopped your programme until you confirm that you have been assessed.</source>
            <translation>Procure atendimento de emergência agora. Dor nas costas acompanhada de dor no peito ou falta de ar precisa ser avaliada imediatamente. O Counterbalance parou seu programa até você confirmar que foi avaliado.</translation>
        </message>
        <message>
            <source>Stop the exercises for the affected area and see a health professional before you do them again.</source>
            <translation>Pare os exercícios da região afetada e procure um profissional de saúde antes de fazê-los de novo.</translation>
        </message>
        <message>
            <source>Please have a doctor review these symptoms before you continue. Counterbalance has paused your programme until you confirm that you have been assessed.</source>
            <translation>Peça a um médico que avalie esses sintomas antes de continuar. O Counterbalance pausou seu programa até você confirmar que foi avaliado.</translation>
        </message>
        <message>
            <source>We recommend seeing a physiotherapist or doctor. You can keep going gently, or pause the programme until then.</source>
            <translation>Recomendamos procurar um fisioterapeuta ou médico. Você pode continuar com cuidado ou pausar o programa até lá.</translation>
        </message>
        <message>
            <source>Emergency signs (back and legs): told to seek emergency care</source>
            <extracomment>How the report words a stored safety event (``SafetyNote.code``), by group.</extracomment>
            <translation>Sinais de emergência (costas e pernas): orientado a procurar atendimento de emergência</translation>
        </message>
        <message>
            <source>Emergency signs (head and neck): told to seek emergency care</source>
            <translation>Sinais de emergência (cabeça e pescoço): orientado a procurar atendimento de emergência</translation>
        </message>
        <message>
            <source>Emergency signs (upper back and chest): told to seek emergency care</source>
            <translation>Sinais de emergência (parte superior das costas e peito): orientado a procurar atendimento de emergência</translation>
        </message>
        <message>
            <source>Numbness, tingling or weakness: exercises for the area stopped</source>
            <translation>Dormência, formigamento ou fraqueza: exercícios da região interrompidos</translation>
        </message>
        <message>
            <source>Signs for a doctor to review: programme paused</source>
            <translation>Sinais para avaliação médica: programa pausado</translation>
        </message>
        <message>
            <source>Advised to see a physiotherapist or doctor</source>
            <translation>Orientado a procurar um fisioterapeuta ou médico</translation>
        </message>
        <message>
            <source>Safety check: no warning signs</source>
            <translation>Verificação de segurança: nenhum sinal de alerta</translation>
        </message>
        <message>
            <source>Assessment confirmed: programme resumed</source>
            <translation>Avaliação confirmada: programa retomado</translation>
        </message>
        <message>
            <source>symptom checklist</source>
            <extracomment>What raised a stored safety event (``SafetyNote.action``: a ``Trigger`` value).</extracomment>
            <translation>lista de sintomas</translation>
        </message>
        <message>
            <source>pain rated 7 or more</source>
            <translation>dor avaliada em 7 ou mais</translation>
        </message>
        <message>
            <source>weekly pain rising</source>
            <translation>dor semanal em alta</translation>
        </message>
        <message>
            <source>None of the warning signs apply. Keep exercising within comfort: mild tension is fine, sharp pain is not. If anything changes, check again.</source>
            <translation>Nenhum dos sinais de alerta se aplica. Continue se exercitando dentro do conforto: uma leve tensão é normal, dor aguda não. Se algo mudar, verifique de novo.</translation>
        </message>
        <message>
            <source>New trouble controlling or emptying your bladder or bowel</source>
            <extracomment>The red flags, grouped, most serious first (brief §4 [7][9][26], S0; issue 12).</extracomment>
            <translation>Dificuldade nova para controlar ou esvaziar a bexiga ou o intestino</translation>
        </message>
        <message>
            <source>Numbness in the groin, buttocks or inner thighs</source>
            <translation>Dormência na virilha, nos glúteos ou na parte interna das coxas</translation>
        </message>
        <message>
            <source>New loss of sexual function or feeling</source>
            <translation>Perda nova da função ou da sensibilidade sexual</translation>
        </message>
        <message>
            <source>Pain, numbness or pins and needles in both legs</source>
            <translation>Dor, dormência ou formigamento nas duas pernas</translation>
        </message>
        <message>
            <source>Weakness in one or both legs that is new or getting worse</source>
            <translation>Fraqueza em uma ou nas duas pernas, nova ou piorando</translation>
        </message>
        <message>
            <source>Dizziness or light-headedness, for example when you turn or tilt your head</source>
            <translation>Tontura ou sensação de desmaio, por exemplo ao virar ou inclinar a cabeça</translation>
        </message>
        <message>
            <source>Double vision or a sudden change in your sight</source>
            <translation>Visão dupla ou uma mudança repentina na visão</translation>
        </message>
        <message>
            <source>Trouble speaking, or slurred speech</source>
            <translation>Dificuldade para falar, ou fala arrastada</translation>
        </message>
        <message>
            <source>Trouble swallowing</source>
            <translation>Dificuldade para engolir</translation>
        </message>
        <message>
            <source>Sudden falls without losing consciousness (drop attacks)</source>
            <translation>Quedas repentinas sem perder a consciência (drop attacks)</translation>
        </message>
        <message>
            <source>Feeling sick or vomiting together with neck pain</source>
            <translation>Enjoo ou vômito junto com dor no pescoço</translation>
        </message>
        <message>
            <source>Eyes that flicker or jump on their own</source>
            <translation>Olhos que tremem ou pulam sozinhos</translation>
        </message>
        <message>
            <source>Numbness or tingling in the face or lips</source>
            <translation>Dormência ou formigamento no rosto ou nos lábios</translation>
        </message>
        <message>
            <source>A sudden, severe headache unlike any you have had</source>
            <translation>Uma dor de cabeça repentina e forte, diferente de qualquer outra que você já teve</translation>
        </message>
        <message>
            <source>Sudden, tearing neck pain</source>
            <translation>Dor no pescoço repentina, como um rasgo</translation>
        </message>
        <message>
            <source>Clumsy hands or an unsteady walk</source>
            <translation>Mãos desajeitadas ou andar instável</translation>
        </message>
        <message>
            <source>Upper-back pain together with chest pain, pressure or tightness</source>
            <translation>Dor na parte superior das costas junto com dor, pressão ou aperto no peito</translation>
        </message>
        <message>
            <source>Upper-back pain together with shortness of breath</source>
            <translation>Dor na parte superior das costas junto com falta de ar</translation>
        </message>
        <message>
            <source>Numbness, tingling or weakness in an arm or hand</source>
            <translation>Dormência, formigamento ou fraqueza em um braço ou uma mão</translation>
        </message>
        <message>
            <source>Numbness, tingling or weakness in one leg or foot</source>
            <translation>Dormência, formigamento ou fraqueza em uma perna ou um pé</translation>
        </message>
        <message>
            <source>Fever or chills together with the pain</source>
            <translation>Febre ou calafrios junto com a dor</translation>
        </message>
        <message>
            <source>Weight loss you cannot explain</source>
            <translation>Perda de peso que você não consegue explicar</translation>
        </message>
        <message>
            <source>A history of cancer</source>
            <translation>Histórico de câncer</translation>
        </message>
        <message>
            <source>Pain at night that does not ease when you rest or change position</source>
            <translation>Dor à noite que não alivia com repouso ou mudando de posição</translation>
        </message>
        <message>
            <source>The pain began after a recent fall, accident or other injury</source>
            <translation>A dor começou depois de uma queda, um acidente ou outra lesão recente</translation>
        </message>
        <message>
            <source>Long-term steroid tablets or a weakened immune system</source>
            <translation>Uso prolongado de corticoide em comprimidos ou sistema imunológico enfraquecido</translation>
        </message>
        <message>
            <source>Injecting drugs, now or in the past</source>
            <translation>Uso de drogas injetáveis, agora ou no passado</translation>
        </message>
        <message>
            <source>This is new pain and you are under 20 or over 50</source>
            <translation>É uma dor nova e você tem menos de 20 ou mais de 50 anos</translation>
        </message>
        <message>
            <source>The pain has lasted more than 3 months</source>
            <translation>A dor dura mais de 3 meses</translation>
        </message>
        <message>
            <source>The pain disturbs your sleep or daily activities</source>
            <translation>A dor atrapalha seu sono ou suas atividades diárias</translation>
        </message>
        <message>
            <source>The pain does not improve with rest or basic exercise</source>
            <translation>A dor não melhora com repouso ou exercícios básicos</translation>
        </message>
        <message>
            <source>You rated your pain {value} out of 10. Pain this strong is worth getting checked: we recommend seeing a physiotherapist or doctor. You can pause the programme until then.</source>
            <extracomment>Rise of the weekly mean pain, in points, that counts when it lasts two weeks.</extracomment>
            <translation>Você avaliou sua dor em {value} de 10. Uma dor tão forte merece avaliação: recomendamos procurar um fisioterapeuta ou médico. Você pode pausar o programa até lá.</translation>
        </message>
        <message>
            <source>Your weekly average pain has been at least 2 points higher than before for two weeks running ({before:.1f} → {week1:.1f} → {week2:.1f}). We recommend seeing a physiotherapist or doctor. You can pause the programme until then.</source>
            <translation>Sua dor média semanal ficou pelo menos 2 pontos acima do que era por duas semanas seguidas ({before:.1f} → {week1:.1f} → {week2:.1f}). Recomendamos procurar um fisioterapeuta ou médico. Você pode pausar o programa até lá.</translation>
        </message>
        <message>
            <source>Before your first exercise, a few questions to check that exercise is right for you today. Most people tick none of them.</source>
            <extracomment>A pain-triggered check is not repeated within this time of the last check. Pain during an exercise above this asks the short check (brief §3 pain-monitoring model). The user opened "Check symptoms…" themselves. The short list: one or two signs of each serious kind, in words anyone can answer; the lasting facts (history of cancer, steroids, drug use) stay in the full list. Which list each reason asks.</extracomment>
            <translation>Antes do seu primeiro exercício, algumas perguntas para verificar se o exercício é adequado para você hoje. A maioria das pessoas não marca nenhuma.</translation>
        </message>
        <message>
            <source>You rated your pain quite high, so here is a quick check. Most people tick none of these; if one applies, you will see what to do.</source>
            <translation>Você avaliou sua dor como bastante alta, então aqui vai uma verificação rápida. A maioria das pessoas não marca nenhuma; se alguma se aplicar, você verá o que fazer.</translation>
        </message>
        <message>
            <source>That exercise hurt more than it should, so here is a quick check. Most people tick none of these.</source>
            <translation>Aquele exercício doeu mais do que deveria, então aqui vai uma verificação rápida. A maioria das pessoas não marca nenhuma.</translation>
        </message>
        <message>
            <source>You mentioned numbness, tingling or weakness. Please tick anything that applies now, so Counterbalance can tell you what to do next.</source>
            <translation>Você mencionou dormência, formigamento ou fraqueza. Marque tudo o que se aplica agora, para que o Counterbalance possa dizer o que fazer em seguida.</translation>
        </message>
        <message>
            <source>A quick check-in, as every few weeks. Tick anything that is new since you last checked; most people tick nothing.</source>
            <translation>Uma checagem rápida, como a cada poucas semanas. Marque tudo o que for novo desde a última verificação; a maioria das pessoas não marca nada.</translation>
        </message>
        <message>
            <source>Tick every sign that applies to you now. Counterbalance gives general advice, not a diagnosis: a sign is a reason to get checked.</source>
            <translation>Marque cada sinal que se aplica a você agora. O Counterbalance dá orientações gerais, não um diagnóstico: um sinal é motivo para procurar uma avaliação.</translation>
        </message>
        <message>
            <source>Seek emergency care now.</source>
            <translation>Procure atendimento de emergência agora.</translation>
        </message>
    </context>
    <context>
        <name>SafetyPage</name>
        <message>
            <source>Advice</source>
            <translation>Orientação</translation>
        </message>
    </context>
    <context>
        <name>SessionCues</name>
        <message>
            <source>Done! How did this break feel?</source>
            <translation>Pronto! Como foi esta pausa?</translation>
        </message>
        <message>
            <source>Switch sides: %1</source>
            <extracomment>Ticks sound in the last seconds of a hold. The countdown second of the last view, so that a second ticks once.</extracomment>
            <translation>Troque de lado: %1</translation>
        </message>
        <message>
            <source>Hold</source>
            <translation>Sustente</translation>
        </message>
        <message>
            <source>How did that feel?</source>
            <translation>Como foi?</translation>
        </message>
    </context>
    <context>
        <name>SessionTexts</name>
        <message>
            <source>Skipped set %1 of %2</source>
            <translation>Série %1 de %2 pulada</translation>
        </message>
        <message>
            <source>Session finished</source>
            <translation>Sessão concluída</translation>
        </message>
        <message>
            <source>Exercise %1 of %2</source>
            <translation>Exercício %1 de %2</translation>
        </message>
        <message>
            <source>left side</source>
            <translation>lado esquerdo</translation>
        </message>
        <message>
            <source>right side</source>
            <translation>lado direito</translation>
        </message>
        <message>
            <source>both sides</source>
            <translation>os dois lados</translation>
        </message>
        <message>
            <source>%1 s of exercise</source>
            <translation>%1 s de exercício</translation>
        </message>
        <message>
            <source>%1 min of exercise</source>
            <translation>%1 min de exercício</translation>
        </message>
        <message>
            <source>%1 min %2 s of exercise</source>
            <translation>%1 min %2 s de exercício</translation>
        </message>
    </context>
    <context>
        <name>SessionWindow</name>
        <message>
            <source>Counterbalance — Session</source>
            <extracomment>The window's preferred size (smaller screens get less).</extracomment>
            <translation>Counterbalance — Sessão</translation>
        </message>
        <message>
            <source>Guided session</source>
            <translation>Sessão guiada</translation>
        </message>
        <message>
            <source>Check symptoms…</source>
            <translation>Verificar sintomas…</translation>
        </message>
        <message>
            <source>Check symptoms</source>
            <translation>Verificar sintomas</translation>
        </message>
        <message>
            <source>Large view (F)</source>
            <translation>Visão ampliada (F)</translation>
        </message>
        <message>
            <source>Large view for floor exercises</source>
            <translation>Visão ampliada para exercícios no chão</translation>
        </message>
        <message>
            <source>Normal view (F)</source>
            <translation>Visão normal (F)</translation>
        </message>
        <message numerus="yes">
            <source>%n exercise(s) planned</source>
            <translation>
                <numerusform>%n exercício planejado</numerusform>
                <numerusform>%n exercícios planejados</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>Minutes of active time between microbreaks.</source>
            <extracomment>Longest computer name and sync folder path accepted. Profiles in the order they are offered. Conditions a user may declare: the keys of ``exercise_needs.CONTRAINDICATIONS`` (texts there).</extracomment>
            <translation>Minutos de tempo ativo entre micropausas.</translation>
        </message>
        <message>
            <source>No keyboard or mouse use this long is a break by itself.</source>
            <translation>Ficar sem usar teclado ou mouse por este tempo já é uma pausa.</translation>
        </message>
        <message>
            <source>A notification this many seconds before; 0 = none.</source>
            <translation>Uma notificação esta quantidade de segundos antes; 0 = nenhuma.</translation>
        </message>
        <message>
            <source>Makes breaks less predictable; 0 keeps them exact.</source>
            <translation>Torna as pausas menos previsíveis; 0 as mantém exatas.</translation>
        </message>
        <message>
            <source>Snooze choices the break prompt offers, in minutes.</source>
            <translation>Opções de adiar oferecidas pelo aviso de pausa, em minutos.</translation>
        </message>
        <message>
            <source>After this many, only Start or Skip remain; 0 = no snooze.</source>
            <translation>Depois disso, só restam Começar ou Pular; 0 = sem adiamento.</translation>
        </message>
        <message>
            <source>Only offer breaks during the working hours.</source>
            <translation>Oferecer pausas apenas durante o horário de trabalho.</translation>
        </message>
        <message>
            <source>Working hours per weekday: [start, end] pairs that do not overlap.</source>
            <translation>Horário por dia da semana: pares [início, fim] que não se sobrepõem.</translation>
        </message>
        <message>
            <source>Hold breaks while a full-screen window is active.</source>
            <translation>Segurar as pausas enquanto uma janela em tela cheia estiver ativa.</translation>
        </message>
        <message>
            <source>Hold breaks while Do Not Disturb is on.</source>
            <translation>Segurar as pausas enquanto "Não perturbe" estiver ativado.</translation>
        </message>
        <message>
            <source>Local time of the daily session reminder, every day.</source>
            <translation>Horário local do lembrete da sessão diária, todos os dias.</translation>
        </message>
        <message>
            <source>Remind of a longer daily session.</source>
            <translation>Lembrar de uma sessão diária mais longa.</translation>
        </message>
        <message>
            <source>Focus of the exercises; a starting point, not a diagnosis.</source>
            <translation>Foco dos exercícios; um ponto de partida, não um diagnóstico.</translation>
        </message>
        <message>
            <source>Equipment at the desk; band exercises only with a band.</source>
            <translation>Equipamento na mesa; exercícios com faixa só com uma faixa.</translation>
        </message>
        <message>
            <source>Gets an extra set of one-sided strengthening.</source>
            <translation>Ganha uma série a mais de fortalecimento de um lado só.</translation>
        </message>
        <message>
            <source>Gets an extra hold of one-sided stretches.</source>
            <extracomment>Asked separately from the weaker side, never assumed from it (issue 12).</extracomment>
            <translation>Ganha uma sustentação a mais nos alongamentos de um lado só.</translation>
        </message>
        <message>
            <source>Declared conditions; exercises not advised for them are left out.</source>
            <translation>Condições declaradas; exercícios não recomendados para elas ficam de fora.</translation>
        </message>
        <message>
            <source>Play ticks and chimes during sessions.</source>
            <translation>Tocar tique-taques e sinos durante as sessões.</translation>
        </message>
        <message>
            <source>Speak exercise cues aloud.</source>
            <translation>Falar em voz alta as dicas dos exercícios.</translation>
        </message>
        <message>
            <source>Share of microbreaks that ask pain before and after (1 = every one).</source>
            <extracomment>Brief §4 rates pain "on a sample of breaks to limit burden": about one in three (some three a day at ten breaks), plus every daily session and the day's average.</extracomment>
            <translation>Parcela das micropausas que perguntam a dor antes e depois (1 = todas).</translation>
        </message>
        <message>
            <source>Ask how each exercise felt in microbreaks, instead of once per break.</source>
            <translation>Perguntar como foi cada exercício nas micropausas, em vez de uma vez por pausa.</translation>
        </message>
        <message>
            <source>Language of the app; empty follows the system. Applies at the next start.</source>
            <translation>Idioma do aplicativo; vazio segue o sistema. Vale a partir da próxima inicialização.</translation>
        </message>
        <message>
            <source>Share one history with your other computers through a folder you sync.</source>
            <translation>Compartilhar um só histórico com seus outros computadores por meio de uma pasta que você sincroniza.</translation>
        </message>
        <message>
            <source>The synced folder (Syncthing, Dropbox, Nextcloud, a network share); Counterbalance writes only inside its own Counterbalance folder there.</source>
            <translation>A pasta sincronizada (Syncthing, Dropbox, Nextcloud, um compartilhamento de rede); o Counterbalance só grava dentro da sua própria pasta Counterbalance.</translation>
        </message>
        <message>
            <source>This computer's name in the progress window; empty uses the host name.</source>
            <translation>Nome deste computador na janela de progresso; vazio usa o nome do host.</translation>
        </message>
        <message>
            <source>Start Counterbalance at login.</source>
            <translation>Iniciar o Counterbalance ao entrar na sessão.</translation>
        </message>
        <message>
            <source>The user was asked about starting at login.</source>
            <translation>Já foi perguntado sobre iniciar ao entrar na sessão.</translation>
        </message>
        <message>
            <source>The first-run setup was completed.</source>
            <translation>A configuração inicial foi concluída.</translation>
        </message>
        <message>
            <source>The user accepted the health disclaimer.</source>
            <translation>O aviso de saúde foi aceito.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Enter at least one snooze time, e.g. 5, 10, 15.</source>
            <translation>Informe pelo menos um tempo de adiamento, por ex. 5, 10, 15.</translation>
        </message>
        <message>
            <source>“{part}” is not a whole number of minutes.</source>
            <translation>“{part}” não é um número inteiro de minutos.</translation>
        </message>
        <message>
            <source>Each snooze time must be {lo}–{hi} min.</source>
            <translation>Cada tempo de adiamento deve ser de {lo}–{hi} min.</translation>
        </message>
        <message>
            <source>Give at most {n} snooze times.</source>
            <translation>Informe no máximo {n} tempos de adiamento.</translation>
        </message>
        <message>
            <source>{day}: {start}–{end} ends before it starts.</source>
            <extracomment>Width of the weekday names column in the working-hours tab.</extracomment>
            <translation>{day}: {start}–{end} termina antes de começar.</translation>
        </message>
        <message>
            <source>{day}: {a} and {b} overlap.</source>
            <translation>{day}: {a} e {b} se sobrepõem.</translation>
        </message>
        <message>
            <source>start</source>
            <translation>início</translation>
        </message>
        <message>
            <source>end</source>
            <translation>fim</translation>
        </message>
        <message>
            <source>{day} working hours {what}</source>
            <translation>{day} horário de trabalho {what}</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remover</translation>
        </message>
        <message>
            <source>Remove this {day} range</source>
            <translation>Remover este intervalo de {day}</translation>
        </message>
        <message>
            <source>Not working</source>
            <translation>Sem trabalho</translation>
        </message>
        <message>
            <source>Add hours</source>
            <translation>Adicionar horário</translation>
        </message>
        <message>
            <source>Add working hours on {day}</source>
            <translation>Adicionar horário de trabalho em {day}</translation>
        </message>
        <message>
            <source>Counterbalance — Settings</source>
            <extracomment>The dialog's size: every tab fits on a 1280×800 screen without scrolling but hours. The tabs, in order: a new settings page joins here. The index of each built-in tab.</extracomment>
            <translation>Counterbalance — Configurações</translation>
        </message>
        <message>
            <source>Counterbalance settings</source>
            <translation>Configurações do Counterbalance</translation>
        </message>
        <message>
            <source>Settings sections</source>
            <extracomment>True while fields are being filled in: edits then trigger no validation.</extracomment>
            <translation>Seções das configurações</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Save settings and close</source>
            <translation>Salvar as configurações e fechar</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Aplicar</translation>
        </message>
        <message>
            <source>Save settings</source>
            <translation>Salvar as configurações</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Close without saving</source>
            <translation>Fechar sem salvar</translation>
        </message>
        <message>
            <source>Has a problem to fix</source>
            <translation>Tem um problema a corrigir</translation>
        </message>
        <message numerus="yes">
            <source>Fix %n problem(s) to save: {problem}</source>
            <translation>
                <numerusform>Corrija isto para salvar: {problem}</numerusform>
                <numerusform>Corrija estes %n problemas para salvar: {problem} …</numerusform>
            </translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Sincronização</translation>
        </message>
    </context>
    <context>
        <name>SettingsFile</name>
        <message>
            <source>Could not save your settings to {path}: {reason}</source>
            <extracomment>Suffix of the kept copy of a broken settings file (``settings.json.bak``). Largest settings file read (a real one is about 1 KiB). Translation context of this module's messages.</extracomment>
            <translation>Não foi possível salvar suas configurações em {path}: {reason}</translation>
        </message>
        <message>
            <source>Could not read your settings file {path}: {reason}. Counterbalance uses the default settings for now. If you change settings, the file is first renamed to {backup}.</source>
            <extracomment>Longest problem line shown (a bad value is quoted, and it may be huge or deeply nested). Bytes of a file :meth:`load` left in place (newer format, or no copy could be made): copied to ``.bak`` before the first save replaces them. The file could not be read as settings at all (a refused link, not a regular file, too large): renamed to ``.bak`` before the first save.</extracomment>
            <translation>Não foi possível ler seu arquivo de configurações {path}: {reason}. Por enquanto o Counterbalance usa as configurações padrão. Se você mudar as configurações, o arquivo será antes renomeado para {backup}.</translation>
        </message>
        <message>
            <source>Could not read your settings file {path} ({reason}). Counterbalance uses the default settings for now and leaves the file as it is.</source>
            <translation>Não foi possível ler seu arquivo de configurações {path} ({reason}). Por enquanto o Counterbalance usa as configurações padrão e deixa o arquivo como está.</translation>
        </message>
        <message>
            <source>Your settings file {path} was written by a newer version of Counterbalance (format {found}; this version reads format {known}). The settings this version understands were loaded; the file was left unchanged (if you change settings here, it is first copied to {backup}).</source>
            <translation>Seu arquivo de configurações {path} foi gravado por uma versão mais nova do Counterbalance (formato {found}; esta versão lê o formato {known}). As configurações que esta versão entende foram carregadas; o arquivo não foi alterado (se você mudar as configurações aqui, ele será antes copiado para {backup}).</translation>
        </message>
        <message>
            <source>Your settings file {path} is damaged (it is not valid settings data), so the default settings are used.</source>
            <translation>Seu arquivo de configurações {path} está danificado (não contém dados de configuração válidos), então as configurações padrão são usadas.</translation>
        </message>
        <message>
            <source>Some settings in {path} could not be used and were reset to their defaults:
{details}</source>
            <translation>Algumas configurações em {path} não puderam ser usadas e voltaram ao padrão:
{details}</translation>
        </message>
        <message>
            <source>The file was left as it is, because a copy could not be made ({reason}).</source>
            <translation>O arquivo ficou como estava, porque não foi possível fazer uma cópia ({reason}).</translation>
        </message>
        <message>
            <source>Your original file was kept as {backup}.</source>
            <translation>Seu arquivo original foi mantido como {backup}.</translation>
        </message>
    </context>
    <context>
        <name>SettingsForm</name>
        <message>
            <source>Type a value, or use the ↑ and ↓ keys</source>
            <extracomment>Each option the dialog edits, by key: filled in as the fields are built.</extracomment>
            <translation>Digite um valor ou use as teclas ↑ e ↓</translation>
        </message>
    </context>
    <context>
        <name>SetupPage</name>
        <message>
            <source>Do you have a resistance band at your desk?</source>
            <translation>Você tem uma faixa elástica na sua mesa?</translation>
        </message>
        <message>
            <source>No band</source>
            <translation>Sem faixa</translation>
        </message>
        <message>
            <source>Yes, I have a band</source>
            <translation>Sim, tenho uma faixa</translation>
        </message>
        <message>
            <source>Does one side feel weaker (for example, harder to balance or lift on)?</source>
            <translation>Um lado parece mais fraco (por exemplo, mais difícil para se equilibrar ou levantar)?</translation>
        </message>
        <message>
            <source>No / not sure</source>
            <translation>Não / não sei</translation>
        </message>
        <message>
            <source>Left is weaker</source>
            <translation>O esquerdo é mais fraco</translation>
        </message>
        <message>
            <source>Right is weaker</source>
            <translation>O direito é mais fraco</translation>
        </message>
        <message>
            <source>Does one side feel tighter (for example, in stretches)?</source>
            <translation>Um lado parece mais tenso (por exemplo, nos alongamentos)?</translation>
        </message>
        <message>
            <source>Left is tighter</source>
            <translation>O esquerdo é mais tenso</translation>
        </message>
        <message>
            <source>Right is tighter</source>
            <translation>O direito é mais tenso</translation>
        </message>
        <message>
            <source>One-sided strengthening gets an extra set on the weaker side, and one-sided stretches an extra hold on the tighter side. Re-check every couple of weeks.</source>
            <translation>O fortalecimento de um lado só ganha uma série a mais no lado mais fraco, e os alongamentos de um lado só uma sustentação a mais no lado mais tenso. Verifique de novo a cada duas ou três semanas.</translation>
        </message>
    </context>
    <context>
        <name>SignsPage</name>
        <message>
            <source>Tick what sounds familiar. This only picks a starting focus for your exercises; it is not a diagnosis, and you can change it any time.</source>
            <translation>Marque o que parecer familiar. Isso só escolhe um foco inicial para seus exercícios; não é um diagnóstico, e você pode mudar quando quiser.</translation>
        </message>
    </context>
    <context>
        <name>StorageGuard</name>
        <message>
            <source>Read-only data folder</source>
            <extracomment>How often an unusable data file is checked again. How long a re-check waits for a lock (it runs on the GUI thread).</extracomment>
            <translation>Pasta de dados somente leitura</translation>
        </message>
        <message>
            <source>Your Counterbalance data folder is read-only, so nothing new can be saved there. Your history can still be viewed. What you log now is kept while Counterbalance runs and saved when the folder can be written again.</source>
            <translation>Sua pasta de dados do Counterbalance é somente leitura, então nada novo pode ser salvo nela. Seu histórico ainda pode ser visto. O que você registrar agora fica guardado enquanto o Counterbalance estiver em execução e é salvo quando a pasta puder ser gravada de novo.</translation>
        </message>
        <message>
            <source>Your data file</source>
            <translation>Seu arquivo de dados</translation>
        </message>
        <message>
            <source>Your data file can be used again. Your history is back.</source>
            <translation>Seu arquivo de dados pode ser usado de novo. Seu histórico voltou.</translation>
        </message>
        <message>
            <source>Counterbalance cannot save right now: {why}. What you log is kept and saved automatically as soon as possible; you do not need to do anything.</source>
            <translation>O Counterbalance não consegue salvar agora: {why}. O que você registrar fica guardado e é salvo automaticamente assim que possível; você não precisa fazer nada.</translation>
        </message>
        <message>
            <source>Until then it is kept in memory only, so please leave Counterbalance running.</source>
            <translation>Até lá, fica guardado só na memória, então deixe o Counterbalance em execução.</translation>
        </message>
        <message>
            <source>Saving later</source>
            <translation>Salvando depois</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Salvo</translation>
        </message>
        <message>
            <source>Everything you logged has now been saved.</source>
            <translation>Tudo o que você registrou já foi salvo.</translation>
        </message>
        <message>
            <source>Could not save</source>
            <translation>Não foi possível salvar</translation>
        </message>
        <message>
            <source>One entry could not be saved: {why}.</source>
            <translation>Não foi possível salvar um registro: {why}.</translation>
        </message>
    </context>
    <context>
        <name>SummaryPage</name>
        <message>
            <source>Exercise focus</source>
            <translation>Foco dos exercícios</translation>
        </message>
        <message>
            <source>Focus:</source>
            <translation>Foco:</translation>
        </message>
        <message>
            <source>Sessions always start with stretches and then strengthen, in short desk breaks plus one longer daily session. Change the focus, band or weak side later in Settings.</source>
            <translation>As sessões sempre começam com alongamentos e depois fortalecem, em pausas curtas na mesa mais uma sessão diária mais longa. Mude o foco, a faixa ou o lado fraco depois nas Configurações.</translation>
        </message>
        <message>
            <source>Start Counterbalance when I log in</source>
            <translation>Iniciar o Counterbalance ao entrar</translation>
        </message>
        <message>
            <source>Start Counterbalance at login</source>
            <translation>Iniciar o Counterbalance ao entrar</translation>
        </message>
        <message>
            <source>Breaks only come while Counterbalance is running. You can change this any time in Settings.</source>
            <translation>As pausas só chegam enquanto o Counterbalance está em execução. Você pode mudar isso a qualquer momento nas Configurações.</translation>
        </message>
        <message>
            <source>Suggested from your answers: &lt;b&gt;%1&lt;/b&gt;.</source>
            <translation>Sugerido pelas suas respostas: &lt;b&gt;%1&lt;/b&gt;.</translation>
        </message>
        <message>
            <source>No signs ticked: a balanced start, &lt;b&gt;%1&lt;/b&gt;.</source>
            <translation>Nenhum sinal marcado: um começo equilibrado, &lt;b&gt;%1&lt;/b&gt;.</translation>
        </message>
        <message>
            <source>This is a starting point, not a diagnosis.</source>
            <translation>Isto é um ponto de partida, não um diagnóstico.</translation>
        </message>
        <message>
            <source>no weaker side marked</source>
            <translation>nenhum lado mais fraco indicado</translation>
        </message>
        <message>
            <source>left side weaker</source>
            <translation>lado esquerdo mais fraco</translation>
        </message>
        <message>
            <source>right side weaker</source>
            <translation>lado direito mais fraco</translation>
        </message>
        <message>
            <source>With a resistance band</source>
            <translation>Com faixa elástica</translation>
        </message>
        <message>
            <source>Without equipment</source>
            <translation>Sem equipamento</translation>
        </message>
    </context>
    <context>
        <name>SymptomsDialog</name>
        <message>
            <source>Seek emergency care now</source>
            <extracomment>The same advice colours (background, ink) on a dark window. Room for every sign without scrolling on a 1280×800 screen (it scrolls when smaller).</extracomment>
            <translation>Procure atendimento de emergência agora</translation>
        </message>
        <message>
            <source>Counterbalance — Check symptoms</source>
            <translation>Counterbalance — Verificar sintomas</translation>
        </message>
        <message>
            <source>Check symptoms</source>
            <translation>Verificar sintomas</translation>
        </message>
        <message>
            <source>Check your symptoms</source>
            <translation>Verifique seus sintomas</translation>
        </message>
        <message>
            <source>A quick safety check</source>
            <translation>Uma verificação rápida de segurança</translation>
        </message>
        <message>
            <source>Advice</source>
            <translation>Orientação</translation>
        </message>
        <message>
            <source>Check (Enter)</source>
            <translation>Verificar (Enter)</translation>
        </message>
        <message>
            <source>Check the ticked signs</source>
            <translation>Verificar os sinais marcados</translation>
        </message>
        <message>
            <source>Close (Esc)</source>
            <translation>Fechar (Esc)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fechar</translation>
        </message>
    </context>
    <context>
        <name>SyncFlow</name>
        <message>
            <source>Sync</source>
            <extracomment>The slow poll that backs up the file watcher. How often activity is noted and the other computers' notes read. Wait after a write or a folder change before a pass (changes come in bursts). Idle readings below this count as "active now" for the note. app_state keys of the one-off notices. Offers to remove this computer's files when sync is left or all data deleted. Made with the first folder to watch: a tray with sync off keeps no inotify.</extracomment>
            <translation>Sincronização</translation>
        </message>
    </context>
    <context>
        <name>SyncLeaveDialog</name>
        <message numerus="yes">
            <source>Your data on this computer was deleted. The sync folder {folder} still holds this computer's history as it was shared: %n file(s), {size}.</source>
            <translation>
                <numerusform>Seus dados neste computador foram apagados. A pasta sincronizada {folder} ainda contém o histórico compartilhado deste computador: %n arquivo, {size}.</numerusform>
                <numerusform>Seus dados neste computador foram apagados. A pasta sincronizada {folder} ainda contém o histórico compartilhado deste computador: %n arquivos, {size}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Sync is off. The sync folder {folder} still holds this computer's history: %n file(s), {size}.</source>
            <translation>
                <numerusform>A sincronização está desativada. A pasta sincronizada {folder} ainda contém o histórico deste computador: %n arquivo, {size}.</numerusform>
                <numerusform>A sincronização está desativada. A pasta sincronizada {folder} ainda contém o histórico deste computador: %n arquivos, {size}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>It also holds the files of %n other computer(s); they are not touched.</source>
            <translation>
                <numerusform>Ela também contém os arquivos de %n outro computador; eles não são alterados.</numerusform>
                <numerusform>Ela também contém os arquivos de %n outros computadores; eles não são alterados.</numerusform>
            </translation>
        </message>
        <message>
            <source>Remove this computer's files from the folder? Your other computers keep what they already imported.</source>
            <translation>Remover os arquivos deste computador da pasta? Seus outros computadores mantêm o que já importaram.</translation>
        </message>
        <message>
            <source>Counterbalance — Sync folder</source>
            <translation>Counterbalance — Pasta sincronizada</translation>
        </message>
        <message>
            <source>&amp;Remove this computer's files</source>
            <translation>&amp;Remover os arquivos deste computador</translation>
        </message>
        <message>
            <source>&amp;Keep them</source>
            <translation>&amp;Mantê-los</translation>
        </message>
    </context>
    <context>
        <name>SyncNotices</name>
        <message>
            <source>The sync folder can be used again.</source>
            <translation>A pasta sincronizada pode ser usada novamente.</translation>
        </message>
        <message>
            <source>Another computer runs a newer Counterbalance; update this one to see everything it shared.</source>
            <translation>Outro computador usa um Counterbalance mais novo; atualize este para ver tudo o que ele compartilhou.</translation>
        </message>
        <message>
            <source>Another Counterbalance writes to this computer's files in the sync folder (a copied installation?). Its events are kept; give each computer its own data folder.</source>
            <translation>Outro Counterbalance grava nos arquivos deste computador na pasta sincronizada (uma instalação copiada?). Os eventos dele são mantidos; dê a cada computador sua própria pasta de dados.</translation>
        </message>
        <message>
            <source>Sync stays off: the folder {folder} holds Counterbalance's own data folder (or lies inside it), and a database must not be synced. Choose another folder.</source>
            <translation>A sincronização continua desativada: a pasta {folder} contém a pasta de dados do Counterbalance (ou fica dentro dela), e um banco de dados não deve ser sincronizado. Escolha outra pasta.</translation>
        </message>
        <message>
            <source>The sync folder {folder} is missing (a drive not mounted?). Your history is kept here and shared once it is back.</source>
            <translation>A pasta sincronizada {folder} está ausente (uma unidade não montada?). Seu histórico fica guardado aqui e é compartilhado quando ela voltar.</translation>
        </message>
        <message>
            <source>Counterbalance may not write to the sync folder {folder}. Your history is kept here and shared once it can.</source>
            <translation>O Counterbalance não tem permissão para gravar na pasta sincronizada {folder}. Seu histórico fica guardado aqui e é compartilhado assim que possível.</translation>
        </message>
        <message>
            <source>The sync folder {folder} cannot be used now. Your history is kept here and shared once it can.</source>
            <translation>A pasta sincronizada {folder} não pode ser usada agora. Seu histórico fica guardado aqui e é compartilhado assim que possível.</translation>
        </message>
    </context>
    <context>
        <name>SyncSettingsPage</name>
        <message>
            <source>Sync with other computers</source>
            <translation>Sincronizar com outros computadores</translation>
        </message>
        <message>
            <source>Keep one history on all your computers through a folder you already sync (Syncthing, Dropbox, Nextcloud, a network share). Each computer writes its own files there; the database stays on each computer.</source>
            <translation>Um só histórico em todos os seus computadores por meio de uma pasta que você já sincroniza (Syncthing, Dropbox, Nextcloud, um compartilhamento de rede). Cada computador grava ali os próprios arquivos; o banco de dados fica em cada computador.</translation>
        </message>
        <message>
            <source>Share my history with my other computers</source>
            <translation>Compartilhar meu histórico com meus outros computadores</translation>
        </message>
        <message>
            <source>Synced &amp;folder:</source>
            <translation>&amp;Pasta sincronizada:</translation>
        </message>
        <message>
            <source>Synced folder</source>
            <translation>Pasta sincronizada</translation>
        </message>
        <message>
            <source>Choose a folder your sync tool shares</source>
            <translation>Escolha uma pasta que sua ferramenta de sincronização compartilha</translation>
        </message>
        <message>
            <source>&amp;Choose…</source>
            <translation>&amp;Escolher…</translation>
        </message>
        <message>
            <source>Choose the synced folder</source>
            <translation>Escolher a pasta sincronizada</translation>
        </message>
        <message>
            <source>This computer's &amp;name:</source>
            <translation>&amp;Nome deste computador:</translation>
        </message>
        <message>
            <source>This computer's name</source>
            <translation>Nome deste computador</translation>
        </message>
        <message>
            <source>Choose a folder to turn sync on.</source>
            <translation>Escolha uma pasta para ativar a sincronização.</translation>
        </message>
        <message>
            <source>What the sync tool can see: the files are plain text. Anyone who can read the folder (the sync tool, a cloud provider's servers, every device it is shared with) can read every break, session, exercise set, pain rating with its body region, safety answers, each computer's name and time zone, and when you were active at it. Use a folder only your own devices share, ideally without a third-party server or with end-to-end encryption.</source>
            <translation>O que a ferramenta de sincronização vê: os arquivos são texto simples. Quem puder ler a pasta (a ferramenta, os servidores de um provedor de nuvem, cada dispositivo com que ela é compartilhada) pode ler cada pausa, sessão, série de exercícios, nota de dor com a região do corpo, as respostas de segurança, o nome e o fuso horário de cada computador e quando você esteve ativo nele. Use uma pasta que só seus dispositivos compartilhem, de preferência sem servidor de terceiros ou com criptografia de ponta a ponta.</translation>
        </message>
    </context>
    <context>
        <name>Tray</name>
        <message>
            <source>paused until you resume</source>
            <extracomment>The status line changes by itself (a countdown): refresh it every minute.</extracomment>
            <translation>pausado até você retomar</translation>
        </message>
        <message>
            <source>paused until {time}</source>
            <translation>pausado até {time}</translation>
        </message>
        <message>
            <source>fullscreen</source>
            <translation>tela cheia</translation>
        </message>
        <message>
            <source>do not disturb</source>
            <translation>não perturbe</translation>
        </message>
        <message>
            <source>quiet: {reason}</source>
            <translation>silêncio: {reason}</translation>
        </message>
        <message>
            <source>outside working hours</source>
            <translation>fora do horário de trabalho</translation>
        </message>
        <message>
            <source>time for a break</source>
            <translation>hora de uma pausa</translation>
        </message>
        <message>
            <source>session in progress</source>
            <translation>sessão em andamento</translation>
        </message>
        <message>
            <source>away from the desk: that counts as a break</source>
            <translation>longe da mesa: conta como pausa</translation>
        </message>
        <message>
            <source>waiting for activity</source>
            <translation>aguardando atividade</translation>
        </message>
        <message>
            <source>next break in under a minute</source>
            <translation>próxima pausa em menos de um minuto</translation>
        </message>
        <message>
            <source>snoozed: next break in {n} min</source>
            <translation>adiada: próxima pausa em {n} min</translation>
        </message>
        <message>
            <source>next break in {n} min</source>
            <translation>próxima pausa em {n} min</translation>
        </message>
    </context>
    <context>
        <name>TrayIcon</name>
        <message>
            <source>Counterbalance menu</source>
            <translation>Menu do Counterbalance</translation>
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
            <translation>&amp;Começar uma sessão agora</translation>
        </message>
        <message>
            <source>S&amp;nooze {n} min</source>
            <translation>A&amp;diar {n} min</translation>
        </message>
        <message>
            <source>&amp;Resume reminders</source>
            <translation>&amp;Retomar os lembretes</translation>
        </message>
        <message>
            <source>&amp;Pause 1 h</source>
            <translation>&amp;Pausar 1 h</translation>
        </message>
        <message>
            <source>Pause &amp;for…</source>
            <translation>Pausar &amp;por…</translation>
        </message>
        <message>
            <source>30 minutes</source>
            <translation>30 minutos</translation>
        </message>
        <message>
            <source>Until tomorrow</source>
            <translation>Até amanhã</translation>
        </message>
        <message>
            <source>Until I resume</source>
            <translation>Até eu retomar</translation>
        </message>
        <message>
            <source>Pro&amp;gress…</source>
            <translation>Pro&amp;gresso…</translation>
        </message>
        <message>
            <source>Rate &amp;today's pain…</source>
            <translation>Avaliar a dor de &amp;hoje…</translation>
        </message>
        <message>
            <source>&amp;Check symptoms…</source>
            <translation>&amp;Verificar sintomas…</translation>
        </message>
        <message>
            <source>S&amp;ettings…</source>
            <translation>Con&amp;figurações…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Sair</translation>
        </message>
    </context>
    <context>
        <name>TrayShell</name>
        <message>
            <source>not set up yet: breaks start after the welcome</source>
            <extracomment>How often the tooltip's "next break in N min" is refreshed while counting. The intents a tray icon and the no-tray window both emit, forwarded by the shell (the signals of :class:`TrayIntents`).</extracomment>
            <translation>ainda não configurado: as pausas começam depois das boas-vindas</translation>
        </message>
        <message>
            <source>starting…</source>
            <translation>iniciando…</translation>
        </message>
        <message>
            <source>session in progress</source>
            <translation>sessão em andamento</translation>
        </message>
    </context>
    <context>
        <name>UncaughtErrors</name>
        <message>
            <source>Counterbalance — Something went wrong</source>
            <translation>Counterbalance — Algo deu errado</translation>
        </message>
        <message>
            <source>Something went wrong inside Counterbalance. It keeps running, and what you logged so far is kept. The details were written to the log file (counterbalance.log in the data folder).</source>
            <translation>Algo deu errado dentro do Counterbalance. Ele continua funcionando, e o que você registrou até agora está guardado. Os detalhes foram gravados no arquivo de log (counterbalance.log na pasta de dados).</translation>
        </message>
    </context>
    <context>
        <name>UserWindows</name>
        <message>
            <source>Please get checked</source>
            <translation>Procure uma avaliação</translation>
        </message>
    </context>
    <context>
        <name>guard</name>
        <message>
            <source>another program is using the data file</source>
            <translation>outro programa está usando o arquivo de dados</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>o disco está cheio</translation>
        </message>
        <message>
            <source>Counterbalance is not allowed to open the data file</source>
            <translation>o Counterbalance não tem permissão para abrir o arquivo de dados</translation>
        </message>
        <message>
            <source>the data folder is read-only</source>
            <translation>a pasta de dados é somente leitura</translation>
        </message>
        <message>
            <source>the disk reported an error (it may be full)</source>
            <translation>o disco informou um erro (talvez esteja cheio)</translation>
        </message>
        <message>
            <source>the data file is damaged</source>
            <translation>o arquivo de dados está danificado</translation>
        </message>
        <message>
            <source>the data file cannot be used</source>
            <translation>o arquivo de dados não pode ser usado</translation>
        </message>
    </context>
</TS>