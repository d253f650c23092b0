<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>AnswerHitModel</name>
    <message>
        <source>{kind} in {language}: Enter shows the answer</source>
        <translation>{kind}, тілі {language}: Enter жауапты көрсетеді</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Library not found</source>
        <translation>Кітапхана табылмады</translation>
    </message>
    <message>
        <source>The library could not be opened:
{error}</source>
        <translation>Кітапхананы ашу мүмкін болмады:
{error}</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Күтпеген қате</translation>
    </message>
    <message>
        <source>Something went wrong: {reason}

The talking point you were editing was kept as a draft; it is offered again when you reopen it.</source>
        <translation>Бірдеңе дұрыс болмады: {reason}

Өңделіп жатқан тезис жоба ретінде сақталды; оны қайта ашқанда ол қайтадан ұсынылады.</translation>
    </message>
</context>
<context>
    <name>AudienceWindow</name>
    <message>
        <source>Audience screen</source>
        <translation>Тыңдаушылар экраны</translation>
    </message>
    <message>
        <source>Lecture title</source>
        <translation>Дәріс атауы</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Бөлім</translation>
    </message>
    <message>
        <source>Point title</source>
        <translation>Тезис атауы</translation>
    </message>
    <message>
        <source>Key line</source>
        <translation>Негізгі сөйлем</translation>
    </message>
    <message>
        <source>Help line</source>
        <translation>Көмек жолы</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>QR-код</translation>
    </message>
    <message>
        <source>Blank screen</source>
        <translation>Бос экран</translation>
    </message>
</context>
<context>
    <name>ClashDialog</name>
    <message>
        <source>Merge changes</source>
        <translation>Өзгерістерді біріктіру</translation>
    </message>
    <message>
        <source>These fields were changed both in your edits and outside lecturekit. Choose which version to keep for each; everything else was merged.</source>
        <translation>Бұл өрістер сіздің түзетулеріңізде де, lecturekit-тен тыс жерде де өзгертілген. Әрқайсысы үшін қай нұсқаны қалдыру керегін таңдаңыз; қалғанының бәрі біріктірілді.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Біріктіру</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Біріктіру</translation>
    </message>
    <message>
        <source>Merge with the versions chosen above; save to write the result</source>
        <translation>Жоғарыда таңдалған нұсқалармен біріктіру; нәтижені жазу үшін сақтаңыз</translation>
    </message>
    <message>
        <source>Merge nothing and go back to your edits</source>
        <translation>Ештеңе біріктірмей, түзетулеріңізге оралу</translation>
    </message>
    <message>
        <source>When you opened it: {value}</source>
        <translation>Ашқан кезіңізде: {value}</translation>
    </message>
    <message>
        <source>Mine (your edits)</source>
        <translation>Менікі (сіздің түзетулеріңіз)</translation>
    </message>
    <message>
        <source>Keep your version of {field}</source>
        <translation>«{field}» өрісінің өз нұсқаңызды қалдыру</translation>
    </message>
    <message>
        <source>Theirs (on disk)</source>
        <translation>Олардікі (дискіде)</translation>
    </message>
    <message>
        <source>Take the version of {field} that is on disk now</source>
        <translation>«{field}» өрісінің қазір дискіде тұрған нұсқасын алу</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(жоқ)</translation>
    </message>
</context>
<context>
    <name>ConflictResolver</name>
    <message>
        <source>Resolve conflict copy</source>
        <translation>Қайшылық көшірмесін шешу</translation>
    </message>
    <message>
        <source>The point “{id}” that “{file}” is a copy of is no longer in the library. Restore the copy as the point?</source>
        <translation>«{file}» көшірмесі болып табылатын «{id}» тезисі кітапханада енді жоқ. Көшірмені осы тезис ретінде қалпына келтіру керек пе?</translation>
    </message>
    <message>
        <source>The lecture “{id}” that “{file}” is a copy of is no longer in the library. Restore the copy as the lecture?</source>
        <translation>«{file}» көшірмесі болып табылатын «{id}» дәрісі кітапханада енді жоқ. Көшірмені осы дәріс ретінде қалпына келтіру керек пе?</translation>
    </message>
    <message>
        <source>“{file}” holds nothing that the lecture “{id}” does not. Move the copy to the trash?</source>
        <translation>«{file}» ішінде «{id}» дәрісінде жоқ ештеңе жоқ. Көшірмені себетке жіберу керек пе?</translation>
    </message>
    <message>
        <source>“{file}” holds nothing that the point “{id}” does not. Move the copy to the trash?</source>
        <translation>«{file}» ішінде «{id}» тезисінде жоқ ештеңе жоқ. Көшірмені себетке жіберу керек пе?</translation>
    </message>
    <message>
        <source>The conflict copy was not resolved:
{reason}</source>
        <translation>Қайшылық көшірмесі шешілмеді:
{reason}</translation>
    </message>
    <message>
        <source>“{file}” is not a copy of a talking point or a lecture; compare it with its original by hand.</source>
        <translation>«{file}» тезистің де, дәрістің де көшірмесі емес; оны түпнұсқасымен қолмен салыстырыңыз.</translation>
    </message>
    <message>
        <source>“{file}” does not read as a talking point or a lecture; open it in a text editor and fix or delete it.</source>
        <translation>«{file}» тезис те, дәріс те ретінде оқылмайды; оны мәтін өңдегішінде ашып, түзетіңіз немесе жойыңыз.</translation>
    </message>
</context>
<context>
    <name>CopySharedLibraryDialog</name>
    <message>
        <source>Copy a shared library</source>
        <translation>Ортақ кітапхананы көшіру</translation>
    </message>
    <message>
        <source>Get the team&apos;s shared library onto this computer. It is copied into a new or empty folder, opened, and from then on synced with the shared repository.</source>
        <translation>Команданың ортақ кітапханасын осы компьютерге алу. Ол жаңа немесе бос қалтаға көшіріліп, ашылады, содан кейін ортақ репозиториймен синхрондалады.</translation>
    </message>
    <message>
        <source>Folder for the library</source>
        <translation>Кітапханаға арналған қалта</translation>
    </message>
    <message>
        <source>A new or empty folder on this computer</source>
        <translation>Осы компьютердегі жаңа немесе бос қалта</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Таңдау…</translation>
    </message>
    <message>
        <source>Choose the folder for the library</source>
        <translation>Кітапханаға арналған қалтаны таңдау</translation>
    </message>
    <message>
        <source>Into &amp;folder:</source>
        <translation>&amp;Қалтаға:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Көшіру</translation>
    </message>
    <message>
        <source>{folder} is not empty: choose a new or empty folder, so that nothing in it is mixed with the shared library.</source>
        <translation>{folder} қалтасы бос емес: ішіндегісі ортақ кітапханамен араласпауы үшін жаңа немесе бос қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <source>Copying the shared library…</source>
        <translation>Ортақ кітапхана көшірілуде…</translation>
    </message>
    <message>
        <source>The library could not be copied:
{reason}</source>
        <translation>Кітапхананы көшіру мүмкін болмады:
{reason}</translation>
    </message>
</context>
<context>
    <name>DeliveriesPanel</name>
    <message>
        <source>Delivery log</source>
        <translation>Өткізу журналы</translation>
    </message>
    <message>
        <source>Each time the lecture was given; double-click a cell to edit</source>
        <translation>Дәріс өткізілген әр жолы; өңдеу үшін ұяшықты екі рет шертіңіз</translation>
    </message>
    <message>
        <source>Edit delivery log</source>
        <translation>өткізу журналын өзгерту</translation>
    </message>
    <message>
        <source>&amp;Log a delivery</source>
        <translation>Өткізуді &amp;тіркеу</translation>
    </message>
    <message>
        <source>Add a row for today</source>
        <translation>Бүгінгі күнге жол қосу</translation>
    </message>
    <message>
        <source>Re&amp;move row</source>
        <translation>Жолды &amp;жою</translation>
    </message>
    <message>
        <source>Remove the selected rows</source>
        <translation>Таңдалған жолдарды жою</translation>
    </message>
    <message>
        <source>Log a delivery</source>
        <translation>өткізуді тіркеу</translation>
    </message>
    <message>
        <source>Remove delivery</source>
        <translation>өткізу жазбасын жою</translation>
    </message>
</context>
<context>
    <name>DeliveryChart</name>
    <message>
        <source>Chart of deliveries per month</source>
        <translation>Айлар бойынша өткізілген дәрістер диаграммасы</translation>
    </message>
    <message>
        <source>No deliveries</source>
        <translation>Өткізілген дәріс жоқ</translation>
    </message>
</context>
<context>
    <name>DeliveryDialog</name>
    <message>
        <source>Log this delivery</source>
        <translation>Өткізілген дәрісті тіркеу</translation>
    </message>
    <message numerus="yes">
        <source>You spoke for {time} about %n point(s).</source>
        <translation>
            <numerusform>Сіз {time} сөйлеп, %n тезисті қамтыдыңыз.</numerusform>
            <numerusform>Сіз {time} сөйлеп, %n тезисті қамтыдыңыз.</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>The day the lecture was given</source>
        <translation>Дәріс өткізілген күн</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Өткізілген орны</translation>
    </message>
    <message>
        <source>Where: an organisation, a market, a broadcast channel</source>
        <translation>Қайда: ұйым, базар, эфир арнасы</translation>
    </message>
    <message>
        <source>e.g. Instagram live, the market hall</source>
        <translation>мысалы: Instagram-дағы тікелей эфир, базар залы</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Өткізу түрі</translation>
    </message>
    <message>
        <source>Online broadcast or in person</source>
        <translation>Онлайн эфир немесе бетпе-бет</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Онлайн</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Бетпе-бет</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>саналмаған</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Тыңдаушылар саны</translation>
    </message>
    <message>
        <source>How many people listened or watched</source>
        <translation>Қанша адам тыңдады немесе көрді</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <source>What to remember: questions asked, what to change next time</source>
        <translation>Есте сақтайтын нәрсе: қойылған сұрақтар, келесі жолы нені өзгерту керек</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Күні:</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>Өткізілген &amp;орны:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>Өткізу &amp;түрі:</translation>
    </message>
    <message>
        <source>&amp;Attendance:</source>
        <translation>Тыңдаушылар &amp;саны:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Ескертпелер:</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t save</source>
        <translation>Са&amp;қтамау</translation>
    </message>
    <message>
        <source>&amp;Back to the talk</source>
        <translation>Сөйлеуге &amp;оралу</translation>
    </message>
    <message>
        <source>The delivery could not be saved:
{reason}</source>
        <translation>Өткізілген дәріс туралы жазбаны сақтау мүмкін болмады:
{reason}</translation>
    </message>
    <message>
        <source>Delivery not logged</source>
        <translation>Өткізілген дәріс тіркелмеді</translation>
    </message>
    <message>
        <source>Delivery not saved</source>
        <translation>Өткізілген дәріс сақталмады</translation>
    </message>
</context>
<context>
    <name>DeliveryLogModel</name>
    <message>
        <source>Online</source>
        <translation>Онлайн</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Бетпе-бет</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Lecture</source>
        <translation>Дәріс</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Өткізілген орны</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Өткізу түрі</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Тыңдаушылар саны</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <source>Attendance was not logged</source>
        <translation>Тыңдаушылар саны жазылмаған</translation>
    </message>
</context>
<context>
    <name>DeliveryLogWindow</name>
    <message>
        <source>Delivery log and report</source>
        <translation>Өткізу журналы және есеп</translation>
    </message>
    <message>
        <source>All deliveries</source>
        <translation>Барлық өткізілген дәрістер</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Осы ай</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Өткен ай</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Осы жыл</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Өткен жыл</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Күндерді таңдау</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Басы</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Соңы</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Кезеңнің бірінші күні</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Кезеңнің соңғы күні</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <source>The deliveries the log and the report cover</source>
        <translation>Журнал мен есепке енетін өткізілген дәрістер</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Кезең:</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Өткізілген дәрістер</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Есеп</translation>
    </message>
    <message>
        <source>Listeners&apos; questions</source>
        <translation>Тыңдаушылардың сұрақтары</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Жаңарту</translation>
    </message>
    <message>
        <source>Read the delivery logs of the lectures again</source>
        <translation>Дәрістердің өткізу журналдарын қайта оқу</translation>
    </message>
    <message>
        <source>All formats</source>
        <translation>Барлық өткізу түрлері</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Өткізу түрі</translation>
    </message>
    <message>
        <source>Show deliveries of one format only</source>
        <translation>Тек бір өткізу түріндегі дәрістерді көрсету</translation>
    </message>
    <message>
        <source>Venue contains…</source>
        <translation>Өткізілген орнында бар…</translation>
    </message>
    <message>
        <source>Venue filter</source>
        <translation>Өткізілген орны бойынша сүзгі</translation>
    </message>
    <message>
        <source>Show deliveries whose venue contains this text</source>
        <translation>Өткізілген орнында осы мәтін бар дәрістерді көрсету</translation>
    </message>
    <message>
        <source>Double-click a delivery to open its lecture</source>
        <translation>Дәрісін ашу үшін өткізу жазбасын екі рет шертіңіз</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Өткізу түрі:</translation>
    </message>
    <message>
        <source>Venue:</source>
        <translation>Өткізілген орны:</translation>
    </message>
    <message>
        <source>Listeners per month</source>
        <translation>Айына тыңдаушылар саны</translation>
    </message>
    <message>
        <source>Deliveries per month</source>
        <translation>Айына өткізілген дәрістер саны</translation>
    </message>
    <message>
        <source>What the chart shows</source>
        <translation>Диаграмма нені көрсетеді</translation>
    </message>
    <message>
        <source>Listeners</source>
        <translation>Тыңдаушылар</translation>
    </message>
    <message numerus="yes">
        <source>%n deliveries without a listener count</source>
        <translation>
            <numerusform>%n дәрістің тыңдаушылар саны белгісіз</numerusform>
            <numerusform>%n дәрістің тыңдаушылар саны белгісіз</numerusform>
        </translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Ай</translation>
    </message>
    <message>
        <source>Deliveries by month</source>
        <translation>Айлар бойынша өткізілген дәрістер</translation>
    </message>
    <message>
        <source>Deliveries by format</source>
        <translation>Өткізу түрлері бойынша дәрістер</translation>
    </message>
    <message>
        <source>Talking point</source>
        <translation>Тезис</translation>
    </message>
    <message>
        <source>Not in the library</source>
        <translation>Кітапханада жоқ</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>Неше рет</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Соңғы рет</translation>
    </message>
    <message>
        <source>Talking points used most</source>
        <translation>Ең көп қолданылған тезистер</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ешқашан</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Күн</translation>
    </message>
    <message>
        <source>Talking points not used for long</source>
        <translation>Ұзақ уақыт қолданылмаған тезистер</translation>
    </message>
    <message>
        <source>Double-click a talking point to open it</source>
        <translation>Тезисті ашу үшін оны екі рет шертіңіз</translation>
    </message>
    <message>
        <source>Days without use</source>
        <translation>Қолданылмаған күндер саны</translation>
    </message>
    <message>
        <source>A point counts as not used for long after this many days</source>
        <translation>Осынша күннен кейін тезис ұзақ уақыт қолданылмаған деп саналады</translation>
    </message>
    <message>
        <source>Not used for long</source>
        <translation>Ұзақ уақыт қолданылмағандар</translation>
    </message>
    <message>
        <source>Not used for more than</source>
        <translation>Соңғы рет қолданылғанына</translation>
    </message>
    <message>
        <source>days, or never (faq points left out)</source>
        <translation>күннен асқан немесе мүлде қолданылмаған («Сұрақ-жауап» тезистерінсіз)</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Айлар бойынша</translation>
    </message>
    <message>
        <source>By format</source>
        <translation>Өткізу түрлері бойынша</translation>
    </message>
    <message>
        <source>Used most</source>
        <translation>Ең көп қолданылғандар</translation>
    </message>
    <message>
        <source>Language of the exported report</source>
        <translation>Экспортталатын есептің тілі</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Есепті экспорттау…</translation>
    </message>
    <message>
        <source>Save the report as a Word document or a CSV file for Excel</source>
        <translation>Есепті Word құжаты немесе Excel-ге арналған CSV файлы ретінде сақтау</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Есепті экспорттау</translation>
    </message>
    <message>
        <source>Report language:</source>
        <translation>Есеп тілі:</translation>
    </message>
    <message numerus="yes">
        <source>%n deliveries</source>
        <translation>
            <numerusform>%n рет өткізілді</numerusform>
            <numerusform>%n рет өткізілді</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n listeners</source>
        <translation>
            <numerusform>%n тыңдаушы</numerusform>
            <numerusform>%n тыңдаушы</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not counted: they cannot be read (see Problems)</source>
        <translation>
            <numerusform>%n файл есепке алынбады: оны оқу мүмкін емес («Мәселелер» тақтасын қараңыз)</numerusform>
            <numerusform>%n файл есепке алынбады: оларды оқу мүмкін емес («Мәселелер» тақтасын қараңыз)</numerusform>
        </translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Word құжаты (*.docx)</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>Excel-ге арналған CSV (*.csv)</translation>
    </message>
    <message>
        <source>Report not exported</source>
        <translation>Есеп экспортталмады</translation>
    </message>
    <message>
        <source>The report could not be saved to %1:
%2</source>
        <translation>Есепті %1 ішіне сақтау мүмкін болмады:
%2</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>%1 ішіне сақталды</translation>
    </message>
</context>
<context>
    <name>DeliveryTableModel</name>
    <message>
        <source>Online</source>
        <translation>Онлайн</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Бетпе-бет</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Өткізілген орны</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Өткізу түрі</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Тыңдаушылар саны</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <source>Logged in its own file, {file}; edit that file to change it</source>
        <translation>Жеке файлда жазылған: {file}; өзгерту үшін сол файлды өңдеңіз</translation>
    </message>
</context>
<context>
    <name>EditCycle</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Болдырмау</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Қайталау</translation>
    </message>
    <message>
        <source>The file changed on disk since it was opened; nothing was overwritten.</source>
        <translation>Файл ашылғаннан кейін дискіде өзгерді; ештеңе қайта жазылған жоқ.</translation>
    </message>
    <message>
        <source>it is no longer part of this library</source>
        <translation>бұл енді осы кітапхананың бөлігі емес</translation>
    </message>
    <message>
        <source>Your version is kept; saving it replaces the one on disk</source>
        <translation>Сіздің нұсқаңыз қалды; сақтағанда ол дискідегі нұсқаны ауыстырады</translation>
    </message>
    <message>
        <source>Merged with the version on disk: check it and save</source>
        <translation>Дискідегі нұсқамен біріктірілді: тексеріп, сақтаңыз</translation>
    </message>
</context>
<context>
    <name>EditPrompts</name>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Сақталмаған өзгерістер</translation>
    </message>
    <message>
        <source>Save the changes to “{name}”?</source>
        <translation>«{name}» өзгерістерін сақтау керек пе?</translation>
    </message>
    <message>
        <source>Your changes are lost if you don&apos;t save them.</source>
        <translation>Сақтамасаңыз, өзгерістер жоғалады.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>Сақта&amp;мау</translation>
    </message>
    <message>
        <source>The draft was kept automatically on {time}.</source>
        <translation>Жоба {time} кезінде автоматты түрде сақталды.</translation>
    </message>
    <message>
        <source>The file changed after that: restoring the draft and saving would replace those changes.</source>
        <translation>Содан кейін файл өзгерді: жобаны қалпына келтіріп сақтасаңыз, ол өзгерістер ауыстырылады.</translation>
    </message>
    <message>
        <source>Unsaved draft found</source>
        <translation>Сақталмаған жоба табылды</translation>
    </message>
    <message>
        <source>“{name}” has edits that were never saved. Restore them?</source>
        <translation>«{name}» ішінде сақталмаған түзетулер бар. Оларды қалпына келтіру керек пе?</translation>
    </message>
    <message>
        <source>&amp;Restore draft</source>
        <translation>Жобаны &amp;қалпына келтіру</translation>
    </message>
    <message>
        <source>&amp;Discard draft</source>
        <translation>Жобаны &amp;жою</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>Қазір &amp;емес</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Сақталмады</translation>
    </message>
    <message>
        <source>“{name}” was not saved.

{reason}</source>
        <translation>«{name}» сақталмады.

{reason}</translation>
    </message>
    <message>
        <source>Not opened</source>
        <translation>Ашылмады</translation>
    </message>
    <message>
        <source>“{name}” could not be opened.

{reason}</source>
        <translation>«{name}» ашу мүмкін болмады.

{reason}</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>required field `{field}` is missing</source>
        <translation>міндетті `{field}` өрісі толтырылмаған</translation>
    </message>
    <message>
        <source>`{field}` must be a single text value</source>
        <translation>`{field}` бір ғана мәтін мәні болуы керек</translation>
    </message>
    <message>
        <source>`{field}` is “{value}”; expected one of: {allowed}</source>
        <translation>`{field}` мәні «{value}»; мыналардың бірі болуы керек: {allowed}</translation>
    </message>
    <message>
        <source>`{field}` must be a list of words, e.g. [one, two]</source>
        <translation>`{field}` сөздер тізімі болуы керек, мысалы [one, two]</translation>
    </message>
    <message>
        <source>`{field}` is “{value}”; expected a date like 2026-09-30</source>
        <translation>`{field}` мәні «{value}»; 2026-09-30 түріндегі күн болуы керек</translation>
    </message>
    <message>
        <source>`{field}` is “{value}”; expected a number</source>
        <translation>`{field}` мәні «{value}»; сан болуы керек</translation>
    </message>
    <message>
        <source>`{field}` is “{value}”; expected a whole number</source>
        <translation>`{field}` мәні «{value}»; бүтін сан болуы керек</translation>
    </message>
    <message>
        <source>not UTF-8 text (save the file as UTF-8)</source>
        <translation>мәтін UTF-8 кодтауында емес (файлды UTF-8 ретінде сақтаңыз)</translation>
    </message>
    <message>
        <source>no front matter: a talking point starts with a line `---`</source>
        <translation>тақырыптама (front matter) жоқ: тезис файлы `---` жолынан басталады</translation>
    </message>
    <message>
        <source>front matter is not closed: add a line `---` after it</source>
        <translation>тақырыптама (front matter) жабылмаған: одан кейін `---` жолын қосыңыз</translation>
    </message>
    <message>
        <source>the file is larger than {mib} MiB</source>
        <translation>файл {mib} МиБ-тан үлкен</translation>
    </message>
    <message>
        <source>invalid YAML: {reason}</source>
        <translation>YAML қатесі: {reason}</translation>
    </message>
    <message>
        <source>anchors and aliases (&amp;name, *name) are not allowed</source>
        <translation>зәкірлер мен сілтемелерге (&amp;name, *name) рұқсат етілмейді</translation>
    </message>
    <message>
        <source>the YAML is larger than {kib} KiB</source>
        <translation>YAML көлемі {kib} КиБ-тан үлкен</translation>
    </message>
    <message>
        <source>the YAML is nested too deeply</source>
        <translation>YAML тым терең кірістірілген</translation>
    </message>
    <message>
        <source>the YAML tag {tag} is not supported: write the value without it</source>
        <translation>{tag} YAML тегіне қолдау жоқ: мәнді онсыз жазыңыз</translation>
    </message>
    <message>
        <source>expected `key: value` lines, found a single value or a list</source>
        <translation>`кілт: мән` түріндегі жолдар күтілген, бірақ жалғыз мән немесе тізім табылды</translation>
    </message>
    <message>
        <source>keys must be text, found {key}</source>
        <translation>кілттер мәтін болуы керек, бірақ {key} табылды</translation>
    </message>
    <message>
        <source>`sources` must be a list of `- title: ...` entries</source>
        <translation>`sources` `- title: ...` түріндегі жазбалар тізімі болуы керек</translation>
    </message>
    <message>
        <source>source {number} needs a `title`</source>
        <translation>{number}-дереккөзде `title` болуы керек</translation>
    </message>
    <message>
        <source>source {number}: `{key}` must be text</source>
        <translation>{number}-дереккөз: `{key}` мәтін болуы керек</translation>
    </message>
    <message>
        <source>`sections` must be a list of `- heading: ...` entries</source>
        <translation>`sections` `- heading: ...` түріндегі жазбалар тізімі болуы керек</translation>
    </message>
    <message>
        <source>section {number} must have a `heading` and `points`</source>
        <translation>{number}-бөлімде `heading` пен `points` болуы керек</translation>
    </message>
    <message>
        <source>section {number}: `heading` must be text</source>
        <translation>{number}-бөлім: `heading` мәтін болуы керек</translation>
    </message>
    <message>
        <source>section {number}: `points` must be a list of point ids</source>
        <translation>{number}-бөлім: `points` тезис идентификаторларының тізімі болуы керек</translation>
    </message>
    <message>
        <source>section {number}: a point&apos;s `note` must be text</source>
        <translation>{number}-бөлім: тезистің `note` өрісі мәтін болуы керек</translation>
    </message>
    <message>
        <source>section {number}: each point is an id or `- id: ...`</source>
        <translation>{number}-бөлім: әр тезис идентификатормен немесе `- id: ...` жазбасымен беріледі</translation>
    </message>
    <message>
        <source>`deliveries` must be a list of `- date: ...` entries</source>
        <translation>`deliveries` `- date: ...` түріндегі жазбалар тізімі болуы керек</translation>
    </message>
    <message>
        <source>delivery {number} must have a `date`</source>
        <translation>{number}-өткізу жазбасында `date` болуы керек</translation>
    </message>
    <message>
        <source>`timings` must map point ids to seconds, e.g. `my-point: 95`</source>
        <translation>`timings` тезис идентификаторларына секунд санын сәйкестендіруі керек, мысалы `my-point: 95`</translation>
    </message>
    <message>
        <source>`timings`: “{id}” needs a number of seconds</source>
        <translation>`timings`: «{id}» үшін секунд саны керек</translation>
    </message>
    <message>
        <source>`questions` must be a list of faq point ids</source>
        <translation>`questions` сұрақ-жауап (faq) тезистері идентификаторларының тізімі болуы керек</translation>
    </message>
    <message>
        <source>`words_per_minute` is {value}; expected {min} to {max}</source>
        <translation>`words_per_minute` мәні {value}; {min} мен {max} аралығында болуы керек</translation>
    </message>
    <message>
        <source>`words_per_minute` is one number, or one number per language ({languages})</source>
        <translation>`words_per_minute` — бір сан немесе әр тілге бір сан ({languages})</translation>
    </message>
    <message>
        <source>`handout_footer` is one text, or one text per language ({languages})</source>
        <translation>`handout_footer` — бір мәтін немесе әр тілге бір мәтін ({languages})</translation>
    </message>
    <message>
        <source>`help_line` is one text, or one text per language ({languages})</source>
        <translation>`help_line` — бір мәтін немесе әр тілге бір мәтін ({languages})</translation>
    </message>
    <message>
        <source>`{field}` cannot be saved as it is, so nothing was written: {reason}</source>
        <translation>`{field}` өрісін осы күйінде сақтау мүмкін емес, сондықтан ештеңе жазылған жоқ: {reason}</translation>
    </message>
    <message>
        <source>These cannot be saved either: {others}.</source>
        <translation>Мыналарды да сақтау мүмкін емес: {others}.</translation>
    </message>
    <message>
        <source>changed on disk since it was opened; not overwritten</source>
        <translation>файл ашылғаннан кейін дискіде өзгерді; ол қайта жазылмады</translation>
    </message>
    <message>
        <source>no such folder</source>
        <translation>мұндай қалта жоқ</translation>
    </message>
    <message>
        <source>not a folder</source>
        <translation>бұл қалта емес</translation>
    </message>
    <message>
        <source>not a library: it has no `{folder}` folder</source>
        <translation>бұл кітапхана емес: онда `{folder}` қалтасы жоқ</translation>
    </message>
    <message>
        <source>the library folder is no longer there</source>
        <translation>кітапхана қалтасы енді жоқ</translation>
    </message>
    <message>
        <source>the id “{id}” is not valid: use a-z, 0-9 and hyphens, 1-{max} characters</source>
        <translation>«{id}» идентификаторы жарамсыз: a-z, 0-9 және дефистерді пайдаланыңыз, 1-{max} таңба</translation>
    </message>
    <message>
        <source>the id “{id}” is a reserved file name on Windows</source>
        <translation>«{id}» идентификаторы — Windows жүйесінде резервтелген файл атауы</translation>
    </message>
    <message>
        <source>the id “{id}” is already used by another point</source>
        <translation>«{id}» идентификаторын басқа тезис пайдаланып жатыр</translation>
    </message>
    <message>
        <source>the id “{id}” is already used by another lecture</source>
        <translation>«{id}» идентификаторын басқа дәріс пайдаланып жатыр</translation>
    </message>
    <message>
        <source>a point&apos;s id is changed by renaming the point, not by saving it</source>
        <translation>тезистің идентификаторы сақтау арқылы емес, тезистің атын өзгерту арқылы ауыстырылады</translation>
    </message>
    <message>
        <source>there is no talking point with the id “{id}”</source>
        <translation>«{id}» идентификаторы бар тезис жоқ</translation>
    </message>
    <message>
        <source>a sync tool&apos;s conflict copy: compare it with the original, keep what you need, and delete this file</source>
        <translation>синхрондау бағдарламасы жасаған қайшылық көшірмесі: оны түпнұсқамен салыстырып, керегін сақтаңыз да, осы файлды жойыңыз</translation>
    </message>
    <message>
        <source>an unfinished merge: keep one side between the lines &lt;&lt;&lt;&lt;&lt;&lt;&lt;, ======= and &gt;&gt;&gt;&gt;&gt;&gt;&gt;, and delete those lines</source>
        <translation>аяқталмаған біріктіру: &lt;&lt;&lt;&lt;&lt;&lt;&lt;, ======= және &gt;&gt;&gt;&gt;&gt;&gt;&gt; жолдарының арасындағы бір нұсқаны қалдырып, сол жолдарды өшіріңіз</translation>
    </message>
    <message>
        <source>the name is not valid text (UTF-8): rename it, and the library reads it</source>
        <translation>атау дұрыс мәтін емес (UTF-8): файлдың атын өзгертіңіз, сонда кітапхана оны оқиды</translation>
    </message>
    <message>
        <source>cannot be read: {reason}</source>
        <translation>оқу мүмкін емес: {reason}</translation>
    </message>
    <message>
        <source>the id “{id}” is already used by {other}</source>
        <translation>«{id}» идентификаторы {other} файлында бұрыннан қолданылған</translation>
    </message>
    <message>
        <source>the lecture id “{id}” is used twice</source>
        <translation>«{id}» дәріс идентификаторы екі рет қолданылған</translation>
    </message>
    <message>
        <source>the id “{id}” differs from the file name “{file}”</source>
        <translation>«{id}» идентификаторы «{file}» файл атауымен сәйкес келмейді</translation>
    </message>
    <message>
        <source>section “{section}” refers to point “{id}”, which does not exist</source>
        <translation>«{section}» бөлімі жоқ «{id}» тезисіне сілтейді</translation>
    </message>
    <message>
        <source>a section refers to point “{id}”, which does not exist</source>
        <translation>бөлімдердің бірі жоқ «{id}» тезисіне сілтейді</translation>
    </message>
    <message>
        <source>the anticipated question “{id}” does not exist</source>
        <translation>«{id}» күтілетін сұрағы кітапханада жоқ</translation>
    </message>
    <message>
        <source>a delivery of the lecture “{id}”, which does not exist</source>
        <translation>«{id}» дәрісі өткізілгені туралы жазба, бірақ мұндай дәріс жоқ</translation>
    </message>
    <message>
        <source>a lecture needs a title</source>
        <translation>дәрістің атауы болуы керек</translation>
    </message>
    <message>
        <source>the language “{value}” is not one of {allowed}</source>
        <translation>«{value}» тілі мына тізімде жоқ: {allowed}</translation>
    </message>
    <message>
        <source>the format “{value}” is not one of {allowed}</source>
        <translation>«{value}» өткізу түрі мына тізімде жоқ: {allowed}</translation>
    </message>
    <message>
        <source>the target minutes must be above 0 and at most a day, not {value}</source>
        <translation>жоспарлы ұзақтық 0 минуттан көп және бір тәуліктен аспауы керек, ал берілгені: {value}</translation>
    </message>
    <message>
        <source>the point “{id}” is not a question and answer but a “{kind}”</source>
        <translation>«{id}» тезисі сұрақ-жауап емес, оның түрі — «{kind}»</translation>
    </message>
    <message>
        <source>“{id}” is already an anticipated question</source>
        <translation>«{id}» күтілетін сұрақтардың арасында бұрыннан бар</translation>
    </message>
    <message>
        <source>“{id}” is not an anticipated question of this lecture</source>
        <translation>«{id}» бұл дәрістің күтілетін сұрақтарының арасында жоқ</translation>
    </message>
    <message>
        <source>the attendance cannot be negative</source>
        <translation>тыңдаушылар саны теріс бола алмайды</translation>
    </message>
    <message>
        <source>that place does not exist in the lecture&apos;s outline</source>
        <translation>дәріс жоспарында мұндай орын жоқ</translation>
    </message>
    <message>
        <source>did not find the expected {what}</source>
        <translation>күтілген {what} табылмады</translation>
    </message>
    <message>
        <source>a colon followed by a space is not allowed here: put the value in quotes</source>
        <translation>мұнда қос нүктеден кейін бос орын қоюға болмайды: мәнді тырнақшаға алыңыз</translation>
    </message>
    <message>
        <source>key</source>
        <translation>кілт</translation>
    </message>
    <message>
        <source>value</source>
        <translation>мән</translation>
    </message>
    <message>
        <source>end of the line</source>
        <translation>жол соңы</translation>
    </message>
    <message>
        <source>a value starts with a character YAML reserves (such as ` @ % or a tab): put it in quotes</source>
        <translation>мән YAML-дың қызметтік таңбасымен басталады (мысалы, ` @ % немесе табуляция): оны тырнақшаға алыңыз</translation>
    </message>
    <message>
        <source>the file ends inside a quoted value: a closing quote is missing</source>
        <translation>файл тырнақшадағы мәннің ішінде аяқталады: жабатын тырнақша жоқ</translation>
    </message>
    <message>
        <source>a tab is used for indentation: indent with spaces</source>
        <translation>шегініс табуляциямен жасалған: шегіністі бос орынмен жасаңыз</translation>
    </message>
    <message>
        <source>a `- ` list entry is not allowed here: check the indentation</source>
        <translation>мұнда `- ` тізім элементіне болмайды: шегіністерді тексеріңіз</translation>
    </message>
    <message>
        <source>an unknown escape after a backslash inside double quotes</source>
        <translation>қос тырнақша ішінде кері қиғаш сызықтан кейін белгісіз таңба тізбегі</translation>
    </message>
    <message>
        <source>the character {code} cannot be written as it is in YAML</source>
        <translation>{code} таңбасын YAML-ға сол күйінде жазу мүмкін емес</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>мұндай файл немесе қалта жоқ</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>рұқсат жоқ</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>дискіде бос орын жоқ</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>диск тек оқу үшін ғана қолжетімді</translation>
    </message>
    <message>
        <source>the file already exists</source>
        <translation>файл бұрыннан бар</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>бұл файл емес, қалта</translation>
    </message>
    <message>
        <source>delivery {number}: {reason}</source>
        <translation>{number}-өткізу жазбасы: {reason}</translation>
    </message>
    <message>
        <source>entry {number} of `{list}`: {reason}</source>
        <translation>`{list}` тізімінің {number}-жазбасы: {reason}</translation>
    </message>
    <message>
        <source>line {line}: {reason}</source>
        <translation>{line}-жол: {reason}</translation>
    </message>
    <message>
        <source>lecture “{id}”: {reason}</source>
        <translation>«{id}» дәрісі: {reason}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Экспорттау</translation>
    </message>
    <message>
        <source>Handout for listeners</source>
        <translation>Тыңдаушыларға арналған таратпа материал</translation>
    </message>
    <message>
        <source>Speaker script (notes and timings)</source>
        <translation>Лекторға арналған мәтін (жазбалар мен уақыт)</translation>
    </message>
    <message>
        <source>Leaflet of the selected points</source>
        <translation>Таңдалған тезистерден парақша</translation>
    </message>
    <message>
        <source>&amp;QR codes beside law sources and the help link</source>
        <translation>&amp;QR-кодтар: заң дереккөздері мен көмек сілтемесі жанында</translation>
    </message>
    <message>
        <source>Print a QR code to each law source&apos;s official text and to the library&apos;s help link, with the link as text too</source>
        <translation>Әр заң дереккөзінің ресми мәтініне және кітапхананың көмек сілтемесіне QR-код басу, сілтеменің өзі де мәтін ретінде басылады</translation>
    </message>
    <message>
        <source>QR codes</source>
        <translation>QR-кодтар</translation>
    </message>
    <message>
        <source>Cyrillic, as written</source>
        <translation>Кирилше, жазылғандай</translation>
    </message>
    <message>
        <source>Latin (Kazakh alphabet of 2021)</source>
        <translation>Латынша (2021 жылғы қазақ әліпбиі)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Шолу…</translation>
    </message>
    <message>
        <source>Choose where to save the file</source>
        <translation>Файлды қайда сақтауды таңдау</translation>
    </message>
    <message>
        <source>Browse</source>
        <translation>Шолу</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Пішім</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Нұсқа</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Қағаз өлшемі</translation>
    </message>
    <message>
        <source>Alphabet</source>
        <translation>Әліпби</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Пішім:</translation>
    </message>
    <message>
        <source>&amp;Variant:</source>
        <translation>&amp;Нұсқа:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Қағаз:</translation>
    </message>
    <message>
        <source>&amp;Alphabet:</source>
        <translation>&amp;Әліпби:</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Экспорттау барысы</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Экспорттау нәтижесі</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Қалтаны ашу</translation>
    </message>
    <message>
        <source>Show the exported file&apos;s folder</source>
        <translation>Экспортталған файлдың қалтасын көрсету</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспорттау</translation>
    </message>
    <message>
        <source>Write the file</source>
        <translation>Файлды жазу</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Басып шығаруды ал&amp;дын ала қарау…</translation>
    </message>
    <message>
        <source>See the pages and print them</source>
        <translation>Беттерді қарап шығып, басып шығару</translation>
    </message>
    <message>
        <source>Pre-flight check</source>
        <translation>Алдын ала тексеру</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Толығырақ…</translation>
    </message>
    <message>
        <source>List what the pre-flight check found, point by point</source>
        <translation>Алдын ала тексеру тапқанын тезис бойынша көрсету</translation>
    </message>
    <message>
        <source>Pre-flight details</source>
        <translation>Тексеру мәліметтері</translation>
    </message>
    <message>
        <source>&amp;Mark draft points as drafts</source>
        <translation>Жоба тезистерді жоба деп &amp;белгілеу</translation>
    </message>
    <message>
        <source>Print a visible “draft” mark under the title of every point not yet reviewed</source>
        <translation>Әлі тексерілмеген әр тезистің тақырыбының астына көзге түсетін «жоба» белгісін басу</translation>
    </message>
    <message>
        <source>Mark draft points</source>
        <translation>Жобаларды белгілеу</translation>
    </message>
    <message>
        <source>Pre-flight check: nothing to report.</source>
        <translation>Алдын ала тексеру: ескертпе жоқ.</translation>
    </message>
    <message numerus="yes">
        <source>Pre-flight check: %n thing(s) to know, draft points among them.</source>
        <translation>
            <numerusform>Алдын ала тексеру: %n ескертпе, олардың ішінде жоба тезистер бар.</numerusform>
            <numerusform>Алдын ала тексеру: %n ескертпе, олардың ішінде жоба тезистер бар.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pre-flight check: %n thing(s) to know.</source>
        <translation>
            <numerusform>Алдын ала тексеру: %n ескертпе.</numerusform>
            <numerusform>Алдын ала тексеру: %n ескертпе.</numerusform>
        </translation>
    </message>
    <message>
        <source>the leaflet</source>
        <translation>парақша</translation>
    </message>
    <message>
        <source>Kazakh material can be written in the Latin alphabet of 2021</source>
        <translation>Қазақша материалды 2021 жылғы латын әліпбиімен шығаруға болады</translation>
    </message>
    <message>
        <source>Only Kazakh material can be written in Latin letters</source>
        <translation>Латын әрпімен тек қазақша материалды шығаруға болады</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Қайда экспорттау</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Экспорттайтын файлды таңдаңыз.</translation>
    </message>
    <message>
        <source>Replace file?</source>
        <translation>Файлды ауыстыру керек пе?</translation>
    </message>
    <message>
        <source>{file} already exists. Replace it?</source>
        <translation>{file} файлы бұрыннан бар. Оны ауыстыру керек пе?</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспортталуда…</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Экспорттау</translation>
    </message>
    <message>
        <source>Exported to {file}</source>
        <translation>{file} файлына экспортталды</translation>
    </message>
    <message>
        <source>Export failed: {reason}</source>
        <translation>Экспорттау сәтсіз аяқталды: {reason}</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Басып шығаруды алдын ала қарау</translation>
    </message>
</context>
<context>
    <name>ExternalChangeBanner</name>
    <message>
        <source>Changed outside lecturekit</source>
        <translation>lecturekit-тен тыс өзгертілді</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Менікі қалсын</translation>
    </message>
    <message>
        <source>Keep your edits: saving writes the file again</source>
        <translation>Түзетулеріңізді қалдыру: сақтағанда файл қайта жазылады</translation>
    </message>
    <message>
        <source>Close it</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Accept the deletion: close it and drop your edits</source>
        <translation>Жойылғанын қабылдау: жабу және түзетулеріңізді тастау</translation>
    </message>
    <message>
        <source>Keep your edits and set the version on disk aside; saving replaces it</source>
        <translation>Түзетулеріңізді қалдырып, дискідегі нұсқаны шеттету; сақтағанда ол ауыстырылады</translation>
    </message>
    <message>
        <source>Kee&amp;p mine</source>
        <translation>М&amp;енікі қалсын</translation>
    </message>
    <message>
        <source>Cl&amp;ose it</source>
        <translation>Жаб&amp;у</translation>
    </message>
    <message>
        <source>Take t&amp;heirs</source>
        <translation>Олардікі&amp;н алу</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Олардікін алу</translation>
    </message>
    <message>
        <source>Drop your edits and show the version on disk</source>
        <translation>Түзетулеріңізді тастап, дискідегі нұсқаны көрсету</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>Біріктір&amp;у…</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Біріктіру</translation>
    </message>
    <message>
        <source>Combine your edits with the version on disk; you choose only where both changed the same field</source>
        <translation>Түзетулеріңізді дискідегі нұсқамен біріктіру; екі жақ та бір өрісті өзгерткен жерде ғана таңдайсыз</translation>
    </message>
    <message>
        <source>“{title}” was changed outside lecturekit and its file no longer reads. Keep yours to write the file again, or close it and fix the file.</source>
        <translation>«{title}» lecturekit-тен тыс өзгертілді, енді оның файлы оқылмайды. Файлды қайта жазу үшін өз нұсқаңызды қалдырыңыз немесе оны жауып, файлды түзетіңіз.</translation>
    </message>
    <message>
        <source>“{title}” was deleted outside lecturekit while you were editing it.</source>
        <translation>Сіз өңдеп жатқанда «{title}» lecturekit-тен тыс жойылды.</translation>
    </message>
    <message>
        <source>“{title}” was changed outside lecturekit while you were editing it.</source>
        <translation>Сіз өңдеп жатқанда «{title}» lecturekit-тен тыс өзгертілді.</translation>
    </message>
</context>
<context>
    <name>FieldComparisonModel</name>
    <message>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <source>This version</source>
        <translation>Осы нұсқа</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Қазіргі</translation>
    </message>
</context>
<context>
    <name>FormatDelegate</name>
    <message>
        <source>Format</source>
        <translation>Өткізу түрі</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Пайдаланушы нұсқаулығы</translation>
    </message>
    <message>
        <source>How to use lecturekit</source>
        <translation>lecturekit-пен қалай жұмыс істеу керек</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Пернелер тіркесімі</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of this window</source>
        <translation>Осы терезенің барлық пернелер тіркесімі</translation>
    </message>
    <message>
        <source>&amp;About lecturekit</source>
        <translation>lecturekit &amp;туралы</translation>
    </message>
    <message>
        <source>The version of lecturekit and of what it runs on</source>
        <translation>lecturekit нұсқасы және ол жұмыс істейтін құралдардың нұсқалары</translation>
    </message>
    <message>
        <source>lecturekit user guide</source>
        <translation>lecturekit пайдаланушы нұсқаулығы</translation>
    </message>
    <message>
        <source>The user guide is not installed with this copy of lecturekit.</source>
        <translation>lecturekit-тің бұл көшірмесінде пайдаланушы нұсқаулығы орнатылмаған.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Пернелер тіркесімі</translation>
    </message>
    <message>
        <source>About lecturekit</source>
        <translation>lecturekit туралы</translation>
    </message>
    <message>
        <source>&lt;b&gt;lecturekit&lt;/b&gt; — a workbench for awareness lectures: sourced talking points, search in Kazakh, Russian and English, lectures, delivery and handouts.&lt;br&gt;&lt;br&gt;{versions}&lt;br&gt;&lt;br&gt;Library: {library}</source>
        <translation>&lt;b&gt;lecturekit&lt;/b&gt; — түсіндіру дәрістеріне арналған жұмыс орны: дереккөзі көрсетілген тезистер, қазақ, орыс және ағылшын тілдерінде іздеу, дәрістер, өткізу және таратпа материалдар.&lt;br&gt;&lt;br&gt;{versions}&lt;br&gt;&lt;br&gt;Кітапхана: {library}</translation>
    </message>
</context>
<context>
    <name>IndexStatusLabel</name>
    <message>
        <source>Search index status</source>
        <translation>Іздеу индексінің күйі</translation>
    </message>
    <message>
        <source>⚠ Temporary search index</source>
        <translation>⚠ Уақытша іздеу индексі</translation>
    </message>
    <message>
        <source>The search index&apos;s cache folder cannot be used ({problem}). Search works from a temporary index, built again each time the library is opened. Fix or remove that folder to make search start faster.</source>
        <translation>Іздеу индексінің кэш қалтасын пайдалану мүмкін емес ({problem}). Іздеу уақытша индекс бойынша жұмыс істейді, ол кітапхана әр ашылған сайын қайта құрылады. Іздеу тезірек іске қосылуы үшін сол қалтаны түзетіңіз немесе жойыңыз.</translation>
    </message>
</context>
<context>
    <name>LawFlagDialog</name>
    <message>
        <source>Flag points citing an amended law</source>
        <translation>Өзгертілген заңға сілтеме жасайтын тезистерді белгілеу</translation>
    </message>
    <message numerus="yes">
        <source>%n law points cite “%1”. Tick those the amendment affects: they will be marked outdated and listed for review.</source>
        <translation>
            <numerusform>«%1» сілтемесі бар %n «Заң» тезисі табылды. Өзгеріс қатысты болғандарын белгілеңіз: олар ескірген деп белгіленіп, тексеру тізіміне енеді.</numerusform>
            <numerusform>«%1» сілтемесі бар %n «Заң» тезисі табылды. Өзгеріс қатысты болғандарын белгілеңіз: олар ескірген деп белгіленіп, тексеру тізіміне енеді.</numerusform>
        </translation>
    </message>
    <message>
        <source>Law points citing the law</source>
        <translation>Осы заңға сілтеме жасайтын «Заң» тезистері</translation>
    </message>
    <message>
        <source>Hover a point to see its sources</source>
        <translation>Дереккөздерін көру үшін меңзерді тезиске апарыңыз</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>Барлығын белгілеу</translation>
    </message>
    <message>
        <source>Tick none</source>
        <translation>Белгілерді алып тастау</translation>
    </message>
    <message>
        <source>Tick every point in the list</source>
        <translation>Тізімдегі барлық тезисті белгілеу</translation>
    </message>
    <message>
        <source>Untick every point in the list</source>
        <translation>Тізімдегі барлық тезистен белгіні алып тастау</translation>
    </message>
    <message>
        <source>Mark outdated</source>
        <translation>Ескірген деп белгілеу</translation>
    </message>
    <message>
        <source>Mark the ticked points outdated and save them</source>
        <translation>Белгіленген тезистерді ескірген деп белгілеп, сақтау</translation>
    </message>
</context>
<context>
    <name>LectureComposer</name>
    <message>
        <source>Composer messages</source>
        <translation>Дәріс редакторының хабарлары</translation>
    </message>
    <message>
        <source>Choose a lecture or create a new one.</source>
        <translation>Дәрісті таңдаңыз немесе жаңасын жасаңыз.</translation>
    </message>
    <message>
        <source>No lecture open</source>
        <translation>Дәріс ашылмаған</translation>
    </message>
    <message>
        <source>&amp;Save lecture</source>
        <translation>Дәрісті &amp;сақтау</translation>
    </message>
    <message>
        <source>Write the lecture to its file</source>
        <translation>Дәрісті өз файлына жазу</translation>
    </message>
    <message>
        <source>Undo the last change to the lecture</source>
        <translation>Дәрістегі соңғы өзгерісті болдырмау</translation>
    </message>
    <message>
        <source>Redo the change just undone</source>
        <translation>Жаңа ғана болдырылмаған өзгерісті қайталау</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <source>Write the lecture to its file ({key})</source>
        <translation>Дәрісті өз файлына жазу ({key})</translation>
    </message>
    <message>
        <source>Save lecture</source>
        <translation>Дәрісті сақтау</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Өзгерістерден &amp;бас тарту</translation>
    </message>
    <message>
        <source>Throw away the changes not yet saved</source>
        <translation>Сақталмаған өзгерістерді тастау</translation>
    </message>
    <message>
        <source>Revert lecture</source>
        <translation>Дәрістегі өзгерістерден бас тарту</translation>
    </message>
    <message>
        <source>Questions and delivery log</source>
        <translation>Сұрақтар және өткізу журналы</translation>
    </message>
    <message>
        <source>Anticipated &amp;questions</source>
        <translation>&amp;Күтілетін сұрақтар</translation>
    </message>
    <message>
        <source>&amp;Delivery log</source>
        <translation>Өткізу жу&amp;рналы</translation>
    </message>
    <message>
        <source>A lecture needs a title.</source>
        <translation>Дәрістің атауы болуы керек.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сақталды.</translation>
    </message>
    <message>
        <source>Reloaded “{title}”: the lecture was changed outside lecturekit</source>
        <translation>«{title}» қайта оқылды: дәріс lecturekit-тен тыс өзгертілген</translation>
    </message>
    <message>
        <source>Reloaded: the lecture was changed outside lecturekit.</source>
        <translation>Қайта оқылды: дәріс lecturekit-тен тыс өзгертілген.</translation>
    </message>
    <message>
        <source>Not added, the library has no such point: {ids}</source>
        <translation>Қосылмады, кітапханада мұндай тезис жоқ: {ids}</translation>
    </message>
    <message>
        <source>Edit {field}</source>
        <translation>«{field}» өрісін өзгерту</translation>
    </message>
</context>
<context>
    <name>LectureFields</name>
    <message>
        <source>Lecture title</source>
        <translation>Дәріс атауы</translation>
    </message>
    <message>
        <source>The title listeners see on handouts</source>
        <translation>Тыңдаушылар таратпа материалдан көретін атау</translation>
    </message>
    <message>
        <source>Kazakh (kk)</source>
        <translation>Қазақша (kk)</translation>
    </message>
    <message>
        <source>Russian (ru)</source>
        <translation>Орысша (ru)</translation>
    </message>
    <message>
        <source>English (en)</source>
        <translation>Ағылшынша (en)</translation>
    </message>
    <message>
        <source>Lecture language</source>
        <translation>Дәріс тілі</translation>
    </message>
    <message>
        <source>The language the lecture is given in</source>
        <translation>Дәріс өткізілетін тіл</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Онлайн</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Бетпе-бет</translation>
    </message>
    <message>
        <source>Lecture format</source>
        <translation>Дәрістің өткізу түрі</translation>
    </message>
    <message>
        <source>An online broadcast or a talk in person</source>
        <translation>Онлайн тікелей эфир немесе бетпе-бет кездесу</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>белгіленбеген</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Target minutes</source>
        <translation>Жоспарлы ұзақтығы (минут)</translation>
    </message>
    <message>
        <source>How long the lecture should take</source>
        <translation>Дәріс қанша уақытқа созылуы керек</translation>
    </message>
    <message>
        <source>Lecture audience</source>
        <translation>Дәріс аудиториясы</translation>
    </message>
    <message>
        <source>Who the lecture is for, separated by commas</source>
        <translation>Дәріс кімге арналған, үтір арқылы</translation>
    </message>
    <message>
        <source>e.g. youth, parents</source>
        <translation>мысалы: жастар, ата-аналар</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Атауы:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Тілі:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Өткізу түрі:</translation>
    </message>
    <message>
        <source>Tar&amp;get:</source>
        <translation>&amp;Ұзақтығы:</translation>
    </message>
    <message>
        <source>A&amp;udience:</source>
        <translation>Ау&amp;дитория:</translation>
    </message>
</context>
<context>
    <name>LecturePane</name>
    <message>
        <source>Current lecture</source>
        <translation>Ағымдағы дәріс</translation>
    </message>
    <message>
        <source>The lecture being composed</source>
        <translation>Құрастырылып жатқан дәріс</translation>
    </message>
    <message>
        <source>New lecture</source>
        <translation>Жаңа дәріс</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Тақырыбы:</translation>
    </message>
    <message>
        <source>Choose or create a lecture first.</source>
        <translation>Алдымен дәрісті таңдаңыз немесе жасаңыз.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорттау</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Басып шығару</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Дәрісті өткізу</translation>
    </message>
    <message>
        <source>The delivery was added to the lecture&apos;s log</source>
        <translation>Өткізілген дәріс журналға қосылды</translation>
    </message>
</context>
<context>
    <name>LibrarySession</name>
    <message>
        <source>Reading the library…</source>
        <translation>Кітапхана оқылуда…</translation>
    </message>
    <message>
        <source>Reading the library</source>
        <translation>Кітапхананы оқу</translation>
    </message>
    <message>
        <source>Updating the search index</source>
        <translation>Іздеу индексін жаңарту</translation>
    </message>
    <message>
        <source>Rebuilding the search index</source>
        <translation>Іздеу индексі қайта құрылуда</translation>
    </message>
    <message numerus="yes">
        <source>%n talking point(s)</source>
        <translation>
            <numerusform>%n тезис</numerusform>
            <numerusform>%n тезис</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) changed outside lecturekit were read</source>
        <translation>
            <numerusform>lecturekit-тен тыс өзгертілген %n файл оқылды</numerusform>
            <numerusform>lecturekit-тен тыс өзгертілген %n файл оқылды</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibrarySync</name>
    <message>
        <source>S&amp;ync library</source>
        <translation>Кітапхананы с&amp;инхрондау</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Синхрондау</translation>
    </message>
    <message>
        <source>Send your edits to the shared library and bring in your colleagues&apos;</source>
        <translation>Өз түзетулеріңізді ортақ кітапханаға жіберіп, әріптестеріңіздің түзетулерін алу</translation>
    </message>
    <message>
        <source>S&amp;hare library…</source>
        <translation>Кітапхананы ортақ ет&amp;у…</translation>
    </message>
    <message>
        <source>Publish this library to a shared repository for the team</source>
        <translation>Осы кітапхананы команда үшін ортақ репозиторийге жариялау</translation>
    </message>
    <message>
        <source>&amp;Copy a shared library…</source>
        <translation>Ортақ кітапхананы &amp;көшіру…</translation>
    </message>
    <message>
        <source>Get the team&apos;s shared library onto this computer and open it</source>
        <translation>Команданың ортақ кітапханасын осы компьютерге алып, ашу</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Синхрондау күйі</translation>
    </message>
    <message>
        <source>Syncing with the shared library…</source>
        <translation>Ортақ кітапханамен синхрондау…</translation>
    </message>
    <message>
        <source>Copying the shared library</source>
        <translation>Ортақ кітапхананы көшіру</translation>
    </message>
    <message>
        <source>Syncing the library</source>
        <translation>Кітапхананы синхрондау</translation>
    </message>
    <message>
        <source>Not synced</source>
        <translation>Синхрондалмады</translation>
    </message>
    <message>
        <source>Sync failed: {reason}</source>
        <translation>Синхрондау сәтсіз аяқталды: {reason}</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Синхрондалды</translation>
    </message>
    <message numerus="yes">
        <source>files brought in: %n</source>
        <translation>
            <numerusform>алынған файлдар: %n</numerusform>
            <numerusform>алынған файлдар: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>conflict copies left: %n</source>
        <translation>
            <numerusform>қалған қайшылық көшірмелері: %n</numerusform>
            <numerusform>қалған қайшылық көшірмелері: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Shared &amp;repository…</source>
        <translation>Ортақ &amp;репозиторий…</translation>
    </message>
    <message numerus="yes">
        <source> · conflict copies: %n</source>
        <translation>
            <numerusform> · қайшылық көшірмелері: %n</numerusform>
            <numerusform> · қайшылық көшірмелері: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>your edits sent</source>
        <translation>түзетулеріңіз жіберілді</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Синхрондау…</translation>
    </message>
    <message>
        <source>Synced at {time}</source>
        <translation>{time} синхрондалды</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Әлі синхрондалмаған</translation>
    </message>
    <message>
        <source>Shared repository: {remote}</source>
        <translation>Ортақ репозиторий: {remote}</translation>
    </message>
</context>
<context>
    <name>LookupQuestionLog</name>
    <message>
        <source>Log the question</source>
        <translation>Сұрақты жазу</translation>
    </message>
    <message>
        <source>Log the question typed, with the answer shown if there is one (Ctrl+Enter)</source>
        <translation>Терілген сұрақты көрсетілген жауабымен бірге жазу, егер жауап болса (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Copy answer</source>
        <translation>Жауапты көшіру</translation>
    </message>
    <message>
        <source>Copy the answer as plain text with its sources, for a comment or a message (Ctrl+Shift+C)</source>
        <translation>Жауапты дереккөздерімен бірге қарапайым мәтін ретінде көшіру — пікірге немесе хабарламаға (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Unanswered questions</source>
        <translation>Жауапсыз сұрақтар</translation>
    </message>
    <message>
        <source>Show the recent questions still unanswered, or the recent answers again (Ctrl+U)</source>
        <translation>Әлі жауап берілмеген соңғы сұрақтарды немесе қайтадан соңғы жауаптарды көрсету (Ctrl+U)</translation>
    </message>
    <message>
        <source>Type the question first, then Ctrl+Enter logs it.</source>
        <translation>Алдымен сұрақты теріңіз, содан кейін Ctrl+Enter оны жазады.</translation>
    </message>
    <message>
        <source>Still no answer for this question.</source>
        <translation>Бұл сұраққа әлі де жауап жоқ.</translation>
    </message>
    <message>
        <source>The question could not be logged: {reason}</source>
        <translation>Сұрақты жазу мүмкін болмады: {reason}</translation>
    </message>
    <message>
        <source>Logged, answered with “{title}”.</source>
        <translation>Жазылды, жауабы: «{title}».</translation>
    </message>
    <message>
        <source>Logged, no answer yet.</source>
        <translation>Жазылды, әзірге жауап жоқ.</translation>
    </message>
    <message>
        <source>Show an answer first, then Ctrl+Shift+C copies it.</source>
        <translation>Алдымен жауапты ашыңыз, содан кейін Ctrl+Shift+C оны көшіреді.</translation>
    </message>
    <message numerus="yes">
        <source>Answer copied: %n character(s).</source>
        <translation>
            <numerusform>Жауап көшірілді: %n таңба.</numerusform>
            <numerusform>Жауап көшірілді: %n таңба.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unanswered questions (Ctrl+U: recent answers)</source>
        <translation>Жауапсыз сұрақтар (Ctrl+U — соңғы жауаптар)</translation>
    </message>
    <message>
        <source>Recent answers</source>
        <translation>Соңғы жауаптар</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Library</source>
        <translation>Кітапхана</translation>
    </message>
    <message>
        <source>Lecture</source>
        <translation>Дәріс</translation>
    </message>
    <message>
        <source>Review reminders</source>
        <translation>Тексеру туралы еске салғыштар</translation>
    </message>
    <message>
        <source>&amp;New talking point…</source>
        <translation>Жаңа &amp;тезис…</translation>
    </message>
    <message>
        <source>Write a new talking point</source>
        <translation>Жаңа тезис жазу</translation>
    </message>
    <message>
        <source>New &amp;lecture…</source>
        <translation>Жаңа &amp;дәріс…</translation>
    </message>
    <message>
        <source>Start a new lecture</source>
        <translation>Жаңа дәріс бастау</translation>
    </message>
    <message>
        <source>&amp;Open library…</source>
        <translation>Кітапхананы &amp;ашу…</translation>
    </message>
    <message>
        <source>Open another library folder</source>
        <translation>Басқа кітапхана қалтасын ашу</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <source>Save the point and the lecture</source>
        <translation>Тезис пен дәрісті сақтау</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорттау…</translation>
    </message>
    <message>
        <source>Export a handout or a speaker script</source>
        <translation>Таратпа материалды немесе лекторға арналған мәтінді экспорттау</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Басып шығару…</translation>
    </message>
    <message>
        <source>Preview and print the lecture&apos;s handout</source>
        <translation>Дәрістің таратпа материалын қарап, басып шығару</translation>
    </message>
    <message>
        <source>&amp;Look up a question…  (Ctrl+Shift+Space)</source>
        <translation>Сұраққа &amp;жауап іздеу…  (Ctrl+Shift+Space)</translation>
    </message>
    <message>
        <source>Find the answer to a listener&apos;s question</source>
        <translation>Тыңдаушының сұрағына жауап табу</translation>
    </message>
    <message>
        <source>&amp;Delivery log and report…</source>
        <translation>Өткізу журналы және &amp;есеп…</translation>
    </message>
    <message>
        <source>Every delivery, and the report for a period</source>
        <translation>Барлық өткізілген дәрістер және кезең бойынша есеп</translation>
    </message>
    <message>
        <source>&amp;Reload library</source>
        <translation>Кітапхананы қайта &amp;оқу</translation>
    </message>
    <message>
        <source>Read every file again</source>
        <translation>Барлық файлды қайта оқу</translation>
    </message>
    <message>
        <source>Re&amp;build search index</source>
        <translation>Іздеу индексін қайта &amp;құру</translation>
    </message>
    <message>
        <source>Build the search index anew from the files</source>
        <translation>Іздеу индексін файлдардан жаңадан құру</translation>
    </message>
    <message>
        <source>&amp;Present lecture</source>
        <translation>Дәрісті &amp;өткізу</translation>
    </message>
    <message>
        <source>Give the current lecture: presenter view with clock and notes</source>
        <translation>Ағымдағы дәрісті өткізу: таймер мен жазбалары бар баяндамашы режимі</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>Close lecturekit</source>
        <translation>lecturekit бағдарламасын жабу</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Ба&amp;птаулар…</translation>
    </message>
    <message>
        <source>The library&apos;s name, language, speaking rate and handout footer</source>
        <translation>Кітапхананың атауы мен тілі, сөйлеу қарқыны және таратпа материалдың төменгі колонтитулы</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Іздеу…</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Кітапханадан іздеу</translation>
    </message>
    <message>
        <source>Re&amp;name talking point…</source>
        <translation>Тезистің атауын ө&amp;згерту…</translation>
    </message>
    <message>
        <source>Give the open talking point a new id; lectures that use it follow</source>
        <translation>Ашық тезиске жаңа идентификатор беру; оны қолданатын дәрістер де жаңарады</translation>
    </message>
    <message>
        <source>&amp;Delete talking point…</source>
        <translation>Тезисті &amp;жою…</translation>
    </message>
    <message>
        <source>Move the open talking point&apos;s file to the trash</source>
        <translation>Ашық тезистің файлын себетке жіберу</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Болдырмау</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Қайталау</translation>
    </message>
    <message>
        <source>Undo the last edit</source>
        <translation>Соңғы түзетуді болдырмау</translation>
    </message>
    <message>
        <source>Redo the edit undone last</source>
        <translation>Соңғы болдырылмаған түзетуді қайталау</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Соңғы &amp;кітапханалар</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Түзету</translation>
    </message>
    <message>
        <source>&amp;Lecture</source>
        <translation>&amp;Дәріс</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Негізгі</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Негізгі құралдар тақтасы</translation>
    </message>
    <message>
        <source>Library not available</source>
        <translation>Кітапхана қолжетімсіз</translation>
    </message>
    <message>
        <source>The library could not be read:
{reason}

If the folder was moved or its drive disconnected, open it again with File &gt; Open library.</source>
        <translation>Кітапхананы оқу мүмкін болмады:
{reason}

Егер қалта басқа жерге жылжытылса немесе оның дискісі ажыратылса, оны Файл &gt; Кітапхананы ашу арқылы қайта ашыңыз.</translation>
    </message>
    <message>
        <source>{name}[*] — lecturekit</source>
        <translation>{name}[*] — lecturekit</translation>
    </message>
    <message>
        <source>Open library folder</source>
        <translation>Кітапхана қалтасын ашу</translation>
    </message>
    <message>
        <source>Not a library</source>
        <translation>Бұл кітапхана емес</translation>
    </message>
    <message>
        <source>{folder} has no “points” folder, so it is not a lecturekit library.</source>
        <translation>{folder} қалтасында «points» қалтасы жоқ, сондықтан ол lecturekit кітапханасы емес.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Сақталды</translation>
    </message>
    <message>
        <source>Failed: {reason}</source>
        <translation>Сәтсіз аяқталды: {reason}</translation>
    </message>
</context>
<context>
    <name>MarkdownPreview</name>
    <message>
        <source>Preview</source>
        <translation>Алдын ала қарау</translation>
    </message>
    <message>
        <source>How the text reads once formatted</source>
        <translation>Пішімделген мәтін қалай көрінеді</translation>
    </message>
    <message>
        <source>Link not opened</source>
        <translation>Сілтеме ашылмады</translation>
    </message>
    <message>
        <source>Only web and e-mail links can be opened:
{url}</source>
        <translation>Тек веб-сілтемелер мен электрондық пошта сілтемелерін ашуға болады:
{url}</translation>
    </message>
    <message>
        <source>Open link?</source>
        <translation>Сілтемені ашу керек пе?</translation>
    </message>
    <message>
        <source>Open this link outside lecturekit?
{url}</source>
        <translation>Бұл сілтемені lecturekit-тен тыс ашу керек пе?
{url}</translation>
    </message>
</context>
<context>
    <name>NewPointDialog</name>
    <message>
        <source>New talking point</source>
        <translation>Жаңа тезис</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Тақырыбы</translation>
    </message>
    <message>
        <source>What the point says, in a few words</source>
        <translation>Тезис не туралы — бірнеше сөзбен</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>A law point starts as a draft with a row for its source</source>
        <translation>Заң туралы тезис дереккөзге арналған жолы бар жоба ретінде жасалады</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <source>Guessed from the title&apos;s letters until you choose</source>
        <translation>Өзіңіз таңдағанша тақырып әріптері бойынша анықталады</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Идентификатор</translation>
    </message>
    <message>
        <source>The file&apos;s name and how lectures refer to the point: a-z, 0-9 and hyphens</source>
        <translation>Файл атауы және дәрістер тезиске қалай сілтейді: a-z, 0-9 және дефис</translation>
    </message>
    <message>
        <source>What needs fixing</source>
        <translation>Нені түзету керек</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Тақырыбы:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Тү&amp;рі:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Ті&amp;лі:</translation>
    </message>
    <message>
        <source>&amp;Identifier:</source>
        <translation>&amp;Идентификатор:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Жасау</translation>
    </message>
    <message>
        <source>It is saved as {file}, as a draft.</source>
        <translation>Ол {file} файлына жоба ретінде сақталады.</translation>
    </message>
    <message>
        <source>Give the point a title.</source>
        <translation>Тезиске тақырып беріңіз.</translation>
    </message>
    <message>
        <source>Give the point an identifier.</source>
        <translation>Тезиске идентификатор беріңіз.</translation>
    </message>
    <message>
        <source>The identifier is too long: at most 64 characters.</source>
        <translation>Идентификатор тым ұзын: 64 таңбадан аспауы керек.</translation>
    </message>
    <message>
        <source>The identifier may hold only a-z, 0-9 and hyphens, and neither start nor end with a hyphen.</source>
        <translation>Идентификаторда тек a-z, 0-9 және дефис болады, ол дефиспен басталмауы да, аяқталмауы да керек.</translation>
    </message>
    <message>
        <source>A point “{id}” exists already: choose another identifier.</source>
        <translation>«{id}» тезисі бар: басқа идентификатор таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>OutlineDragDrop</name>
    <message>
        <source>Move in outline</source>
        <translation>жоспар ішінде жылжыту</translation>
    </message>
    <message>
        <source>Add points</source>
        <translation>тезистер қосу</translation>
    </message>
    <message>
        <source>Section 1</source>
        <translation>1-бөлім</translation>
    </message>
</context>
<context>
    <name>OutlineHistory</name>
    <message>
        <source>{date} at {venue} (“{lecture}”)</source>
        <translation>{date}, {venue} («{lecture}»)</translation>
    </message>
    <message>
        <source>{date}, online to the same audience at {venue} (“{lecture}”)</source>
        <translation>{date}, сол аудиторияға онлайн, {venue} («{lecture}»)</translation>
    </message>
    <message>
        <source>an unnamed venue</source>
        <translation>орны көрсетілмеген</translation>
    </message>
    <message>
        <source>Spoken for {clock} on {date} ({venue}); estimated {minutes} min</source>
        <translation>Айтылған уақыты {clock}, {date} ({venue}); бағалау бойынша {minutes} мин</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… тағы {count}</translation>
    </message>
    <message>
        <source>Already told to these listeners:</source>
        <translation>Бұл тыңдаушыларға бұрын айтылған:</translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message>
        <source>How long each point really took the last time the lecture was given</source>
        <translation>Дәріс соңғы рет оқылғанда әр тезис шын мәнінде қанша уақыт алды</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Жоспар</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Уақыт</translation>
    </message>
    <message>
        <source>Note for this lecture</source>
        <translation>Дәріске ескертпе</translation>
    </message>
    <message>
        <source>Spoken</source>
        <translation>Айтылды</translation>
    </message>
    <message>
        <source>(untitled section)</source>
        <translation>(атауы жоқ бөлім)</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} мин</translation>
    </message>
    <message>
        <source>Starts at {clock}</source>
        <translation>Басталуы: {clock}</translation>
    </message>
    <message>
        <source>Missing point: {id}</source>
        <translation>Тезис жоқ: {id}</translation>
    </message>
    <message>
        <source>The library has no point {id}: remove it or restore the file</source>
        <translation>Кітапханада {id} тезисі жоқ: оны алып тастаңыз немесе файлды қалпына келтіріңіз</translation>
    </message>
    <message>
        <source>{title}
{id} · {kind} · {language}</source>
        <translation>{title}
{id} · {kind} · {language}</translation>
    </message>
    <message>
        <source>Note for this lecture: {note}</source>
        <translation>Дәріске ескертпе: {note}</translation>
    </message>
    <message>
        <source>Rename section</source>
        <translation>бөлімнің атын өзгерту</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>ескертпені өзгерту</translation>
    </message>
</context>
<context>
    <name>OutlinePanel</name>
    <message>
        <source>Lecture outline</source>
        <translation>Дәріс жоспары</translation>
    </message>
    <message>
        <source>Drag talking points here; drag to reorder; Delete removes</source>
        <translation>Тезистерді осында сүйреңіз; ретін өзгерту үшін сүйреңіз; Delete алып тастайды</translation>
    </message>
    <message>
        <source>Remove from outline</source>
        <translation>Жоспардан алып тастау</translation>
    </message>
    <message>
        <source>Remove the selected point or section from the lecture</source>
        <translation>Таңдалған тезисті немесе бөлімді дәрістен алып тастау</translation>
    </message>
    <message>
        <source>Add &amp;section</source>
        <translation>Бөлім &amp;қосу</translation>
    </message>
    <message>
        <source>Add a section after the selected one</source>
        <translation>Таңдалған бөлімнен кейін бөлім қосу</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>Атын ө&amp;згерту</translation>
    </message>
    <message>
        <source>Rename the selected section (F2)</source>
        <translation>Таңдалған бөлімнің атын өзгерту (F2)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Алып &amp;тастау</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Жо&amp;ғары</translation>
    </message>
    <message>
        <source>Move the selection up (Alt+Up)</source>
        <translation>Таңдалғанды жоғары жылжыту (Alt+Up)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Тө&amp;мен</translation>
    </message>
    <message>
        <source>&amp;Open point</source>
        <translation>Тезисті &amp;ашу</translation>
    </message>
    <message>
        <source>Open the selected point in the editor</source>
        <translation>Таңдалған тезисті өңдегіште ашу</translation>
    </message>
    <message>
        <source>Move the selection down (Alt+Down)</source>
        <translation>Таңдалғанды төмен жылжыту (Alt+Down)</translation>
    </message>
    <message>
        <source>Note for the selected point</source>
        <translation>Таңдалған тезиске ескертпе</translation>
    </message>
    <message>
        <source>A note for this lecture on the selected point</source>
        <translation>Таңдалған тезиске осы дәріс үшін ескертпе</translation>
    </message>
    <message>
        <source>Shown in the speaker script next to the point</source>
        <translation>Лекторға арналған мәтінде тезистің жанында көрсетіледі</translation>
    </message>
    <message>
        <source>Total time</source>
        <translation>Жалпы уақыт</translation>
    </message>
    <message>
        <source>Points told before</source>
        <translation>Бұрын айтылған тезистер</translation>
    </message>
    <message>
        <source>No points yet. Find them in the library and drag them here, or select them there and press Ctrl+Enter. “Add section” groups them.</source>
        <translation>Әзірге тезис жоқ. Оларды кітапханадан тауып, осында сүйреңіз немесе сол жерде белгілеп, Ctrl+Enter басыңыз. «Бөлім қосу» оларды топтайды.</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Ескертпе:</translation>
    </message>
    <message>
        <source>Section 1</source>
        <translation>1-бөлім</translation>
    </message>
    <message>
        <source>Add points</source>
        <translation>тезистер қосу</translation>
    </message>
    <message>
        <source>Remove section</source>
        <translation>бөлімді алып тастау</translation>
    </message>
    <message>
        <source>Remove point</source>
        <translation>тезисті алып тастау</translation>
    </message>
    <message>
        <source>Move section</source>
        <translation>бөлімді жылжыту</translation>
    </message>
    <message>
        <source>Move point</source>
        <translation>тезисті жылжыту</translation>
    </message>
    <message>
        <source>Total {total} min (no target)</source>
        <translation>Барлығы {total} мин (ұзақтығы белгіленбеген)</translation>
    </message>
    <message>
        <source>Total {total} min / target {target} min</source>
        <translation>Барлығы {total} мин / жоспар бойынша {target} мин</translation>
    </message>
    <message>
        <source>({over} min over)</source>
        <translation>({over} мин асып кетті)</translation>
    </message>
    <message>
        <source>spoken {clock} on {date}</source>
        <translation>{date} күні {clock} айтылды</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) already told to these listeners; latest: {when}</source>
        <translation>
            <numerusform>%n тезис осы тыңдаушыларға бұрын айтылған; соңғысы: {when}</numerusform>
            <numerusform>%n тезис осы тыңдаушыларға бұрын айтылған; соңғысы: {when}</numerusform>
        </translation>
    </message>
    <message>
        <source>Points with this mark were given before to these listeners: at the same venue, or online to the same audience</source>
        <translation>Бұл белгісі бар тезистер осы тыңдаушыларға бұрын айтылған: сол орында немесе сол аудиторияға онлайн</translation>
    </message>
    <message>
        <source>Answering every anticipated question would take about {minutes} min more</source>
        <translation>Күтілетін барлық сұраққа жауап беру тағы шамамен {minutes} мин алады</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>ескертпені өзгерту</translation>
    </message>
    <message>
        <source>Section {number}</source>
        <translation>{number}-бөлім</translation>
    </message>
    <message>
        <source>Add section</source>
        <translation>бөлім қосу</translation>
    </message>
</context>
<context>
    <name>PointCommands</name>
    <message>
        <source>Rename {old} to {new}</source>
        <translation>{old} атауын {new} етіп өзгерту</translation>
    </message>
    <message>
        <source>Delete {id}</source>
        <translation>{id} жою</translation>
    </message>
    <message>
        <source>Rename talking point</source>
        <translation>Тезистің атауын өзгерту</translation>
    </message>
    <message>
        <source>New id for “{id}” (a-z, 0-9 and hyphens, up to {n} characters). Lectures that use it are updated.</source>
        <translation>«{id}» үшін жаңа идентификатор (a-z, 0-9 және дефис, {n} таңбаға дейін). Оны қолданатын дәрістер жаңартылады.</translation>
    </message>
    <message>
        <source>“{id}” is not a valid id: use a-z, 0-9 and hyphens, and no hyphen at either end.</source>
        <translation>«{id}» — жарамсыз идентификатор: a-z, 0-9 және дефис қолданыңыз, басында да, соңында да дефис болмасын.</translation>
    </message>
    <message>
        <source>“{id}” is already used by another point.</source>
        <translation>«{id}» басқа тезисте қолданылып тұр.</translation>
    </message>
    <message>
        <source>Delete “{title}”? Its file goes to the trash, and Edit &gt; Undo brings it back.</source>
        <translation>«{title}» жойылсын ба? Оның файлы себетке жіберіледі, ал Түзету &gt; Болдырмау оны қайтарады.</translation>
    </message>
    <message>
        <source>These lectures use it and will show it as missing:</source>
        <translation>Оны мына дәрістер қолданады, онда ол жоқ деп көрсетіледі:</translation>
    </message>
    <message>
        <source>…and {n} more</source>
        <translation>…және тағы {n}</translation>
    </message>
    <message>
        <source>Delete talking point</source>
        <translation>Тезисті жою</translation>
    </message>
    <message>
        <source>New talking point</source>
        <translation>Жаңа тезис</translation>
    </message>
    <message>
        <source>Renamed {old} to {new}</source>
        <translation>{old} атауы {new} болып өзгертілді</translation>
    </message>
    <message>
        <source>Moved to the trash: {id} (Edit &gt; Undo brings it back)</source>
        <translation>Себетке жіберілді: {id} (Түзету &gt; Болдырмау оны қайтарады)</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Орындалмады</translation>
    </message>
</context>
<context>
    <name>PointEditor</name>
    <message>
        <source>Text</source>
        <translation>Мәтін</translation>
    </message>
    <message>
        <source>What the audience hears and reads, in Markdown</source>
        <translation>Тыңдаушылар еститін және оқитын мәтін, Markdown пішімінде</translation>
    </message>
    <message>
        <source>Speaker notes</source>
        <translation>Лектор жазбалары</translation>
    </message>
    <message>
        <source>For the speaker only: left out of handouts</source>
        <translation>Тек лекторға арналған: таратпа материалға енгізілмейді</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>мәтінді түзету</translation>
    </message>
    <message>
        <source>Edit speaker notes</source>
        <translation>лектор жазбаларын түзету</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Көлемі</translation>
    </message>
    <message>
        <source>Spoken words of title and text, and the time they take at the library&apos;s words per minute</source>
        <translation>Тақырып пен мәтіндегі айтылатын сөздер саны және кітапханада белгіленген сөйлеу қарқынымен оларға кететін уақыт</translation>
    </message>
    <message>
        <source>Draft state</source>
        <translation>Жобаның күйі</translation>
    </message>
    <message>
        <source>Choose a talking point to edit it.</source>
        <translation>Өңдеу үшін тезисті таңдаңыз.</translation>
    </message>
    <message>
        <source>No talking point open</source>
        <translation>Тезис ашылмаған</translation>
    </message>
    <message>
        <source>&amp;Save point</source>
        <translation>Тезисті &amp;сақтау</translation>
    </message>
    <message>
        <source>Write the point to its file</source>
        <translation>Тезисті өз файлына жазу</translation>
    </message>
    <message>
        <source>Undo the last edit</source>
        <translation>Соңғы түзетуді болдырмау</translation>
    </message>
    <message>
        <source>Redo the edit just undone</source>
        <translation>Жаңа ғана болдырылмаған түзетуді қайталау</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <source>Write the point to its file ({key})</source>
        <translation>Тезисті өз файлына жазу ({key})</translation>
    </message>
    <message>
        <source>Save point</source>
        <translation>Тезисті сақтау</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Өзгерістерден &amp;бас тарту</translation>
    </message>
    <message>
        <source>Throw away the edits not yet saved</source>
        <translation>Сақталмаған түзетулерді тастау</translation>
    </message>
    <message>
        <source>Revert point</source>
        <translation>Тезистегі өзгерістерден бас тарту</translation>
    </message>
    <message>
        <source>Point contents</source>
        <translation>Тезис мазмұны</translation>
    </message>
    <message>
        <source>Te&amp;xt and preview</source>
        <translation>&amp;Мәтін және алдын ала қарау</translation>
    </message>
    <message>
        <source>Speaker &amp;notes</source>
        <translation>&amp;Лектор жазбалары</translation>
    </message>
    <message>
        <source>Sour&amp;ces</source>
        <translation>&amp;Дереккөздер</translation>
    </message>
    <message>
        <source>A talking point needs a title.</source>
        <translation>Тезистің тақырыбы болуы керек.</translation>
    </message>
    <message>
        <source>Source {row} has no title: give it one or remove the row.</source>
        <translation>{row}-дереккөздің атауы жоқ: атау беріңіз немесе жолды жойыңыз.</translation>
    </message>
    <message>
        <source>{id} · {file}</source>
        <translation>{id} · {file}</translation>
    </message>
    <message>
        <source>the unsaved draft</source>
        <translation>сақталмаған жоба</translation>
    </message>
    <message>
        <source>“{title}” was deleted outside lecturekit</source>
        <translation>«{title}» lecturekit-тен тыс жойылды</translation>
    </message>
    <message>
        <source>“{title}” was changed outside lecturekit and was reloaded</source>
        <translation>«{title}» lecturekit-тен тыс өзгертіліп, қайта оқылды</translation>
    </message>
    <message>
        <source>{words} words · {minutes} min (set in the file)</source>
        <translation>{words} сөз · {minutes} мин (файлда белгіленген)</translation>
    </message>
    <message>
        <source>{words} words · about {minutes} min</source>
        <translation>{words} сөз · шамамен {minutes} мин</translation>
    </message>
    <message>
        <source>Draft not kept: {reason}</source>
        <translation>Жоба сақталмады: {reason}</translation>
    </message>
    <message>
        <source>Draft kept</source>
        <translation>Жоба сақталды</translation>
    </message>
    <message>
        <source>Edit {field}</source>
        <translation>«{field}» өрісін өзгерту</translation>
    </message>
</context>
<context>
    <name>PointForm</name>
    <message>
        <source>Title</source>
        <translation>Тақырыбы</translation>
    </message>
    <message>
        <source>The heading the audience sees</source>
        <translation>Тыңдаушылар көретін тақырып</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>What sort of talking point this is</source>
        <translation>Бұл тезистің түрі</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <source>The language of the text</source>
        <translation>Мәтіннің тілі</translation>
    </message>
    <message>
        <source>Kazakh (kk)</source>
        <translation>Қазақша (kk)</translation>
    </message>
    <message>
        <source>Russian (ru)</source>
        <translation>Орысша (ru)</translation>
    </message>
    <message>
        <source>English (en)</source>
        <translation>Ағылшынша (en)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Whether the text was checked</source>
        <translation>Мәтін тексерілді ме</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Тексерілген</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Тегтер</translation>
    </message>
    <message>
        <source>Words to find the point by, separated by commas</source>
        <translation>Тезисті табуға арналған сөздер, үтір арқылы</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Аудитория</translation>
    </message>
    <message>
        <source>Who the point is for, e.g. youth, parents</source>
        <translation>Тезис кімге арналған, мысалы: жастар, ата-аналар</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Тобы</translation>
    </message>
    <message>
        <source>The same word on translations of one point links them</source>
        <translation>Бір тезистің аудармаларындағы бірдей сөз оларды байланыстырады</translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation>Тексерілген күні</translation>
    </message>
    <message>
        <source>Untick when the text has not been reviewed</source>
        <translation>Мәтін тексерілмеген болса, белгіні алып тастаңыз</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Тексеру күні</translation>
    </message>
    <message>
        <source>When the text and its sources were last checked</source>
        <translation>Мәтін мен оның дереккөздері соңғы рет қашан тексерілді</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Дереккөздер</translation>
    </message>
    <message>
        <source>Where the claims come from; double-click a cell to edit</source>
        <translation>Мәлімдемелердің дереккөзі; өңдеу үшін ұяшықты екі рет шертіңіз</translation>
    </message>
    <message>
        <source>&amp;Add source</source>
        <translation>Дереккөз &amp;қосу</translation>
    </message>
    <message>
        <source>Add a row for a source</source>
        <translation>Дереккөзге арналған жол қосу</translation>
    </message>
    <message>
        <source>&amp;Remove source</source>
        <translation>Дереккөзді &amp;жою</translation>
    </message>
    <message>
        <source>Remove the selected source rows</source>
        <translation>Таңдалған дереккөз жолдарын жою</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Тақырыбы:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Т&amp;ілі:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Күйі:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Тү&amp;рі:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Те&amp;гтер:</translation>
    </message>
    <message>
        <source>A&amp;udience:</source>
        <translation>&amp;Аудитория:</translation>
    </message>
    <message>
        <source>G&amp;roup:</source>
        <translation>Т&amp;обы:</translation>
    </message>
</context>
<context>
    <name>PointHistory</name>
    <message>
        <source>Title</source>
        <translation>Тақырыбы</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Тегтер</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Аудитория</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Тобы</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Тексеру күні</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Дереккөздер</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Минут</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Мәтін</translation>
    </message>
    <message>
        <source>Speaker notes</source>
        <translation>Лектор жазбалары</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Идентификатор</translation>
    </message>
</context>
<context>
    <name>PointHistoryButton</name>
    <message>
        <source>Histor&amp;y of this point…</source>
        <translation>Тезистің тар&amp;ихы…</translation>
    </message>
    <message>
        <source>History of this point</source>
        <translation>Тезистің тарихы</translation>
    </message>
    <message>
        <source>Who changed this point when, and what; bring back an earlier version</source>
        <translation>Тезисті кім, қашан және не өзгерткені; бұрынғы нұсқаны қайтаруға болады</translation>
    </message>
    <message>
        <source>Available once the library is shared through git</source>
        <translation>Кітапхана git арқылы ортақ болғанда қолжетімді</translation>
    </message>
</context>
<context>
    <name>PointHistoryWindow</name>
    <message>
        <source>Versions</source>
        <translation>Нұсқалар</translation>
    </message>
    <message>
        <source>The point&apos;s versions, newest first: choose one to compare it</source>
        <translation>Тезистің нұсқалары, ең жаңасы жоғарыда: салыстыру үшін біреуін таңдаңыз</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Салыстыру</translation>
    </message>
    <message>
        <source>The chosen version beside the point as saved now; fields that differ are highlighted</source>
        <translation>Таңдалған нұсқа тезистің қазір сақталған түрімен қатар; айырмашылығы бар өрістер белгіленген</translation>
    </message>
    <message>
        <source>History state</source>
        <translation>Тарих күйі</translation>
    </message>
    <message>
        <source>&amp;Restore this version</source>
        <translation>Бұл нұсқаны &amp;қалпына келтіру</translation>
    </message>
    <message>
        <source>Put this version&apos;s values in the editor as unsaved edits; nothing is written until you save</source>
        <translation>Бұл нұсқаның мәндерін редакторға сақталмаған түзетулер ретінде қою; сақтамайынша ештеңе жазылмайды</translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation>Бұл нұсқаны қалпына келтіру</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Жабу</translation>
    </message>
    <message>
        <source>Close the history</source>
        <translation>Тарихты жабу</translation>
    </message>
    <message>
        <source>Close history</source>
        <translation>Тарихты жабу</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Тарих оқылуда…</translation>
    </message>
    <message>
        <source>Reading a point&apos;s history</source>
        <translation>Тезис тарихы оқылуда</translation>
    </message>
    <message>
        <source>History of “{title}”</source>
        <translation>«{title}» тарихы</translation>
    </message>
    <message>
        <source>Versions of “{title}” ({id}) in the library&apos;s shared history, newest first.</source>
        <translation>Кітапхананың ортақ тарихындағы «{title}» ({id}) нұсқалары, ең жаңасы жоғарыда.</translation>
    </message>
    <message>
        <source>Version {commit}</source>
        <translation>{commit} нұсқасы</translation>
    </message>
    <message>
        <source>This version deleted the point or does not read: there is nothing to restore.</source>
        <translation>Бұл нұсқа тезисті жойған немесе оқылмайды: қалпына келтіретін ештеңе жоқ.</translation>
    </message>
    <message>
        <source>Fields that differ from the point as saved now: {count}</source>
        <translation>Қазір сақталған тезистен өзгеше өрістер: {count}</translation>
    </message>
    <message>
        <source>This point has no version in the history yet: it appears once the library is synced.</source>
        <translation>Бұл тезистің тарихта әлі нұсқасы жоқ: кітапхана синхрондалғаннан кейін пайда болады.</translation>
    </message>
    <message>
        <source>The history could not be read: {reason}</source>
        <translation>Тарихты оқу мүмкін болмады: {reason}</translation>
    </message>
    <message>
        <source>The editor holds edits not yet saved. Replace them with this version?</source>
        <translation>Редакторда сақталмаған түзетулер бар. Оларды осы нұсқамен ауыстыру керек пе?</translation>
    </message>
    <message>
        <source>Version {commit} is in the editor as unsaved edits: check it and save.</source>
        <translation>{commit} нұсқасы редакторға сақталмаған түзетулер ретінде қойылды: тексеріп, сақтаңыз.</translation>
    </message>
</context>
<context>
    <name>PointSpelling</name>
    <message>
        <source>No suggestions</source>
        <translation>Ұсыныс жоқ</translation>
    </message>
    <message>
        <source>Add «{word}» to the library&apos;s word list</source>
        <translation>«{word}» сөзін кітапхананың сөздігіне қосу</translation>
    </message>
    <message>
        <source>Accept this word in every point; the list is shared with the library</source>
        <translation>Бұл сөзді барлық тезисте дұрыс деп санау; сөздік бүкіл кітапханаға ортақ</translation>
    </message>
    <message>
        <source>Word list</source>
        <translation>Кітапхана сөздігі</translation>
    </message>
</context>
<context>
    <name>PointVersionModel</name>
    <message>
        <source>Commit</source>
        <translation>Коммит</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Авторы</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Хабарлама</translation>
    </message>
    <message>
        <source>Fields changed</source>
        <translation>Өзгерген өрістер</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(жойылған)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <source>Library name</source>
        <translation>Кітапхана атауы</translation>
    </message>
    <message>
        <source>Shown in the window title</source>
        <translation>Терезе тақырыбында көрсетіледі</translation>
    </message>
    <message>
        <source>Default language</source>
        <translation>Әдепкі тіл</translation>
    </message>
    <message>
        <source>The language of new points and lectures</source>
        <translation>Жаңа тезистер мен дәрістердің тілі</translation>
    </message>
    <message>
        <source>Handout footer</source>
        <translation>Таратпа материалдың төменгі колонтитулы</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Атауы:</translation>
    </message>
    <message>
        <source>Default &amp;language:</source>
        <translation>Әдепкі &amp;тіл:</translation>
    </message>
    <message>
        <source>Speaking rate in {language}</source>
        <translation>Сөйлеу қарқыны: {language}</translation>
    </message>
    <message>
        <source>Words per minute in {language}: used to estimate how long each point in it takes to say</source>
        <translation>Минутына сөз саны, тілі: {language}; осы тілдегі әр тезистің қанша уақыт алатыны осы арқылы бағаланады</translation>
    </message>
    <message>
        <source>words per minute</source>
        <translation>сөз минутына</translation>
    </message>
    <message>
        <source>Your measured pace</source>
        <translation>Сіздің өлшенген қарқыныңыз</translation>
    </message>
    <message>
        <source>&amp;Use my pace</source>
        <translation>Менің қарқынымды а&amp;лу</translation>
    </message>
    <message>
        <source>Put the rates measured from your timed deliveries in the fields above</source>
        <translation>Уақыты өлшенген дәрістеріңізден алынған қарқынды жоғарыдағы өрістерге қою</translation>
    </message>
    <message>
        <source>Use my pace</source>
        <translation>Менің қарқынымды алу</translation>
    </message>
    <message>
        <source>Every language</source>
        <translation>Барлық тілдер</translation>
    </message>
    <message>
        <source>Footer language</source>
        <translation>Колонтитул тілі</translation>
    </message>
    <message>
        <source>Edit the footer of every handout, or of those in one language</source>
        <translation>Барлық таратпа материалдың немесе тек бір тілдегілерінің төменгі колонтитулын өзгерту</translation>
    </message>
    <message>
        <source>Printed at the bottom of every handout, e.g. where listeners can ask for help</source>
        <translation>Әр таратпа материалдың төменгі жағында басылады, мысалы, тыңдаушылар көмекке қайда жүгіне алатыны</translation>
    </message>
    <message>
        <source>&amp;Speaking rates:</source>
        <translation>&amp;Сөйлеу қарқыны:</translation>
    </message>
    <message>
        <source>Handout &amp;footer:</source>
        <translation>Төменгі &amp;колонтитул:</translation>
    </message>
    <message>
        <source>This library (shared with everyone who uses the folder)</source>
        <translation>Осы кітапхана (осы қалтаны пайдаланатындардың бәріне ортақ)</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Интерфейс тілі</translation>
    </message>
    <message>
        <source>The language of menus and dialogs on this computer</source>
        <translation>Осы компьютердегі мәзірлер мен сұхбат терезелерінің тілі</translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation>Жүйедегідей ({language})</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Атыңыз</translation>
    </message>
    <message>
        <source>Who your edits are by in the shared library&apos;s history</source>
        <translation>Ортақ кітапхана тарихында түзетулеріңіздің авторы ретінде көрсетіледі</translation>
    </message>
    <message>
        <source>Your email</source>
        <translation>Электрондық поштаңыз</translation>
    </message>
    <message>
        <source>Shown with your name in the shared library&apos;s history</source>
        <translation>Ортақ кітапхана тарихында атыңызбен бірге көрсетіледі</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Жүйедегідей</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Ашық</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Күңгірт</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Түстер</translation>
    </message>
    <message>
        <source>Light or dark colours on this computer, or as the system has them</source>
        <translation>Осы компьютердегі ашық не күңгірт түстер немесе жүйедегідей</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;Интерфейс тілі:</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>Т&amp;үстер:</translation>
    </message>
    <message>
        <source>&amp;Your name (shared history):</source>
        <translation>Аты&amp;ңыз (ортақ тарих үшін):</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>Эл. &amp;пошта:</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Осы компьютер</translation>
    </message>
    <message>
        <source>Saved in {file}</source>
        <translation>{file} файлында сақталады</translation>
    </message>
    <message>
        <source>Your own pace is measured once the presenter view has timed a few minutes of your talks in a language.</source>
        <translation>Баяндамашы терезесі бір тілдегі сөйлеген сөзіңіздің бірнеше минутын өлшегенде, өз қарқыныңыз анықталады.</translation>
    </message>
    <message>
        <source>Your pace in your timed deliveries: {rates}.</source>
        <translation>Уақыты өлшенген дәрістеріңіздегі қарқыныңыз: {rates}.</translation>
    </message>
    <message>
        <source>{language} {rate} words per minute ({points} points, {minutes} min)</source>
        <translation>{language}: минутына {rate} сөз ({points} тезис, {minutes} мин)</translation>
    </message>
    <message>
        <source>Settings changed on disk</source>
        <translation>Баптаулар дискіде өзгертілген</translation>
    </message>
    <message>
        <source>library.yaml was changed by someone else meanwhile, in the same fields as yours ({fields}). Keep your values for them? The other changes in the file are kept either way.</source>
        <translation>Осы аралықта біреу library.yaml файлын сіз өзгерткен өрістерде өзгертті ({fields}). Сіздің мәндеріңіз қалсын ба? Файлдағы басқа өзгерістер кез келген жағдайда сақталады.</translation>
    </message>
    <message>
        <source>The settings could not be saved:
{error}</source>
        <translation>Баптауларды сақтау мүмкін болмады:
{error}</translation>
    </message>
</context>
<context>
    <name>PreflightDialog</name>
    <message>
        <source>Before you present</source>
        <translation>Сөз сөйлемес бұрын</translation>
    </message>
    <message>
        <source>Before you print</source>
        <translation>Басып шығармас бұрын</translation>
    </message>
    <message>
        <source>Before you hand this out</source>
        <translation>Таратпас бұрын</translation>
    </message>
    <message numerus="yes">
        <source>The check found %n thing(s) to know about the points of “{title}”.</source>
        <translation>
            <numerusform>Тексеру «{title}» дәрісінің тезистерінен %n ескертпе тапты.</numerusform>
            <numerusform>Тексеру «{title}» дәрісінің тезистерінен %n ескертпе тапты.</numerusform>
        </translation>
    </message>
    <message>
        <source>Listeners would take a draft for checked text.</source>
        <translation>Тыңдаушылар жобаны тексерілген мәтін деп қабылдайды.</translation>
    </message>
    <message>
        <source>Double-click an entry to open its point.</source>
        <translation>Тезисті ашу үшін жолды екі рет басыңыз.</translation>
    </message>
    <message>
        <source>Pre-flight check</source>
        <translation>Алдын ала тексеру</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the point</source>
        <translation>Тезисті ашу үшін екі рет басыңыз немесе Enter пернесін басыңыз</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t show again for this lecture until something changes</source>
        <translation>Бір нәрсе өзгермейінше бұл дәріс үшін қайта &amp;көрсетпеу</translation>
    </message>
    <message>
        <source>The check is shown again as soon as it finds something else</source>
        <translation>Тексеру басқа нәрсе тапқан бойда қайта көрсетіледі</translation>
    </message>
    <message>
        <source>Don&apos;t show the check again for this lecture</source>
        <translation>Бұл дәріс үшін тексеруді қайта көрсетпеу</translation>
    </message>
    <message>
        <source>&amp;Present anyway</source>
        <translation>Бәрібір &amp;сөйлеу</translation>
    </message>
    <message>
        <source>&amp;Print anyway</source>
        <translation>Бәрібір &amp;басып шығару</translation>
    </message>
    <message>
        <source>&amp;Go on</source>
        <translation>&amp;Жалғастыру</translation>
    </message>
    <message>
        <source>Go on without changing anything</source>
        <translation>Ештеңені өзгертпей жалғастыру</translation>
    </message>
</context>
<context>
    <name>PreflightModel</name>
    <message>
        <source>Point</source>
        <translation>Тезис</translation>
    </message>
    <message>
        <source>What to know</source>
        <translation>Не білу керек</translation>
    </message>
</context>
<context>
    <name>PreflightText</name>
    <message>
        <source>Kazakh</source>
        <translation>қазақ</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>орыс</translation>
    </message>
    <message>
        <source>English</source>
        <translation>ағылшын</translation>
    </message>
    <message>
        <source>A draft: not yet reviewed for use.</source>
        <translation>Жоба: қолдануға әлі тексерілмеген.</translation>
    </message>
    <message>
        <source>Marked outdated: the law or facts it states have changed.</source>
        <translation>Ескірген деп белгіленген: ондағы заң немесе деректер өзгерген.</translation>
    </message>
    <message>
        <source>Not in the library: the lecture names a point that does not exist.</source>
        <translation>Кітапханада жоқ: дәріс жоқ тезиске сілтейді.</translation>
    </message>
    <message>
        <source>A law point without a source.</source>
        <translation>Дереккөзі жоқ заң тезисі.</translation>
    </message>
    <message>
        <source>Last reviewed {reviewed}, more than {months} months ago.</source>
        <translation>Соңғы рет {reviewed} тексерілген, {months} айдан бұрын.</translation>
    </message>
    <message>
        <source>A law point that was never reviewed.</source>
        <translation>Ешқашан тексерілмеген заң тезисі.</translation>
    </message>
    <message>
        <source>In {language}; the library has no {wanted} version.</source>
        <translation>{language} тілінде; кітапханада оның {wanted} тіліндегі нұсқасы жоқ.</translation>
    </message>
    <message>
        <source>In {language}; its {wanted} version is {version}.</source>
        <translation>{language} тілінде; оның {wanted} тіліндегі нұсқасы — {version}.</translation>
    </message>
    <message>
        <source>Its {wanted} version was reviewed {reviewed}, before the {other} version ({other_reviewed}): the translation may lag behind.</source>
        <translation>Оның {wanted} тіліндегі нұсқасы {reviewed} тексерілген, {other} тіліндегі нұсқасынан ({other_reviewed}) бұрын: аударма артта қалуы мүмкін.</translation>
    </message>
</context>
<context>
    <name>PresenterPanel</name>
    <message>
        <source>Section</source>
        <translation>Бөлім</translation>
    </message>
    <message>
        <source>Position in the talk</source>
        <translation>Сөйлеудегі орны</translation>
    </message>
    <message>
        <source>Current point</source>
        <translation>Ағымдағы тезис</translation>
    </message>
    <message>
        <source>Audience text</source>
        <translation>Тыңдаушыларға арналған мәтін</translation>
    </message>
    <message>
        <source>What to tell the audience</source>
        <translation>Тыңдаушыларға не айту керек</translation>
    </message>
    <message>
        <source>Speaker notes heading</source>
        <translation>Лектор жазбаларының тақырыбы</translation>
    </message>
    <message>
        <source>Speaker notes</source>
        <translation>Лектор жазбалары</translation>
    </message>
    <message>
        <source>For you only: never shown to the audience</source>
        <translation>Тек сізге арналған: тыңдаушыларға көрсетілмейді</translation>
    </message>
    <message>
        <source>Next point</source>
        <translation>Келесі тезис</translation>
    </message>
    <message>
        <source>Elapsed time</source>
        <translation>Өткен уақыт</translation>
    </message>
    <message>
        <source>Remaining time</source>
        <translation>Қалған уақыт</translation>
    </message>
    <message>
        <source>Time on this point</source>
        <translation>Осы тезиске кеткен уақыт</translation>
    </message>
    <message>
        <source>Clock state</source>
        <translation>Таймер күйі</translation>
    </message>
    <message>
        <source>Audience screen state</source>
        <translation>Тыңдаушылар экранының күйі</translation>
    </message>
    <message>
        <source>Time used</source>
        <translation>Жұмсалған уақыт</translation>
    </message>
    <message>
        <source>Time per section</source>
        <translation>Бөлімдер бойынша уақыт</translation>
    </message>
    <message>
        <source>Time spent in each part of the talk against its plan</source>
        <translation>Сөйлеудің әр бөлігіне жұмсалған уақыт жоспармен салыстырғанда</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Сұрақтар</translation>
    </message>
    <message>
        <source>Section {number} of {count}: {heading}</source>
        <translation>{count} бөлімнің {number}-бөлімі: {heading}</translation>
    </message>
    <message>
        <source>{number} / {count}</source>
        <translation>{number} / {count}</translation>
    </message>
    <message>
        <source>Missing point: {id}</source>
        <translation>Тезис жоқ: {id}</translation>
    </message>
    <message>
        <source>Questions from the audience</source>
        <translation>Тыңдаушылардың сұрақтары</translation>
    </message>
    <message>
        <source>Take the listeners&apos; questions. Ctrl+Shift+Space looks up an answer.</source>
        <translation>Тыңдаушылардың сұрақтарын қабылдаңыз. Ctrl+Shift+Space жауап іздейді.</translation>
    </message>
    <message>
        <source>**For this lecture:** {note}</source>
        <translation>**Осы дәріс үшін:** {note}</translation>
    </message>
    <message>
        <source>*No notes.*</source>
        <translation>*Жазба жоқ.*</translation>
    </message>
    <message>
        <source>Next: end of the talk</source>
        <translation>Келесі: сөйлеудің соңы</translation>
    </message>
    <message>
        <source>Next: {title}</source>
        <translation>Келесі: {title}</translation>
    </message>
    <message>
        <source>Next: questions from the audience</source>
        <translation>Келесі: тыңдаушылардың сұрақтары</translation>
    </message>
    <message>
        <source>Next: {id}</source>
        <translation>Келесі: {id}</translation>
    </message>
    <message>
        <source>{elapsed} of {planned}</source>
        <translation>{elapsed} / {planned}</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>{time} қалды</translation>
    </message>
    <message>
        <source>{time} over</source>
        <translation>{time} асып кетті</translation>
    </message>
    <message>
        <source>This point {spent} / {planned}</source>
        <translation>Осы тезис: {spent} / {planned}</translation>
    </message>
    <message>
        <source>The talk has ended.</source>
        <translation>Сөйлеу аяқталды.</translation>
    </message>
    <message>
        <source>Press Space to start the clock.</source>
        <translation>Таймерді іске қосу үшін Бос орын пернесін басыңыз.</translation>
    </message>
    <message>
        <source>Paused: press P to go on.</source>
        <translation>Үзіліс: жалғастыру үшін P пернесін басыңыз.</translation>
    </message>
    <message>
        <source>Space: next   ↓: scroll   B: blank   A: audience screen   S: swap screens   Q: questions   Esc: end</source>
        <translation>Бос орын: келесі   ↓: айналдыру   B: бос экран   A: тыңдаушылар экраны   S: ауыстыру   Q: сұрақтар   Esc: аяқтау</translation>
    </message>
    <message>
        <source>Audience screen off (A)</source>
        <translation>Тыңдаушылар экраны өшірулі (A)</translation>
    </message>
    <message>
        <source>Audience screen blank (B)</source>
        <translation>Тыңдаушылар экраны жасырылған (B)</translation>
    </message>
    <message>
        <source>Audience screen on</source>
        <translation>Тыңдаушылар экраны қосулы</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <source>Presenting: {title}</source>
        <translation>Сөйлеу: {title}</translation>
    </message>
    <message>
        <source>Presenter view</source>
        <translation>Баяндамашы режимі</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Келесі</translation>
    </message>
    <message>
        <source>Start the clock, then go to the next point (Space, →, Page Down)</source>
        <translation>Таймерді іске қосу, содан кейін келесі тезиске өту (Бос орын, →, Page Down)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Артқа</translation>
    </message>
    <message>
        <source>Go back to the previous point (←, Page Up, Backspace)</source>
        <translation>Алдыңғы тезиске оралу (←, Page Up, Backspace)</translation>
    </message>
    <message>
        <source>Scroll down</source>
        <translation>Төмен айналдыру</translation>
    </message>
    <message>
        <source>Scroll the point&apos;s text down (↓)</source>
        <translation>Тезис мәтінін төмен айналдыру (↓)</translation>
    </message>
    <message>
        <source>Scroll up</source>
        <translation>Жоғары айналдыру</translation>
    </message>
    <message>
        <source>Scroll the point&apos;s text up (↑)</source>
        <translation>Тезис мәтінін жоғары айналдыру (↑)</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Сұрақтар</translation>
    </message>
    <message>
        <source>Skip to the questions (Q)</source>
        <translation>Сұрақтарға өту (Q)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Үзіліс</translation>
    </message>
    <message>
        <source>Pause or resume the clock (P)</source>
        <translation>Таймерді кідірту немесе жалғастыру (P)</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>Экранды жасыру</translation>
    </message>
    <message>
        <source>Black out the audience screen, or show it again (B)</source>
        <translation>Тыңдаушылар экранын қараңғылау немесе қайта көрсету (B)</translation>
    </message>
    <message>
        <source>Audience screen</source>
        <translation>Тыңдаушылар экраны</translation>
    </message>
    <message>
        <source>Show or hide the listeners&apos; screen (A)</source>
        <translation>Тыңдаушылар экранын көрсету немесе жасыру (A)</translation>
    </message>
    <message>
        <source>Swap screens</source>
        <translation>Экрандарды ауыстыру</translation>
    </message>
    <message>
        <source>Swap the speaker&apos;s and the listeners&apos; screens (S)</source>
        <translation>Лектор мен тыңдаушылар экрандарының орнын ауыстыру (S)</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Аяқтау</translation>
    </message>
    <message>
        <source>End the talk and log the delivery (Esc)</source>
        <translation>Сөйлеуді аяқтап, дәрісті журналға тіркеу (Esc)</translation>
    </message>
</context>
<context>
    <name>ProblemsDock</name>
    <message>
        <source>Problems</source>
        <translation>Мәселелер</translation>
    </message>
    <message numerus="yes">
        <source>Problems (%n)</source>
        <translation>
            <numerusform>Мәселелер (%n)</numerusform>
            <numerusform>Мәселелер (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>Library problems</source>
        <translation>Кітапхана мәселелері</translation>
    </message>
    <message>
        <source>Double-click or press Enter to show the file</source>
        <translation>Файлды көрсету үшін екі рет шертіңіз немесе Enter пернесін басыңыз</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the file at the problem: in the editor if it reads, as text to repair if it does not</source>
        <translation>Файлды мәселе тұрған жерде ашу үшін екі рет шертіңіз немесе Enter пернесін басыңыз: файл оқылса — өңдегіште, оқылмаса — түзетуге арналған мәтін ретінде</translation>
    </message>
    <message>
        <source>&amp;Resolve Conflict Copy…</source>
        <translation>Қайшылық көшірмесін &amp;шешу…</translation>
    </message>
    <message>
        <source>Compare the conflict copy with its point or lecture and keep the values you choose</source>
        <translation>Қайшылықты көшірмені оның тезисімен немесе дәрісімен салыстырып, таңдаған мәндерді қалдыру</translation>
    </message>
    <message>
        <source>Repair as &amp;Text…</source>
        <translation>Мәтін ретінде &amp;түзету…</translation>
    </message>
    <message>
        <source>Fix the text of a file that does not read; it is saved only once it reads</source>
        <translation>Оқылмайтын файлдың мәтінін түзету; ол қайта оқылғанда ғана сақталады</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>&amp;Қалтада көрсету</translation>
    </message>
    <message>
        <source>Show the file in the file manager</source>
        <translation>Файлды файл менеджерінде көрсету</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Түзету</translation>
    </message>
</context>
<context>
    <name>QuestionCaptureBar</name>
    <message>
        <source>Question language</source>
        <translation>Сұрақтың тілі</translation>
    </message>
    <message>
        <source>Detected from the letters typed; choose another if it is wrong</source>
        <translation>Терілген әріптер бойынша анықталады; қате болса, басқасын таңдаңыз</translation>
    </message>
    <message>
        <source>Venue or broadcast</source>
        <translation>Өткізілген орны немесе эфир</translation>
    </message>
    <message>
        <source>Where the question was asked; kept for the next ones</source>
        <translation>Сұрақ қай жерде қойылды; келесі сұрақтар үшін сақталады</translation>
    </message>
    <message>
        <source>Question log status</source>
        <translation>Сұрақтар журналының күйі</translation>
    </message>
</context>
<context>
    <name>QuestionGroupModel</name>
    <message>
        <source>Question</source>
        <translation>Сұрақ</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Қойылған</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Өткізілген орны</translation>
    </message>
    <message>
        <source>Last asked</source>
        <translation>Соңғы рет</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n рет</numerusform>
            <numerusform>%n рет</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionListModel</name>
    <message>
        <source>Missing point: {id}</source>
        <translation>Тезис жоқ: {id}</translation>
    </message>
</context>
<context>
    <name>QuestionLookupWindow</name>
    <message>
        <source>Question look-up</source>
        <translation>Сұраққа жауап іздеу</translation>
    </message>
    <message>
        <source>A listener&apos;s question (never who asked): Ctrl+Enter logs it</source>
        <translation>Тыңдаушының сұрағы (кім сұрағаны емес): Ctrl+Enter оны жазады</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Сұрақ</translation>
    </message>
    <message>
        <source>Searches the faq and law points in Kazakh, Russian and English</source>
        <translation>«Сұрақ-жауап» және «Заң» тезистерінен қазақ, орыс және ағылшын тілдерінде іздейді</translation>
    </message>
    <message>
        <source>Answers found</source>
        <translation>Табылған жауаптар</translation>
    </message>
    <message>
        <source>Enter or double-click shows the answer</source>
        <translation>Enter немесе екі рет шерту жауапты көрсетеді</translation>
    </message>
    <message>
        <source>Number of answers</source>
        <translation>Жауаптар саны</translation>
    </message>
    <message>
        <source>Recent answers</source>
        <translation>Соңғы жауаптар</translation>
    </message>
    <message>
        <source>The answers shown last; click one to show it again</source>
        <translation>Соңғы көрсетілген жауаптар; қайта көрсету үшін біреуін шертіңіз</translation>
    </message>
    <message>
        <source>Unanswered questions</source>
        <translation>Жауапсыз сұрақтар</translation>
    </message>
    <message>
        <source>Questions no point answers yet; Enter puts one back in the field</source>
        <translation>Әлі тезис-жауабы жоқ сұрақтар; Enter сұрақты өріске қайтарады</translation>
    </message>
    <message>
        <source>← Back to the list</source>
        <translation>← Тізімге оралу</translation>
    </message>
    <message>
        <source>Back to the answers found (Esc, Backspace)</source>
        <translation>Табылған жауаптарға оралу (Esc, Backspace)</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>Тізімге оралу</translation>
    </message>
    <message>
        <source>Answer title</source>
        <translation>Жауап тақырыбы</translation>
    </message>
    <message>
        <source>Answer status</source>
        <translation>Жауап күйі</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Жауап</translation>
    </message>
    <message>
        <source>The answer&apos;s text; Esc goes back to the list</source>
        <translation>Жауап мәтіні; Esc тізімге қайтарады</translation>
    </message>
    <message>
        <source>Type what the listener asked, in any of the three languages: answers from the faq and law points appear as you type.</source>
        <translation>Тыңдаушының сұрағын үш тілдің кез келгенінде жазыңыз: сұрақ-жауап және заң тезистерінен жауаптар жазған сайын шығады.</translation>
    </message>
    <message>
        <source>Showing answers for «{words}»</source>
        <translation>«{words}» бойынша жауаптар көрсетілді</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n жауап</numerusform>
            <numerusform>%n жауап</numerusform>
        </translation>
    </message>
    <message>
        <source>No answer found. Did you mean: {words}?</source>
        <translation>Жауап табылмады. Мүмкін, мынаны іздедіңіз: {words}?</translation>
    </message>
    <message>
        <source>No answer found.</source>
        <translation>Жауап табылмады.</translation>
    </message>
    <message>
        <source>The point {id} is no longer in the library.</source>
        <translation>{id} тезисі кітапханада енді жоқ.</translation>
    </message>
    <message>
        <source>Draft: not reviewed yet, answer with care.</source>
        <translation>Жоба: әлі тексерілмеген, абайлап жауап беріңіз.</translation>
    </message>
    <message>
        <source>Outdated: check the current law before answering.</source>
        <translation>Ескірген: жауап бермес бұрын қолданыстағы заңды тексеріңіз.</translation>
    </message>
    <message>
        <source>Source: {sources}</source>
        <translation>Дереккөз: {sources}</translation>
    </message>
    <message>
        <source>The search failed: {reason}</source>
        <translation>Іздеу сәтсіз аяқталды: {reason}</translation>
    </message>
    <message>
        <source>Look up an answer to a listener&apos;s question</source>
        <translation>Тыңдаушының сұрағына жауап іздеу</translation>
    </message>
</context>
<context>
    <name>QuestionReportTab</name>
    <message>
        <source>Listeners&apos; questions</source>
        <translation>Тыңдаушылардың сұрақтары</translation>
    </message>
    <message>
        <source>Questions asked and answered</source>
        <translation>Қойылған және жауап берілген сұрақтар</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Сұрақ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Қойылған</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Өткізілген орны</translation>
    </message>
    <message>
        <source>Unanswered questions</source>
        <translation>Жауапсыз сұрақтар</translation>
    </message>
    <message>
        <source>Talking point</source>
        <translation>Тезис</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Саны</translation>
    </message>
    <message>
        <source>Points used as answers</source>
        <translation>Жауап ретінде қолданылған тезистер</translation>
    </message>
    <message>
        <source>Questions by language</source>
        <translation>Тілдер бойынша сұрақтар</translation>
    </message>
    <message>
        <source>Questions by venue</source>
        <translation>Орындар бойынша сұрақтар</translation>
    </message>
    <message>
        <source>Answers used most</source>
        <translation>Ең жиі қолданылған жауаптар</translation>
    </message>
    <message>
        <source>By language</source>
        <translation>Тілдер бойынша</translation>
    </message>
    <message>
        <source>By venue</source>
        <translation>Орындар бойынша</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Жауапсыз</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) asked</source>
        <translation>
            <numerusform>%n сұрақ қойылды</numerusform>
            <numerusform>%n сұрақ қойылды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answered</source>
        <translation>
            <numerusform>%n сұраққа жауап берілді</numerusform>
            <numerusform>%n сұраққа жауап берілді</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unanswered</source>
        <translation>
            <numerusform>%n сұрақ жауапсыз</numerusform>
            <numerusform>%n сұрақ жауапсыз</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionsPane</name>
    <message>
        <source>Questions</source>
        <translation>Сұрақтар</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Барлық тілдер</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Барлық уақыт</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Осы ай</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Өткен ай</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Осы жыл</translation>
    </message>
    <message>
        <source>Group close questions</source>
        <translation>Ұқсас сұрақтарды біріктіру</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <source>Show the questions in one language</source>
        <translation>Бір тілдегі сұрақтарды көрсету</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Өткізілген орны</translation>
    </message>
    <message>
        <source>Show the questions asked at one venue or broadcast</source>
        <translation>Бір жерде немесе эфирде қойылған сұрақтарды көрсету</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <source>Show the questions asked in a period</source>
        <translation>Кезең ішінде қойылған сұрақтарды көрсету</translation>
    </message>
    <message>
        <source>Questions with the same words (in any form) count as one, asked so many times</source>
        <translation>Сөздері бірдей (кез келген түрде) сұрақтар бір сұрақ ретінде саналады, сонша рет қойылған</translation>
    </message>
    <message>
        <source>Unanswered questions</source>
        <translation>Жауапсыз сұрақтар</translation>
    </message>
    <message>
        <source>Questions no point answers yet, newest first</source>
        <translation>Әлі тезис-жауабы жоқ сұрақтар; алдымен жаңалары</translation>
    </message>
    <message>
        <source>Number of unanswered questions</source>
        <translation>Жауапсыз сұрақтар саны</translation>
    </message>
    <message>
        <source>Answer with a point…</source>
        <translation>Тезиспен жауап беру…</translation>
    </message>
    <message>
        <source>Link the selected questions to a point that answers them</source>
        <translation>Таңдалған сұрақтарды оларға жауап беретін тезиспен байланыстыру</translation>
    </message>
    <message>
        <source>Answer with a point</source>
        <translation>Тезиспен жауап беру</translation>
    </message>
    <message>
        <source>Write an answer</source>
        <translation>Жауап жазу</translation>
    </message>
    <message>
        <source>Start a new draft faq point in the question&apos;s language, titled with the question; it then goes through review</source>
        <translation>Сұрақтың тілінде, тақырыбы сұрақтың өзі болатын жаңа «Сұрақ-жауап» тезисінің жобасын бастау; содан кейін ол әдеттегі тексеруден өтеді</translation>
    </message>
    <message>
        <source>All venues</source>
        <translation>Барлық орындар</translation>
    </message>
    <message numerus="yes">
        <source>%n unanswered question(s)</source>
        <translation>
            <numerusform>%n жауапсыз сұрақ</numerusform>
            <numerusform>%n жауапсыз сұрақ</numerusform>
        </translation>
    </message>
    <message>
        <source>The questions could not be saved:
{reason}</source>
        <translation>Сұрақтарды сақтау мүмкін болмады:
{reason}</translation>
    </message>
    <message>
        <source>The point that answers “{question}”:</source>
        <translation>«{question}» сұрағына жауап беретін тезис:</translation>
    </message>
</context>
<context>
    <name>QuestionsPanel</name>
    <message>
        <source>Anticipated questions</source>
        <translation>Күтілетін сұрақтар</translation>
    </message>
    <message>
        <source>Questions listeners are likely to ask, with prepared answers</source>
        <translation>Тыңдаушылар қоюы ықтимал сұрақтар және дайындалған жауаптар</translation>
    </message>
    <message>
        <source>&amp;Add question</source>
        <translation>Сұрақ қ&amp;осу</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>сұрақ қосу</translation>
    </message>
    <message>
        <source>Choose one of the library&apos;s questions in the lecture&apos;s language</source>
        <translation>Кітапханадағы дәріс тіліндегі сұрақтардың бірін таңдаңыз</translation>
    </message>
    <message>
        <source>&amp;Remove question</source>
        <translation>Сұрақты &amp;алып тастау</translation>
    </message>
    <message>
        <source>Remove the selected question from the lecture</source>
        <translation>Таңдалған сұрақты дәрістен алып тастау</translation>
    </message>
    <message>
        <source>Question not added</source>
        <translation>Сұрақ қосылмады</translation>
    </message>
    <message>
        <source>No more questions in this language</source>
        <translation>Бұл тілде басқа сұрақ жоқ</translation>
    </message>
    <message>
        <source>Remove question</source>
        <translation>сұрақты алып тастау</translation>
    </message>
</context>
<context>
    <name>RecentAnswersModel</name>
    <message>
        <source>Show this answer again</source>
        <translation>Бұл жауапты қайта көрсету</translation>
    </message>
</context>
<context>
    <name>RepairDialog</name>
    <message>
        <source>Repair {file}</source>
        <translation>{file} түзету</translation>
    </message>
    <message>
        <source>This file does not read, so it cannot be opened in the editor. Fix its text here: it is saved only once it reads.</source>
        <translation>Бұл файл оқылмайды, сондықтан оны өңдегіште ашу мүмкін емес. Мәтінін осында түзетіңіз: ол оқылатын болғанда ғана сақталады.</translation>
    </message>
    <message>
        <source>Text of the file</source>
        <translation>Файл мәтіні</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Не дұрыс емес</translation>
    </message>
    <message>
        <source>The text reads now: Save writes it.</source>
        <translation>Енді мәтін оқылады: «Сақтау» оны жазады.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… тағы %n</numerusform>
            <numerusform>… тағы %n</numerusform>
        </translation>
    </message>
    <message>
        <source>The file was changed on disk while you repaired it: nothing was written. Close this window and open the file again.</source>
        <translation>Сіз түзетіп жатқанда файл дискіде өзгерді: ештеңе жазылмады. Бұл терезені жауып, файлды қайта ашыңыз.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Сақталмады: {reason}</translation>
    </message>
</context>
<context>
    <name>ResolverDialog</name>
    <message>
        <source>Resolve conflict copy</source>
        <translation>Қайшылық көшірмесін шешу</translation>
    </message>
    <message>
        <source>A sync tool kept a second version of this lecture in “{file}”. These fields differ; choose which value to keep for each. The lecture is saved with your choices and the copy is moved to the trash.</source>
        <translation>Синхрондау бағдарламасы бұл дәрістің екінші нұсқасын «{file}» файлында сақтады. Мына өрістер әртүрлі; әрқайсысы үшін қай мәнді қалдыру керегін таңдаңыз. Дәріс сіздің таңдауыңызбен сақталады, ал көшірме себетке жіберіледі.</translation>
    </message>
    <message>
        <source>A sync tool kept a second version of this point in “{file}”. These fields differ; choose which value to keep for each. The point is saved with your choices and the copy is moved to the trash.</source>
        <translation>Синхрондау бағдарламасы бұл тезистің екінші нұсқасын «{file}» файлында сақтады. Мына өрістер әртүрлі; әрқайсысы үшін қай мәнді қалдыру керегін таңдаңыз. Тезис сіздің таңдауыңызбен сақталады, ал көшірме себетке жіберіледі.</translation>
    </message>
    <message>
        <source>In the library</source>
        <translation>Кітапханада</translation>
    </message>
    <message>
        <source>In the conflict copy</source>
        <translation>Қайшылық көшірмесінде</translation>
    </message>
    <message>
        <source>Keep this value of {field}</source>
        <translation>«{field}» өрісінің осы мәнін қалдыру</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>&amp;Шешу</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Шешу</translation>
    </message>
    <message>
        <source>Save the lecture with the values chosen and move the copy to the trash</source>
        <translation>Дәрісті таңдалған мәндермен сақтап, көшірмені себетке жіберу</translation>
    </message>
    <message>
        <source>Save the point with the values chosen and move the copy to the trash</source>
        <translation>Тезисті таңдалған мәндермен сақтап, көшірмені себетке жіберу</translation>
    </message>
    <message>
        <source>Change nothing; the copy stays listed under Problems</source>
        <translation>Ештеңені өзгертпеу; көшірме «Мәселелер» тізімінде қалады</translation>
    </message>
</context>
<context>
    <name>ResultTableModel</name>
    <message>
        <source>Talking point</source>
        <translation>Тезис</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
</context>
<context>
    <name>ReviewListModel</name>
    <message>
        <source>Marked outdated</source>
        <translation>Ескірген деп белгіленген</translation>
    </message>
    <message>
        <source>Law point never reviewed</source>
        <translation>«Заң» тезисі ешқашан тексерілмеген</translation>
    </message>
    <message>
        <source>Last review before %1</source>
        <translation>Соңғы тексеру %1 күнінен бұрын</translation>
    </message>
    <message>
        <source>Talking point</source>
        <translation>Тезис</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>Соңғы тексеру</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ешқашан</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Review reminders</source>
        <translation>Тексеру туралы еске салғыштар</translation>
    </message>
    <message>
        <source>Review period in months</source>
        <translation>Тексеру кезеңі (ай)</translation>
    </message>
    <message>
        <source>A point is due for review when its last review is older than this many months</source>
        <translation>Соңғы тексеруден бері осынша айдан көп уақыт өтсе, тезисті тексеру керек</translation>
    </message>
    <message>
        <source>Points due for review</source>
        <translation>Тексеру уақыты келген тезистер</translation>
    </message>
    <message>
        <source>Double-click a point or press Enter to open it</source>
        <translation>Тезисті ашу үшін оны екі рет шертіңіз немесе Enter пернесін басыңыз</translation>
    </message>
    <message>
        <source>Flag points citing an amended law…</source>
        <translation>Өзгертілген заңға сілтеме жасайтын тезистерді белгілеу…</translation>
    </message>
    <message>
        <source>Find the law points citing a law (e.g. 483-IV) and mark the chosen ones outdated</source>
        <translation>Заңға (мысалы, 483-IV) сілтеме жасайтын «Заң» тезистерін тауып, таңдалғандарын ескірген деп белгілеу</translation>
    </message>
    <message>
        <source>Flag points citing an amended law</source>
        <translation>Өзгертілген заңға сілтеме жасайтын тезистерді белгілеу</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Жаңарту</translation>
    </message>
    <message>
        <source>List the points due for review again</source>
        <translation>Тексеру уақыты келген тезистер тізімін қайта жасау</translation>
    </message>
    <message>
        <source>Review period:</source>
        <translation>Тексеру кезеңі:</translation>
    </message>
    <message>
        <source>months</source>
        <translation>ай</translation>
    </message>
    <message numerus="yes">
        <source>%n points due for review</source>
        <translation>
            <numerusform>Тексеруді қажет ететін %n тезис</numerusform>
            <numerusform>Тексеруді қажет ететін %n тезис</numerusform>
        </translation>
    </message>
    <message>
        <source>Number or part of the title of the amended law (e.g. 483-IV):</source>
        <translation>Өзгертілген заңның нөмірі немесе атауының бір бөлігі (мысалы, 483-IV):</translation>
    </message>
    <message>
        <source>No points found</source>
        <translation>Тезистер табылмады</translation>
    </message>
    <message>
        <source>No law point cites “%1”.</source>
        <translation>«%1» сілтемесі бар «Заң» тезисі жоқ.</translation>
    </message>
    <message>
        <source>Marking points outdated</source>
        <translation>Тезистер ескірген деп белгіленуде</translation>
    </message>
    <message>
        <source>Some points were not marked</source>
        <translation>Кейбір тезистер белгіленбеді</translation>
    </message>
    <message numerus="yes">
        <source>%n points could not be marked outdated:</source>
        <translation>
            <numerusform>%n тезисті ескірген деп белгілеу мүмкін болмады:</numerusform>
            <numerusform>%n тезисті ескірген деп белгілеу мүмкін болмады:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the file changed on disk since it was opened; reopen the library and try again</source>
        <translation>%1: файл ашылғаннан кейін дискіде өзгерді; кітапхананы қайта ашып, әрекетті қайталаңыз</translation>
    </message>
    <message>
        <source>%1: no longer in the library</source>
        <translation>%1: кітапханада енді жоқ</translation>
    </message>
    <message>
        <source>Points not marked</source>
        <translation>Тезистер белгіленбеді</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search talking points (Ctrl+F)…</source>
        <translation>Тезистерді іздеу (Ctrl+F)…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Іздеу</translation>
    </message>
    <message>
        <source>Words, &quot;a phrase&quot;, prefix*, AND/OR/NOT, kind:law tag:family lang:kk</source>
        <translation>Сөздер, &quot;сөз тіркесі&quot;, сөз басы*, AND/OR/NOT, kind:law tag:отбасы lang:kk</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түр</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күй</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Тег</translation>
    </message>
    <message>
        <source>Did you mean</source>
        <translation>Мүмкін, сіз мынаны іздедіңіз</translation>
    </message>
    <message>
        <source>Number of results</source>
        <translation>Нәтижелер саны</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Іздеу нәтижелері</translation>
    </message>
    <message>
        <source>Show only one {name}</source>
        <translation>Тек бір {name} бойынша сүзу</translation>
    </message>
    <message>
        <source>Any {name}</source>
        <translation>Кез келген {name}</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n нәтиже</numerusform>
            <numerusform>%n нәтиже</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing results for «{corrected}». Search instead for {link}</source>
        <translation>«{corrected}» бойынша нәтижелер көрсетілді. Оның орнына {link} іздеу</translation>
    </message>
    <message>
        <source>Did you mean {link}?</source>
        <translation>Мүмкін, {link} деп іздедіңіз бе?</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ашу</translation>
    </message>
    <message>
        <source>Open the point in the editor</source>
        <translation>Тезисті өңдегіште ашу</translation>
    </message>
    <message>
        <source>&amp;Add to lecture</source>
        <translation>Дәріске &amp;қосу</translation>
    </message>
    <message>
        <source>Add the selected points to the open lecture&apos;s outline</source>
        <translation>Таңдалған тезистерді ашық дәрістің жоспарына қосу</translation>
    </message>
</context>
<context>
    <name>SectionBudgetModel</name>
    <message>
        <source>Part</source>
        <translation>Бөлік</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Жұмсалғаны</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Жоспар</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Сұрақтар</translation>
    </message>
    <message>
        <source>Section {number}</source>
        <translation>{number}-бөлім</translation>
    </message>
    <message>
        <source>Over by {time}</source>
        <translation>{time} асып кетті</translation>
    </message>
    <message>
        <source>{time} left in this part</source>
        <translation>Осы бөлікте {time} қалды</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>Reading %v / %m</source>
        <translation>Оқылуда %v / %m</translation>
    </message>
    <message>
        <source>Indexing %v / %m</source>
        <translation>Индекстеу %v / %m</translation>
    </message>
</context>
<context>
    <name>ShareLibraryDialog</name>
    <message>
        <source>Share library</source>
        <translation>Кітапхананы ортақ ету</translation>
    </message>
    <message>
        <source>Shared repository</source>
        <translation>Ортақ репозиторий</translation>
    </message>
    <message>
        <source>This library is shared. If the server asks for a new access token, give it here and sync.</source>
        <translation>Бұл кітапхана ортақ. Сервер жаңа қолжетімділік токенін сұраса, оны осында енгізіп, синхрондаңыз.</translation>
    </message>
    <message>
        <source>Publish this library to an empty shared repository, so that colleagues can sync with it. The repository is a folder everyone can reach (for example on a network share, made with “git init --bare”), an ssh address such as ssh://git@server/team/library.git, or an https address of the team&apos;s Gitea or Forgejo server with an access token.</source>
        <translation>Әріптестеріңіз синхрондай алуы үшін бұл кітапхананы бос ортақ репозиторийге жариялаңыз. Репозиторий — барлығы қол жеткізе алатын қалта (мысалы, желілік қалтада «git init --bare» арқылы жасалған), ssh://git@server/team/library.git сияқты ssh мекенжайы немесе команданың Gitea не Forgejo серверінің қолжетімділік токені бар https мекенжайы.</translation>
    </message>
    <message>
        <source>Colleagues get the shared library with File &gt; Copy a shared library…, or on the command line:
lecturekit sync --library FOLDER --remote REPOSITORY
Your name and email for the shared history are set in Preferences.</source>
        <translation>Әріптестер ортақ кітапхананы Файл &gt; Ортақ кітапхананы көшіру… арқылы немесе пәрмен жолында алады:
lecturekit sync --library ҚАЛТА --remote РЕПОЗИТОРИЙ
Ортақ тарихқа арналған атыңыз бен поштаңыз Баптауларда беріледі.</translation>
    </message>
    <message>
        <source>&amp;Share</source>
        <translation>&amp;Жариялау</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>&amp;Синхрондау</translation>
    </message>
    <message>
        <source>Publishing the library…</source>
        <translation>Кітапхананы жариялау…</translation>
    </message>
    <message>
        <source>Syncing with the shared library…</source>
        <translation>Ортақ кітапханамен синхрондау…</translation>
    </message>
    <message>
        <source>The library could not be shared:
{reason}</source>
        <translation>Кітапхананы ортақ ету мүмкін болмады:
{reason}</translation>
    </message>
</context>
<context>
    <name>ShortcutModel</name>
    <message>
        <source>Action</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Пернелер</translation>
    </message>
</context>
<context>
    <name>SourceTableModel</name>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Locator</source>
        <translation>Дереккөздегі орны</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The law, ruling, study or book</source>
        <translation>Заң, қаулы, зерттеу немесе кітап</translation>
    </message>
    <message>
        <source>Article, page or paragraph</source>
        <translation>Бап, бет немесе азат жол</translation>
    </message>
    <message>
        <source>A web address where it can be read (optional)</source>
        <translation>Оны оқуға болатын веб-мекенжай (міндетті емес)</translation>
    </message>
</context>
<context>
    <name>SpellingStatusBox</name>
    <message>
        <source>Spelling check (this computer&apos;s dictionaries)</source>
        <translation>Емлені тексеру (осы компьютердің сөздіктері)</translation>
    </message>
    <message>
        <source>Spelling check</source>
        <translation>Емлені тексеру</translation>
    </message>
    <message>
        <source>Spelling dictionary: {language}</source>
        <translation>Емле сөздігі: {language}</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) of the library&apos;s word list ({file}) accepted in every point</source>
        <translation>
            <numerusform>Кітапхана сөздігіндегі ({file}) %n сөз барлық тезисте дұрыс деп саналады</numerusform>
            <numerusform>Кітапхана сөздігіндегі ({file}) %n сөз барлық тезисте дұрыс деп саналады</numerusform>
        </translation>
    </message>
    <message>
        <source>{language}: checked ({dictionary})</source>
        <translation>{language}: тексеріледі ({dictionary})</translation>
    </message>
    <message>
        <source>{language}: not checked. Install the system packages {enchant} and {package}</source>
        <translation>{language}: тексерілмейді. {enchant} және {package} жүйелік пакеттерін орнатыңыз</translation>
    </message>
    <message>
        <source>{language}: not checked, no dictionary. Install the system package {package}</source>
        <translation>{language}: тексерілмейді, сөздік жоқ. {package} жүйелік пакетін орнатыңыз</translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <source>Progress</source>
        <translation>Орындалу барысы</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Stop the work in progress</source>
        <translation>Орындалып жатқан жұмысты тоқтату</translation>
    </message>
</context>
<context>
    <name>UnansweredListModel</name>
    <message>
        <source>Asked {date} at {venue}: Enter puts it back in the question field</source>
        <translation>Қойылған уақыты {date}, орны: {venue}. Enter оны сұрақ өрісіне қайтарады</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Law</source>
        <translation>Заң</translation>
    </message>
    <message>
        <source>Recruiter tactic</source>
        <translation>Жалдаушының айласы</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>Қорғану</translation>
    </message>
    <message>
        <source>Question and answer</source>
        <translation>Сұрақ-жауап</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Оқиға</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Дерек</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Жоба</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Тексерілген</translation>
    </message>
    <message>
        <source>Outdated</source>
        <translation>Ескірген</translation>
    </message>
    <message>
        <source>id</source>
        <translation>идентификатор</translation>
    </message>
    <message>
        <source>title</source>
        <translation>атауы</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>түрі</translation>
    </message>
    <message>
        <source>language</source>
        <translation>тілі</translation>
    </message>
    <message>
        <source>status</source>
        <translation>күйі</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>тегтер</translation>
    </message>
    <message>
        <source>audience</source>
        <translation>аудитория</translation>
    </message>
    <message>
        <source>group</source>
        <translation>тобы</translation>
    </message>
    <message>
        <source>review date</source>
        <translation>тексеру күні</translation>
    </message>
    <message>
        <source>sources</source>
        <translation>дереккөздер</translation>
    </message>
    <message>
        <source>text</source>
        <translation>мәтін</translation>
    </message>
    <message>
        <source>speaker notes</source>
        <translation>баяндамашы жазбалары</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>минуттар</translation>
    </message>
    <message>
        <source>format</source>
        <translation>өткізу түрі</translation>
    </message>
    <message>
        <source>target</source>
        <translation>ұзақтығы</translation>
    </message>
    <message>
        <source>outline</source>
        <translation>жоспар</translation>
    </message>
    <message>
        <source>anticipated questions</source>
        <translation>күтілетін сұрақтар</translation>
    </message>
    <message>
        <source>delivery log</source>
        <translation>өткізу журналы</translation>
    </message>
</context>
<context>
    <name>_RemoteFields</name>
    <message>
        <source>Folder, ssh://… or https://…</source>
        <translation>Қалта, ssh://… немесе https://…</translation>
    </message>
    <message>
        <source>Shared repository</source>
        <translation>Ортақ репозиторий</translation>
    </message>
    <message>
        <source>A bare git repository: a folder, an ssh address or an https address</source>
        <translation>Жалаң git репозиторийі: қалта, ssh немесе https мекенжайы</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Шолу…</translation>
    </message>
    <message>
        <source>Choose the shared repository&apos;s folder</source>
        <translation>Ортақ репозиторийдің қалтасын таңдау</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Қолжетімділік токені</translation>
    </message>
    <message>
        <source>For an https address: the access token the server gave you. It is kept in this computer&apos;s keyring, not in the library.</source>
        <translation>https мекенжайы үшін: сервер берген қолжетімділік токені. Ол кітапханада емес, осы компьютердің кілттер қоймасында сақталады.</translation>
    </message>
    <message>
        <source>Only for https addresses</source>
        <translation>Тек https мекенжайлары үшін</translation>
    </message>
    <message>
        <source>Shared &amp;repository:</source>
        <translation>Ортақ &amp;репозиторий:</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>Қолжетімділік &amp;токені:</translation>
    </message>
</context>
</TS>
