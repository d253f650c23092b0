<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AnswerHitModel</name>
    <message>
        <source>{kind} in {language}: Enter shows the answer</source>
        <translation>{kind}, язык {language}: Enter — показать ответ</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Library not found</source>
        <translation>Библиотека не найдена</translation>
    </message>
    <message>
        <source>The library could not be opened:
{error}</source>
        <translation>Не удалось открыть библиотеку:
{error}</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Непредвиденная ошибка</translation>
    </message>
    <message>
        <source>Something went wrong: {reason}

The talking point you were editing was kept as a draft; it is offered again when you reopen it.</source>
        <translation>Что-то пошло не так: {reason}

Редактируемый тезис сохранён как черновик; он будет предложен снова, когда вы его откроете.</translation>
    </message>
</context>
<context>
    <name>AudienceWindow</name>
    <message>
        <source>Audience screen</source>
        <translation>Экран для слушателей</translation>
    </message>
    <message>
        <source>Lecture title</source>
        <translation>Название лекции</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <source>Point title</source>
        <translation>Название тезиса</translation>
    </message>
    <message>
        <source>Key line</source>
        <translation>Главная мысль</translation>
    </message>
    <message>
        <source>Help line</source>
        <translation>Куда обратиться за помощью</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>QR-код</translation>
    </message>
    <message>
        <source>Blank screen</source>
        <translation>Пустой экран</translation>
    </message>
</context>
<context>
    <name>ClashDialog</name>
    <message>
        <source>Merge changes</source>
        <translation>Объединение изменений</translation>
    </message>
    <message>
        <source>These fields were changed both in your edits and outside lecturekit. Choose which version to keep for each; everything else was merged.</source>
        <translation>Эти поля изменены и в ваших правках, и вне lecturekit. Выберите, какую версию оставить для каждого; всё остальное уже объединено.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Объединить</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
    <message>
        <source>Merge with the versions chosen above; save to write the result</source>
        <translation>Объединить с выбранными выше версиями; чтобы записать результат, сохраните</translation>
    </message>
    <message>
        <source>Merge nothing and go back to your edits</source>
        <translation>Ничего не объединять и вернуться к своим правкам</translation>
    </message>
    <message>
        <source>When you opened it: {value}</source>
        <translation>Когда вы открыли: {value}</translation>
    </message>
    <message>
        <source>Mine (your edits)</source>
        <translation>Мои (ваши правки)</translation>
    </message>
    <message>
        <source>Keep your version of {field}</source>
        <translation>Оставить вашу версию поля «{field}»</translation>
    </message>
    <message>
        <source>Theirs (on disk)</source>
        <translation>Их версия (на диске)</translation>
    </message>
    <message>
        <source>Take the version of {field} that is on disk now</source>
        <translation>Взять версию поля «{field}», которая сейчас на диске</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
</context>
<context>
    <name>ConflictResolver</name>
    <message>
        <source>Resolve conflict copy</source>
        <translation>Разрешение копии конфликта</translation>
    </message>
    <message>
        <source>The point “{id}” that “{file}” is a copy of is no longer in the library. Restore the copy as the point?</source>
        <translation>Тезиса «{id}», копией которого является «{file}», больше нет в библиотеке. Восстановить копию как этот тезис?</translation>
    </message>
    <message>
        <source>The lecture “{id}” that “{file}” is a copy of is no longer in the library. Restore the copy as the lecture?</source>
        <translation>Лекции «{id}», копией которой является «{file}», больше нет в библиотеке. Восстановить копию как эту лекцию?</translation>
    </message>
    <message>
        <source>“{file}” holds nothing that the lecture “{id}” does not. Move the copy to the trash?</source>
        <translation>В «{file}» нет ничего, чего нет в лекции «{id}». Переместить копию в корзину?</translation>
    </message>
    <message>
        <source>“{file}” holds nothing that the point “{id}” does not. Move the copy to the trash?</source>
        <translation>В «{file}» нет ничего, чего нет в тезисе «{id}». Переместить копию в корзину?</translation>
    </message>
    <message>
        <source>The conflict copy was not resolved:
{reason}</source>
        <translation>Копия конфликта не разрешена:
{reason}</translation>
    </message>
    <message>
        <source>“{file}” is not a copy of a talking point or a lecture; compare it with its original by hand.</source>
        <translation>«{file}» — не копия тезиса или лекции; сравните её с оригиналом вручную.</translation>
    </message>
    <message>
        <source>“{file}” does not read as a talking point or a lecture; open it in a text editor and fix or delete it.</source>
        <translation>«{file}» не читается ни как тезис, ни как лекция; откройте его в текстовом редакторе и исправьте или удалите.</translation>
    </message>
</context>
<context>
    <name>CopySharedLibraryDialog</name>
    <message>
        <source>Copy a shared library</source>
        <translation>Копировать общую библиотеку</translation>
    </message>
    <message>
        <source>Get the team&apos;s shared library onto this computer. It is copied into a new or empty folder, opened, and from then on synced with the shared repository.</source>
        <translation>Получить общую библиотеку команды на этот компьютер. Она копируется в новую или пустую папку, открывается и затем синхронизируется с общим репозиторием.</translation>
    </message>
    <message>
        <source>Folder for the library</source>
        <translation>Папка для библиотеки</translation>
    </message>
    <message>
        <source>A new or empty folder on this computer</source>
        <translation>Новая или пустая папка на этом компьютере</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>В&amp;ыбрать…</translation>
    </message>
    <message>
        <source>Choose the folder for the library</source>
        <translation>Выбрать папку для библиотеки</translation>
    </message>
    <message>
        <source>Into &amp;folder:</source>
        <translation>В &amp;папку:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>{folder} is not empty: choose a new or empty folder, so that nothing in it is mixed with the shared library.</source>
        <translation>Папка {folder} не пуста: выберите новую или пустую папку, чтобы её содержимое не смешалось с общей библиотекой.</translation>
    </message>
    <message>
        <source>Copying the shared library…</source>
        <translation>Копирование общей библиотеки…</translation>
    </message>
    <message>
        <source>The library could not be copied:
{reason}</source>
        <translation>Не удалось скопировать библиотеку:
{reason}</translation>
    </message>
</context>
<context>
    <name>DeliveriesPanel</name>
    <message>
        <source>Delivery log</source>
        <translation>Журнал выступлений</translation>
    </message>
    <message>
        <source>Each time the lecture was given; double-click a cell to edit</source>
        <translation>Все случаи, когда лекция была прочитана; дважды щёлкните ячейку, чтобы изменить её</translation>
    </message>
    <message>
        <source>Edit delivery log</source>
        <translation>изменение журнала выступлений</translation>
    </message>
    <message>
        <source>&amp;Log a delivery</source>
        <translation>&amp;Записать выступление</translation>
    </message>
    <message>
        <source>Add a row for today</source>
        <translation>Добавить строку с сегодняшней датой</translation>
    </message>
    <message>
        <source>Re&amp;move row</source>
        <translation>&amp;Удалить строку</translation>
    </message>
    <message>
        <source>Remove the selected rows</source>
        <translation>Удалить выбранные строки</translation>
    </message>
    <message>
        <source>Log a delivery</source>
        <translation>запись выступления</translation>
    </message>
    <message>
        <source>Remove delivery</source>
        <translation>удаление выступления</translation>
    </message>
</context>
<context>
    <name>DeliveryChart</name>
    <message>
        <source>Chart of deliveries per month</source>
        <translation>Диаграмма выступлений по месяцам</translation>
    </message>
    <message>
        <source>No deliveries</source>
        <translation>Выступлений нет</translation>
    </message>
</context>
<context>
    <name>DeliveryDialog</name>
    <message>
        <source>Log this delivery</source>
        <translation>Записать это выступление</translation>
    </message>
    <message numerus="yes">
        <source>You spoke for {time} about %n point(s).</source>
        <translation>
            <numerusform>Вы говорили {time} и прошли %n тезис.</numerusform>
            <numerusform>Вы говорили {time} и прошли %n тезиса.</numerusform>
            <numerusform>Вы говорили {time} и прошли %n тезисов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>The day the lecture was given</source>
        <translation>День, когда была прочитана лекция</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <source>Where: an organisation, a market, a broadcast channel</source>
        <translation>Где: организация, рынок, канал трансляции</translation>
    </message>
    <message>
        <source>e.g. Instagram live, the market hall</source>
        <translation>например: эфир в Instagram, торговый зал рынка</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Online broadcast or in person</source>
        <translation>Онлайн-трансляция или очно</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Онлайн</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Очно</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>не подсчитано</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Число слушателей</translation>
    </message>
    <message>
        <source>How many people listened or watched</source>
        <translation>Сколько человек слушали или смотрели</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>What to remember: questions asked, what to change next time</source>
        <translation>Что стоит запомнить: какие вопросы задавали, что изменить в следующий раз</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>&amp;Место проведения:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <source>&amp;Attendance:</source>
        <translation>&amp;Число слушателей:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>П&amp;римечания:</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t save</source>
        <translation>&amp;Не сохранять</translation>
    </message>
    <message>
        <source>&amp;Back to the talk</source>
        <translation>&amp;Вернуться к выступлению</translation>
    </message>
    <message>
        <source>The delivery could not be saved:
{reason}</source>
        <translation>Не удалось сохранить выступление:
{reason}</translation>
    </message>
    <message>
        <source>Delivery not logged</source>
        <translation>Выступление не записано</translation>
    </message>
    <message>
        <source>Delivery not saved</source>
        <translation>Выступление не сохранено</translation>
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
        <translation>Очно</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Lecture</source>
        <translation>Лекция</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Слушателей</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Attendance was not logged</source>
        <translation>Число слушателей не записано</translation>
    </message>
</context>
<context>
    <name>DeliveryLogWindow</name>
    <message>
        <source>Delivery log and report</source>
        <translation>Журнал выступлений и отчёт</translation>
    </message>
    <message>
        <source>All deliveries</source>
        <translation>Все выступления</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Прошлый месяц</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Этот год</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Прошлый год</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Выбрать даты</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>по</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Первый день периода</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Последний день периода</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>The deliveries the log and the report cover</source>
        <translation>Выступления, которые входят в журнал и отчёт</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Выступления</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Отчёт</translation>
    </message>
    <message>
        <source>Listeners&apos; questions</source>
        <translation>Вопросы слушателей</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Read the delivery logs of the lectures again</source>
        <translation>Заново прочитать журналы выступлений всех лекций</translation>
    </message>
    <message>
        <source>All formats</source>
        <translation>Все форматы</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Show deliveries of one format only</source>
        <translation>Показывать выступления только одного формата</translation>
    </message>
    <message>
        <source>Venue contains…</source>
        <translation>Место проведения содержит…</translation>
    </message>
    <message>
        <source>Venue filter</source>
        <translation>Фильтр по месту проведения</translation>
    </message>
    <message>
        <source>Show deliveries whose venue contains this text</source>
        <translation>Показывать выступления, в месте проведения которых есть этот текст</translation>
    </message>
    <message>
        <source>Double-click a delivery to open its lecture</source>
        <translation>Дважды щёлкните выступление, чтобы открыть его лекцию</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <source>Venue:</source>
        <translation>Место проведения:</translation>
    </message>
    <message>
        <source>Listeners per month</source>
        <translation>Слушателей в месяц</translation>
    </message>
    <message>
        <source>Deliveries per month</source>
        <translation>Выступлений в месяц</translation>
    </message>
    <message>
        <source>What the chart shows</source>
        <translation>Что показывает диаграмма</translation>
    </message>
    <message>
        <source>Listeners</source>
        <translation>Слушатели</translation>
    </message>
    <message numerus="yes">
        <source>%n deliveries without a listener count</source>
        <translation>
            <numerusform>%n выступление без подсчёта слушателей</numerusform>
            <numerusform>%n выступления без подсчёта слушателей</numerusform>
            <numerusform>%n выступлений без подсчёта слушателей</numerusform>
        </translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Deliveries by month</source>
        <translation>Выступления по месяцам</translation>
    </message>
    <message>
        <source>Deliveries by format</source>
        <translation>Выступления по форматам</translation>
    </message>
    <message>
        <source>Talking point</source>
        <translation>Тезис</translation>
    </message>
    <message>
        <source>Not in the library</source>
        <translation>Нет в библиотеке</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>Использований</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Последний раз</translation>
    </message>
    <message>
        <source>Talking points used most</source>
        <translation>Самые используемые тезисы</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ни разу</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Дней</translation>
    </message>
    <message>
        <source>Talking points not used for long</source>
        <translation>Давно не использованные тезисы</translation>
    </message>
    <message>
        <source>Double-click a talking point to open it</source>
        <translation>Дважды щёлкните тезис, чтобы открыть его</translation>
    </message>
    <message>
        <source>Days without use</source>
        <translation>Дней без использования</translation>
    </message>
    <message>
        <source>A point counts as not used for long after this many days</source>
        <translation>Через столько дней тезис считается давно не использованным</translation>
    </message>
    <message>
        <source>Not used for long</source>
        <translation>Давно не использовались</translation>
    </message>
    <message>
        <source>Not used for more than</source>
        <translation>Не использовались более</translation>
    </message>
    <message>
        <source>days, or never (faq points left out)</source>
        <translation>дн. или ни разу (кроме тезисов типа «Вопрос и ответ»)</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>По месяцам</translation>
    </message>
    <message>
        <source>By format</source>
        <translation>По форматам</translation>
    </message>
    <message>
        <source>Used most</source>
        <translation>Самые используемые</translation>
    </message>
    <message>
        <source>Language of the exported report</source>
        <translation>Язык экспортируемого отчёта</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Экспорт отчёта…</translation>
    </message>
    <message>
        <source>Save the report as a Word document or a CSV file for Excel</source>
        <translation>Сохранить отчёт как документ Word или файл CSV для Excel</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Экспорт отчёта</translation>
    </message>
    <message>
        <source>Report language:</source>
        <translation>Язык отчёта:</translation>
    </message>
    <message numerus="yes">
        <source>%n deliveries</source>
        <translation>
            <numerusform>%n выступление</numerusform>
            <numerusform>%n выступления</numerusform>
            <numerusform>%n выступлений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n listeners</source>
        <translation>
            <numerusform>%n слушатель</numerusform>
            <numerusform>%n слушателя</numerusform>
            <numerusform>%n слушателей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not counted: they cannot be read (see Problems)</source>
        <translation>
            <numerusform>%n файл не учтён: его не удаётся прочитать (см. «Проблемы»)</numerusform>
            <numerusform>%n файла не учтены: их не удаётся прочитать (см. «Проблемы»)</numerusform>
            <numerusform>%n файлов не учтено: их не удаётся прочитать (см. «Проблемы»)</numerusform>
        </translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Документ Word (*.docx)</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV для Excel (*.csv)</translation>
    </message>
    <message>
        <source>Report not exported</source>
        <translation>Отчёт не экспортирован</translation>
    </message>
    <message>
        <source>The report could not be saved to %1:
%2</source>
        <translation>Не удалось сохранить отчёт в %1:
%2</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Сохранено в %1</translation>
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
        <translation>Очно</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Слушателей</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Logged in its own file, {file}; edit that file to change it</source>
        <translation>Записано в отдельном файле {file}; чтобы изменить, отредактируйте этот файл</translation>
    </message>
</context>
<context>
    <name>EditCycle</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>The file changed on disk since it was opened; nothing was overwritten.</source>
        <translation>Файл на диске изменился после открытия; ничего не перезаписано.</translation>
    </message>
    <message>
        <source>it is no longer part of this library</source>
        <translation>это больше не часть этой библиотеки</translation>
    </message>
    <message>
        <source>Your version is kept; saving it replaces the one on disk</source>
        <translation>Ваша версия сохранена в редакторе; при сохранении она заменит версию на диске</translation>
    </message>
    <message>
        <source>Merged with the version on disk: check it and save</source>
        <translation>Объединено с версией на диске: проверьте и сохраните</translation>
    </message>
</context>
<context>
    <name>EditPrompts</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>Save the changes to “{name}”?</source>
        <translation>Сохранить изменения в «{name}»?</translation>
    </message>
    <message>
        <source>Your changes are lost if you don&apos;t save them.</source>
        <translation>Если не сохранить, изменения будут потеряны.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Не сохранять</translation>
    </message>
    <message>
        <source>The draft was kept automatically on {time}.</source>
        <translation>Черновик был сохранён автоматически {time}.</translation>
    </message>
    <message>
        <source>The file changed after that: restoring the draft and saving would replace those changes.</source>
        <translation>После этого файл изменился: если восстановить черновик и сохранить, эти изменения будут заменены.</translation>
    </message>
    <message>
        <source>Unsaved draft found</source>
        <translation>Найден несохранённый черновик</translation>
    </message>
    <message>
        <source>“{name}” has edits that were never saved. Restore them?</source>
        <translation>В «{name}» есть несохранённые правки. Восстановить их?</translation>
    </message>
    <message>
        <source>&amp;Restore draft</source>
        <translation>&amp;Восстановить черновик</translation>
    </message>
    <message>
        <source>&amp;Discard draft</source>
        <translation>&amp;Удалить черновик</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>Не &amp;сейчас</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>“{name}” was not saved.

{reason}</source>
        <translation>«{name}» не сохранён.

{reason}</translation>
    </message>
    <message>
        <source>Not opened</source>
        <translation>Не открыто</translation>
    </message>
    <message>
        <source>“{name}” could not be opened.

{reason}</source>
        <translation>Не удалось открыть «{name}».

{reason}</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>required field `{field}` is missing</source>
        <translation>не заполнено обязательное поле `{field}`</translation>
    </message>
    <message>
        <source>`{field}` must be a single text value</source>
        <translation>`{field}` должно быть одним текстовым значением</translation>
    </message>
    <message>
        <source>`{field}` is “{value}”; expected one of: {allowed}</source>
        <translation>`{field}` равно «{value}»; допустимые значения: {allowed}</translation>
    </message>
    <message>
        <source>`{field}` must be a list of words, e.g. [one, two]</source>
        <translation>`{field}` должно быть списком слов, например [one, two]</translation>
    </message>
    <message>
        <source>`{field}` is “{value}”; expected a date like 2026-09-30</source>
        <translation>`{field}` равно «{value}»; нужна дата вида 2026-09-30</translation>
    </message>
    <message>
        <source>`{field}` is “{value}”; expected a number</source>
        <translation>`{field}` равно «{value}»; нужно число</translation>
    </message>
    <message>
        <source>`{field}` is “{value}”; expected a whole number</source>
        <translation>`{field}` равно «{value}»; нужно целое число</translation>
    </message>
    <message>
        <source>not UTF-8 text (save the file as UTF-8)</source>
        <translation>текст не в кодировке UTF-8 (сохраните файл в UTF-8)</translation>
    </message>
    <message>
        <source>no front matter: a talking point starts with a line `---`</source>
        <translation>нет заголовка (front matter): файл тезиса начинается со строки `---`</translation>
    </message>
    <message>
        <source>front matter is not closed: add a line `---` after it</source>
        <translation>заголовок (front matter) не закрыт: добавьте после него строку `---`</translation>
    </message>
    <message>
        <source>the file is larger than {mib} MiB</source>
        <translation>файл больше {mib} МиБ</translation>
    </message>
    <message>
        <source>invalid YAML: {reason}</source>
        <translation>ошибка в YAML: {reason}</translation>
    </message>
    <message>
        <source>anchors and aliases (&amp;name, *name) are not allowed</source>
        <translation>якоря и ссылки (&amp;name, *name) не допускаются</translation>
    </message>
    <message>
        <source>the YAML is larger than {kib} KiB</source>
        <translation>YAML больше {kib} КиБ</translation>
    </message>
    <message>
        <source>the YAML is nested too deeply</source>
        <translation>слишком глубокая вложенность YAML</translation>
    </message>
    <message>
        <source>the YAML tag {tag} is not supported: write the value without it</source>
        <translation>тег YAML {tag} не поддерживается: запишите значение без него</translation>
    </message>
    <message>
        <source>expected `key: value` lines, found a single value or a list</source>
        <translation>ожидались строки вида `ключ: значение`, а найдено одно значение или список</translation>
    </message>
    <message>
        <source>keys must be text, found {key}</source>
        <translation>ключи должны быть текстом, а найдено {key}</translation>
    </message>
    <message>
        <source>`sources` must be a list of `- title: ...` entries</source>
        <translation>`sources` должно быть списком записей вида `- title: ...`</translation>
    </message>
    <message>
        <source>source {number} needs a `title`</source>
        <translation>у источника {number} нет `title`</translation>
    </message>
    <message>
        <source>source {number}: `{key}` must be text</source>
        <translation>источник {number}: `{key}` должно быть текстом</translation>
    </message>
    <message>
        <source>`sections` must be a list of `- heading: ...` entries</source>
        <translation>`sections` должно быть списком записей вида `- heading: ...`</translation>
    </message>
    <message>
        <source>section {number} must have a `heading` and `points`</source>
        <translation>в разделе {number} должны быть `heading` и `points`</translation>
    </message>
    <message>
        <source>section {number}: `heading` must be text</source>
        <translation>раздел {number}: `heading` должно быть текстом</translation>
    </message>
    <message>
        <source>section {number}: `points` must be a list of point ids</source>
        <translation>раздел {number}: `points` должно быть списком идентификаторов тезисов</translation>
    </message>
    <message>
        <source>section {number}: a point&apos;s `note` must be text</source>
        <translation>раздел {number}: `note` тезиса должно быть текстом</translation>
    </message>
    <message>
        <source>section {number}: each point is an id or `- id: ...`</source>
        <translation>раздел {number}: каждый тезис задаётся идентификатором или записью `- id: ...`</translation>
    </message>
    <message>
        <source>`deliveries` must be a list of `- date: ...` entries</source>
        <translation>`deliveries` должно быть списком записей вида `- date: ...`</translation>
    </message>
    <message>
        <source>delivery {number} must have a `date`</source>
        <translation>у выступления {number} должна быть `date`</translation>
    </message>
    <message>
        <source>`timings` must map point ids to seconds, e.g. `my-point: 95`</source>
        <translation>`timings` должно сопоставлять идентификаторам тезисов число секунд, например `my-point: 95`</translation>
    </message>
    <message>
        <source>`timings`: “{id}” needs a number of seconds</source>
        <translation>`timings`: для «{id}» нужно число секунд</translation>
    </message>
    <message>
        <source>`questions` must be a list of faq point ids</source>
        <translation>`questions` должно быть списком идентификаторов тезисов типа «вопрос и ответ» (faq)</translation>
    </message>
    <message>
        <source>`words_per_minute` is {value}; expected {min} to {max}</source>
        <translation>`words_per_minute` равно {value}; нужно от {min} до {max}</translation>
    </message>
    <message>
        <source>`words_per_minute` is one number, or one number per language ({languages})</source>
        <translation>`words_per_minute` — одно число или по числу на каждый язык ({languages})</translation>
    </message>
    <message>
        <source>`handout_footer` is one text, or one text per language ({languages})</source>
        <translation>`handout_footer` — это один текст или по тексту на каждый язык ({languages})</translation>
    </message>
    <message>
        <source>`help_line` is one text, or one text per language ({languages})</source>
        <translation>`help_line` — один текст или по одному тексту на каждый язык ({languages})</translation>
    </message>
    <message>
        <source>`{field}` cannot be saved as it is, so nothing was written: {reason}</source>
        <translation>поле `{field}` нельзя сохранить в таком виде, поэтому ничего не записано: {reason}</translation>
    </message>
    <message>
        <source>These cannot be saved either: {others}.</source>
        <translation>Также нельзя сохранить: {others}.</translation>
    </message>
    <message>
        <source>changed on disk since it was opened; not overwritten</source>
        <translation>файл изменился на диске после открытия; он не перезаписан</translation>
    </message>
    <message>
        <source>no such folder</source>
        <translation>такой папки нет</translation>
    </message>
    <message>
        <source>not a folder</source>
        <translation>это не папка</translation>
    </message>
    <message>
        <source>not a library: it has no `{folder}` folder</source>
        <translation>это не библиотека: в ней нет папки `{folder}`</translation>
    </message>
    <message>
        <source>the library folder is no longer there</source>
        <translation>папки библиотеки больше нет</translation>
    </message>
    <message>
        <source>the id “{id}” is not valid: use a-z, 0-9 and hyphens, 1-{max} characters</source>
        <translation>недопустимый идентификатор «{id}»: используйте a-z, 0-9 и дефисы, от 1 до {max} символов</translation>
    </message>
    <message>
        <source>the id “{id}” is a reserved file name on Windows</source>
        <translation>идентификатор «{id}» — зарезервированное имя файла в Windows</translation>
    </message>
    <message>
        <source>the id “{id}” is already used by another point</source>
        <translation>идентификатор «{id}» уже занят другим тезисом</translation>
    </message>
    <message>
        <source>the id “{id}” is already used by another lecture</source>
        <translation>идентификатор «{id}» уже занят другой лекцией</translation>
    </message>
    <message>
        <source>a point&apos;s id is changed by renaming the point, not by saving it</source>
        <translation>идентификатор тезиса меняется переименованием тезиса, а не сохранением</translation>
    </message>
    <message>
        <source>there is no talking point with the id “{id}”</source>
        <translation>нет тезиса с идентификатором «{id}»</translation>
    </message>
    <message>
        <source>a sync tool&apos;s conflict copy: compare it with the original, keep what you need, and delete this file</source>
        <translation>копия конфликта, созданная программой синхронизации: сравните её с оригиналом, сохраните нужное и удалите этот файл</translation>
    </message>
    <message>
        <source>an unfinished merge: keep one side between the lines &lt;&lt;&lt;&lt;&lt;&lt;&lt;, ======= and &gt;&gt;&gt;&gt;&gt;&gt;&gt;, and delete those lines</source>
        <translation>незавершённое слияние: оставьте одну из версий между строками &lt;&lt;&lt;&lt;&lt;&lt;&lt;, ======= и &gt;&gt;&gt;&gt;&gt;&gt;&gt; и удалите эти строки</translation>
    </message>
    <message>
        <source>the name is not valid text (UTF-8): rename it, and the library reads it</source>
        <translation>имя не является корректным текстом (UTF-8): переименуйте файл, и библиотека его прочитает</translation>
    </message>
    <message>
        <source>cannot be read: {reason}</source>
        <translation>не удаётся прочитать: {reason}</translation>
    </message>
    <message>
        <source>the id “{id}” is already used by {other}</source>
        <translation>идентификатор «{id}» уже используется в {other}</translation>
    </message>
    <message>
        <source>the lecture id “{id}” is used twice</source>
        <translation>идентификатор лекции «{id}» используется дважды</translation>
    </message>
    <message>
        <source>the id “{id}” differs from the file name “{file}”</source>
        <translation>идентификатор «{id}» не совпадает с именем файла «{file}»</translation>
    </message>
    <message>
        <source>section “{section}” refers to point “{id}”, which does not exist</source>
        <translation>раздел «{section}» ссылается на несуществующий тезис «{id}»</translation>
    </message>
    <message>
        <source>a section refers to point “{id}”, which does not exist</source>
        <translation>один из разделов ссылается на несуществующий тезис «{id}»</translation>
    </message>
    <message>
        <source>the anticipated question “{id}” does not exist</source>
        <translation>ожидаемого вопроса «{id}» нет в библиотеке</translation>
    </message>
    <message>
        <source>a delivery of the lecture “{id}”, which does not exist</source>
        <translation>выступление с лекцией «{id}», которой нет</translation>
    </message>
    <message>
        <source>a lecture needs a title</source>
        <translation>у лекции должно быть название</translation>
    </message>
    <message>
        <source>the language “{value}” is not one of {allowed}</source>
        <translation>язык «{value}» не входит в список: {allowed}</translation>
    </message>
    <message>
        <source>the format “{value}” is not one of {allowed}</source>
        <translation>формат «{value}» не входит в список: {allowed}</translation>
    </message>
    <message>
        <source>the target minutes must be above 0 and at most a day, not {value}</source>
        <translation>регламент должен быть больше 0 минут и не больше суток, а не {value}</translation>
    </message>
    <message>
        <source>the point “{id}” is not a question and answer but a “{kind}”</source>
        <translation>тезис «{id}» относится не к типу «Вопрос и ответ», а к типу «{kind}»</translation>
    </message>
    <message>
        <source>“{id}” is already an anticipated question</source>
        <translation>«{id}» уже есть среди ожидаемых вопросов</translation>
    </message>
    <message>
        <source>“{id}” is not an anticipated question of this lecture</source>
        <translation>«{id}» нет среди ожидаемых вопросов этой лекции</translation>
    </message>
    <message>
        <source>the attendance cannot be negative</source>
        <translation>число слушателей не может быть отрицательным</translation>
    </message>
    <message>
        <source>that place does not exist in the lecture&apos;s outline</source>
        <translation>такого места в плане лекции нет</translation>
    </message>
    <message>
        <source>did not find the expected {what}</source>
        <translation>не найдено ожидаемое: {what}</translation>
    </message>
    <message>
        <source>a colon followed by a space is not allowed here: put the value in quotes</source>
        <translation>двоеточие с пробелом здесь недопустимо: заключите значение в кавычки</translation>
    </message>
    <message>
        <source>key</source>
        <translation>ключ</translation>
    </message>
    <message>
        <source>value</source>
        <translation>значение</translation>
    </message>
    <message>
        <source>end of the line</source>
        <translation>конец строки</translation>
    </message>
    <message>
        <source>a value starts with a character YAML reserves (such as ` @ % or a tab): put it in quotes</source>
        <translation>значение начинается со служебного символа YAML (например, ` @ % или табуляции): заключите его в кавычки</translation>
    </message>
    <message>
        <source>the file ends inside a quoted value: a closing quote is missing</source>
        <translation>файл кончается внутри значения в кавычках: не хватает закрывающей кавычки</translation>
    </message>
    <message>
        <source>a tab is used for indentation: indent with spaces</source>
        <translation>для отступа использована табуляция: делайте отступы пробелами</translation>
    </message>
    <message>
        <source>a `- ` list entry is not allowed here: check the indentation</source>
        <translation>элемент списка `- ` здесь недопустим: проверьте отступы</translation>
    </message>
    <message>
        <source>an unknown escape after a backslash inside double quotes</source>
        <translation>неизвестная последовательность после обратной косой черты в двойных кавычках</translation>
    </message>
    <message>
        <source>the character {code} cannot be written as it is in YAML</source>
        <translation>символ {code} нельзя записать в YAML как есть</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>нет такого файла или папки</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>нет доступа</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>на диске нет места</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>диск доступен только для чтения</translation>
    </message>
    <message>
        <source>the file already exists</source>
        <translation>файл уже существует</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>это папка, а не файл</translation>
    </message>
    <message>
        <source>delivery {number}: {reason}</source>
        <translation>выступление {number}: {reason}</translation>
    </message>
    <message>
        <source>entry {number} of `{list}`: {reason}</source>
        <translation>запись {number} в `{list}`: {reason}</translation>
    </message>
    <message>
        <source>line {line}: {reason}</source>
        <translation>строка {line}: {reason}</translation>
    </message>
    <message>
        <source>lecture “{id}”: {reason}</source>
        <translation>лекция «{id}»: {reason}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Handout for listeners</source>
        <translation>Раздаточный материал для слушателей</translation>
    </message>
    <message>
        <source>Speaker script (notes and timings)</source>
        <translation>Текст для лектора (заметки и хронометраж)</translation>
    </message>
    <message>
        <source>Leaflet of the selected points</source>
        <translation>Листовка из выбранных тезисов</translation>
    </message>
    <message>
        <source>&amp;QR codes beside law sources and the help link</source>
        <translation>&amp;QR-коды рядом с источниками законов и ссылкой на помощь</translation>
    </message>
    <message>
        <source>Print a QR code to each law source&apos;s official text and to the library&apos;s help link, with the link as text too</source>
        <translation>Напечатать QR-код на официальный текст каждого источника-закона и на ссылку библиотеки о помощи; сама ссылка тоже печатается текстом</translation>
    </message>
    <message>
        <source>QR codes</source>
        <translation>QR-коды</translation>
    </message>
    <message>
        <source>Cyrillic, as written</source>
        <translation>Кириллица, как написано</translation>
    </message>
    <message>
        <source>Latin (Kazakh alphabet of 2021)</source>
        <translation>Латиница (казахский алфавит 2021 года)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Choose where to save the file</source>
        <translation>Выбрать, куда сохранить файл</translation>
    </message>
    <message>
        <source>Browse</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Вариант</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Размер бумаги</translation>
    </message>
    <message>
        <source>Alphabet</source>
        <translation>Алфавит</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <source>&amp;Variant:</source>
        <translation>&amp;Вариант:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Бумага:</translation>
    </message>
    <message>
        <source>&amp;Alphabet:</source>
        <translation>&amp;Алфавит:</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>Ф&amp;айл:</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Ход экспорта</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Результат экспорта</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Открыть папку</translation>
    </message>
    <message>
        <source>Show the exported file&apos;s folder</source>
        <translation>Показать папку с экспортированным файлом</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспортировать</translation>
    </message>
    <message>
        <source>Write the file</source>
        <translation>Записать файл</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Пред&amp;варительный просмотр…</translation>
    </message>
    <message>
        <source>See the pages and print them</source>
        <translation>Просмотреть страницы и напечатать их</translation>
    </message>
    <message>
        <source>Pre-flight check</source>
        <translation>Предварительная проверка</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>По&amp;дробнее…</translation>
    </message>
    <message>
        <source>List what the pre-flight check found, point by point</source>
        <translation>Показать по тезисам, что нашла предварительная проверка</translation>
    </message>
    <message>
        <source>Pre-flight details</source>
        <translation>Подробности проверки</translation>
    </message>
    <message>
        <source>&amp;Mark draft points as drafts</source>
        <translation>&amp;Пометить черновые тезисы как черновики</translation>
    </message>
    <message>
        <source>Print a visible “draft” mark under the title of every point not yet reviewed</source>
        <translation>Напечатать заметную пометку «черновик» под заголовком каждого ещё не проверенного тезиса</translation>
    </message>
    <message>
        <source>Mark draft points</source>
        <translation>Пометить черновики</translation>
    </message>
    <message>
        <source>Pre-flight check: nothing to report.</source>
        <translation>Предварительная проверка: замечаний нет.</translation>
    </message>
    <message numerus="yes">
        <source>Pre-flight check: %n thing(s) to know, draft points among them.</source>
        <translation>
            <numerusform>Предварительная проверка: %n замечание, среди них черновики.</numerusform>
            <numerusform>Предварительная проверка: %n замечания, среди них черновики.</numerusform>
            <numerusform>Предварительная проверка: %n замечаний, среди них черновики.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pre-flight check: %n thing(s) to know.</source>
        <translation>
            <numerusform>Предварительная проверка: %n замечание.</numerusform>
            <numerusform>Предварительная проверка: %n замечания.</numerusform>
            <numerusform>Предварительная проверка: %n замечаний.</numerusform>
        </translation>
    </message>
    <message>
        <source>the leaflet</source>
        <translation>листовка</translation>
    </message>
    <message>
        <source>Kazakh material can be written in the Latin alphabet of 2021</source>
        <translation>Казахский материал можно вывести латиницей по алфавиту 2021 года</translation>
    </message>
    <message>
        <source>Only Kazakh material can be written in Latin letters</source>
        <translation>Латиницей можно вывести только казахский материал</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Экспортировать в</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Выберите файл для экспорта.</translation>
    </message>
    <message>
        <source>Replace file?</source>
        <translation>Заменить файл?</translation>
    </message>
    <message>
        <source>{file} already exists. Replace it?</source>
        <translation>Файл {file} уже существует. Заменить его?</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Exported to {file}</source>
        <translation>Экспортировано в {file}</translation>
    </message>
    <message>
        <source>Export failed: {reason}</source>
        <translation>Не удалось экспортировать: {reason}</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Предварительный просмотр</translation>
    </message>
</context>
<context>
    <name>ExternalChangeBanner</name>
    <message>
        <source>Changed outside lecturekit</source>
        <translation>Изменено вне lecturekit</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Оставить мои</translation>
    </message>
    <message>
        <source>Keep your edits: saving writes the file again</source>
        <translation>Оставить ваши правки: при сохранении файл будет записан заново</translation>
    </message>
    <message>
        <source>Close it</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Accept the deletion: close it and drop your edits</source>
        <translation>Согласиться с удалением: закрыть и отбросить ваши правки</translation>
    </message>
    <message>
        <source>Keep your edits and set the version on disk aside; saving replaces it</source>
        <translation>Оставить ваши правки и не брать версию с диска; при сохранении она будет заменена</translation>
    </message>
    <message>
        <source>Kee&amp;p mine</source>
        <translation>Оставить &amp;мои</translation>
    </message>
    <message>
        <source>Cl&amp;ose it</source>
        <translation>Зак&amp;рыть</translation>
    </message>
    <message>
        <source>Take t&amp;heirs</source>
        <translation>Взять и&amp;х версию</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Взять их версию</translation>
    </message>
    <message>
        <source>Drop your edits and show the version on disk</source>
        <translation>Отбросить ваши правки и показать версию с диска</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>О&amp;бъединить…</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
    <message>
        <source>Combine your edits with the version on disk; you choose only where both changed the same field</source>
        <translation>Совместить ваши правки с версией на диске; выбирать придётся только там, где обе стороны изменили одно и то же поле</translation>
    </message>
    <message>
        <source>“{title}” was changed outside lecturekit and its file no longer reads. Keep yours to write the file again, or close it and fix the file.</source>
        <translation>«{title}» изменён вне lecturekit, и его файл больше не читается. Оставьте свою версию, чтобы записать файл заново, или закройте его и исправьте файл.</translation>
    </message>
    <message>
        <source>“{title}” was deleted outside lecturekit while you were editing it.</source>
        <translation>«{title}» удалён вне lecturekit, пока вы его редактировали.</translation>
    </message>
    <message>
        <source>“{title}” was changed outside lecturekit while you were editing it.</source>
        <translation>«{title}» изменён вне lecturekit, пока вы его редактировали.</translation>
    </message>
</context>
<context>
    <name>FieldComparisonModel</name>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>This version</source>
        <translation>Эта версия</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Сейчас</translation>
    </message>
</context>
<context>
    <name>FormatDelegate</name>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
        <source>How to use lecturekit</source>
        <translation>Как работать с lecturekit</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of this window</source>
        <translation>Все сочетания клавиш этого окна</translation>
    </message>
    <message>
        <source>&amp;About lecturekit</source>
        <translation>&amp;О программе lecturekit</translation>
    </message>
    <message>
        <source>The version of lecturekit and of what it runs on</source>
        <translation>Версия lecturekit и того, на чём она работает</translation>
    </message>
    <message>
        <source>lecturekit user guide</source>
        <translation>Руководство пользователя lecturekit</translation>
    </message>
    <message>
        <source>The user guide is not installed with this copy of lecturekit.</source>
        <translation>В этой копии lecturekit руководство пользователя не установлено.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>About lecturekit</source>
        <translation>О программе lecturekit</translation>
    </message>
    <message>
        <source>&lt;b&gt;lecturekit&lt;/b&gt; — a workbench for awareness lectures: sourced talking points, search in Kazakh, Russian and English, lectures, delivery and handouts.&lt;br&gt;&lt;br&gt;{versions}&lt;br&gt;&lt;br&gt;Library: {library}</source>
        <translation>&lt;b&gt;lecturekit&lt;/b&gt; — рабочее место для просветительских лекций: тезисы с источниками, поиск на казахском, русском и английском, лекции, выступления и раздаточные материалы.&lt;br&gt;&lt;br&gt;{versions}&lt;br&gt;&lt;br&gt;Библиотека: {library}</translation>
    </message>
</context>
<context>
    <name>IndexStatusLabel</name>
    <message>
        <source>Search index status</source>
        <translation>Состояние поискового индекса</translation>
    </message>
    <message>
        <source>⚠ Temporary search index</source>
        <translation>⚠ Временный поисковый индекс</translation>
    </message>
    <message>
        <source>The search index&apos;s cache folder cannot be used ({problem}). Search works from a temporary index, built again each time the library is opened. Fix or remove that folder to make search start faster.</source>
        <translation>Папку кэша поискового индекса использовать нельзя ({problem}). Поиск работает по временному индексу, который строится заново при каждом открытии библиотеки. Исправьте или удалите эту папку, чтобы поиск запускался быстрее.</translation>
    </message>
</context>
<context>
    <name>LawFlagDialog</name>
    <message>
        <source>Flag points citing an amended law</source>
        <translation>Пометить тезисы со ссылкой на изменённый закон</translation>
    </message>
    <message numerus="yes">
        <source>%n law points cite “%1”. Tick those the amendment affects: they will be marked outdated and listed for review.</source>
        <translation>
            <numerusform>%n тезис типа «Закон» ссылается на «%1». Отметьте те, которых касается поправка: они будут помечены как устаревшие и попадут в список на проверку.</numerusform>
            <numerusform>%n тезиса типа «Закон» ссылаются на «%1». Отметьте те, которых касается поправка: они будут помечены как устаревшие и попадут в список на проверку.</numerusform>
            <numerusform>%n тезисов типа «Закон» ссылаются на «%1». Отметьте те, которых касается поправка: они будут помечены как устаревшие и попадут в список на проверку.</numerusform>
        </translation>
    </message>
    <message>
        <source>Law points citing the law</source>
        <translation>Тезисы типа «Закон» со ссылкой на этот закон</translation>
    </message>
    <message>
        <source>Hover a point to see its sources</source>
        <translation>Наведите указатель на тезис, чтобы увидеть его источники</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>Отметить все</translation>
    </message>
    <message>
        <source>Tick none</source>
        <translation>Снять все отметки</translation>
    </message>
    <message>
        <source>Tick every point in the list</source>
        <translation>Отметить все тезисы в списке</translation>
    </message>
    <message>
        <source>Untick every point in the list</source>
        <translation>Снять отметки со всех тезисов в списке</translation>
    </message>
    <message>
        <source>Mark outdated</source>
        <translation>Пометить как устаревшие</translation>
    </message>
    <message>
        <source>Mark the ticked points outdated and save them</source>
        <translation>Пометить отмеченные тезисы как устаревшие и сохранить их</translation>
    </message>
</context>
<context>
    <name>LectureComposer</name>
    <message>
        <source>Composer messages</source>
        <translation>Сообщения редактора лекции</translation>
    </message>
    <message>
        <source>Choose a lecture or create a new one.</source>
        <translation>Выберите лекцию или создайте новую.</translation>
    </message>
    <message>
        <source>No lecture open</source>
        <translation>Лекция не открыта</translation>
    </message>
    <message>
        <source>&amp;Save lecture</source>
        <translation>&amp;Сохранить лекцию</translation>
    </message>
    <message>
        <source>Write the lecture to its file</source>
        <translation>Записать лекцию в её файл</translation>
    </message>
    <message>
        <source>Undo the last change to the lecture</source>
        <translation>Отменить последнее изменение лекции</translation>
    </message>
    <message>
        <source>Redo the change just undone</source>
        <translation>Повторить только что отменённое изменение</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Write the lecture to its file ({key})</source>
        <translation>Записать лекцию в её файл ({key})</translation>
    </message>
    <message>
        <source>Save lecture</source>
        <translation>Сохранить лекцию</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Отменить &amp;изменения</translation>
    </message>
    <message>
        <source>Throw away the changes not yet saved</source>
        <translation>Отбросить несохранённые изменения</translation>
    </message>
    <message>
        <source>Revert lecture</source>
        <translation>Отменить изменения лекции</translation>
    </message>
    <message>
        <source>Questions and delivery log</source>
        <translation>Вопросы и журнал выступлений</translation>
    </message>
    <message>
        <source>Anticipated &amp;questions</source>
        <translation>Ожидаемые &amp;вопросы</translation>
    </message>
    <message>
        <source>&amp;Delivery log</source>
        <translation>&amp;Журнал выступлений</translation>
    </message>
    <message>
        <source>A lecture needs a title.</source>
        <translation>У лекции должно быть название.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>Reloaded “{title}”: the lecture was changed outside lecturekit</source>
        <translation>«{title}» перечитана: лекция была изменена вне lecturekit</translation>
    </message>
    <message>
        <source>Reloaded: the lecture was changed outside lecturekit.</source>
        <translation>Перечитано: лекция была изменена вне lecturekit.</translation>
    </message>
    <message>
        <source>Not added, the library has no such point: {ids}</source>
        <translation>Не добавлено: в библиотеке нет таких тезисов: {ids}</translation>
    </message>
    <message>
        <source>Edit {field}</source>
        <translation>изменение поля «{field}»</translation>
    </message>
</context>
<context>
    <name>LectureFields</name>
    <message>
        <source>Lecture title</source>
        <translation>Название лекции</translation>
    </message>
    <message>
        <source>The title listeners see on handouts</source>
        <translation>Название, которое слушатели видят в раздаточных материалах</translation>
    </message>
    <message>
        <source>Kazakh (kk)</source>
        <translation>Казахский (kk)</translation>
    </message>
    <message>
        <source>Russian (ru)</source>
        <translation>Русский (ru)</translation>
    </message>
    <message>
        <source>English (en)</source>
        <translation>Английский (en)</translation>
    </message>
    <message>
        <source>Lecture language</source>
        <translation>Язык лекции</translation>
    </message>
    <message>
        <source>The language the lecture is given in</source>
        <translation>Язык, на котором читается лекция</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Онлайн</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Очно</translation>
    </message>
    <message>
        <source>Lecture format</source>
        <translation>Формат лекции</translation>
    </message>
    <message>
        <source>An online broadcast or a talk in person</source>
        <translation>Онлайн-трансляция или очное выступление</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>без регламента</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Target minutes</source>
        <translation>Регламент в минутах</translation>
    </message>
    <message>
        <source>How long the lecture should take</source>
        <translation>Сколько времени должна занять лекция</translation>
    </message>
    <message>
        <source>Lecture audience</source>
        <translation>Аудитория лекции</translation>
    </message>
    <message>
        <source>Who the lecture is for, separated by commas</source>
        <translation>Для кого лекция, через запятую</translation>
    </message>
    <message>
        <source>e.g. youth, parents</source>
        <translation>например: молодёжь, родители</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <source>Tar&amp;get:</source>
        <translation>&amp;Регламент:</translation>
    </message>
    <message>
        <source>A&amp;udience:</source>
        <translation>&amp;Аудитория:</translation>
    </message>
</context>
<context>
    <name>LecturePane</name>
    <message>
        <source>Current lecture</source>
        <translation>Текущая лекция</translation>
    </message>
    <message>
        <source>The lecture being composed</source>
        <translation>Лекция, над которой вы работаете</translation>
    </message>
    <message>
        <source>New lecture</source>
        <translation>Новая лекция</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Заголовок:</translation>
    </message>
    <message>
        <source>Choose or create a lecture first.</source>
        <translation>Сначала выберите или создайте лекцию.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Выступление</translation>
    </message>
    <message>
        <source>The delivery was added to the lecture&apos;s log</source>
        <translation>Выступление добавлено в журнал лекции</translation>
    </message>
</context>
<context>
    <name>LibrarySession</name>
    <message>
        <source>Reading the library…</source>
        <translation>Чтение библиотеки…</translation>
    </message>
    <message>
        <source>Reading the library</source>
        <translation>Чтение библиотеки</translation>
    </message>
    <message>
        <source>Updating the search index</source>
        <translation>Обновление поискового индекса</translation>
    </message>
    <message>
        <source>Rebuilding the search index</source>
        <translation>Перестройка поискового индекса</translation>
    </message>
    <message numerus="yes">
        <source>%n talking point(s)</source>
        <translation>
            <numerusform>%n тезис</numerusform>
            <numerusform>%n тезиса</numerusform>
            <numerusform>%n тезисов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) changed outside lecturekit were read</source>
        <translation>
            <numerusform>Прочитан %n файл, изменённый вне lecturekit</numerusform>
            <numerusform>Прочитано %n файла, изменённых вне lecturekit</numerusform>
            <numerusform>Прочитано %n файлов, изменённых вне lecturekit</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibrarySync</name>
    <message>
        <source>S&amp;ync library</source>
        <translation>Син&amp;хронизировать библиотеку</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Синхронизировать</translation>
    </message>
    <message>
        <source>Send your edits to the shared library and bring in your colleagues&apos;</source>
        <translation>Отправить ваши правки в общую библиотеку и получить правки коллег</translation>
    </message>
    <message>
        <source>S&amp;hare library…</source>
        <translation>Сделать библиотеку о&amp;бщей…</translation>
    </message>
    <message>
        <source>Publish this library to a shared repository for the team</source>
        <translation>Опубликовать эту библиотеку в общем репозитории для команды</translation>
    </message>
    <message>
        <source>&amp;Copy a shared library…</source>
        <translation>&amp;Копировать общую библиотеку…</translation>
    </message>
    <message>
        <source>Get the team&apos;s shared library onto this computer and open it</source>
        <translation>Получить общую библиотеку команды на этот компьютер и открыть её</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Состояние синхронизации</translation>
    </message>
    <message>
        <source>Syncing with the shared library…</source>
        <translation>Синхронизация с общей библиотекой…</translation>
    </message>
    <message>
        <source>Copying the shared library</source>
        <translation>Копирование общей библиотеки</translation>
    </message>
    <message>
        <source>Syncing the library</source>
        <translation>Синхронизация библиотеки</translation>
    </message>
    <message>
        <source>Not synced</source>
        <translation>Не синхронизировано</translation>
    </message>
    <message>
        <source>Sync failed: {reason}</source>
        <translation>Синхронизация не удалась: {reason}</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Синхронизировано</translation>
    </message>
    <message numerus="yes">
        <source>files brought in: %n</source>
        <translation>
            <numerusform>получено файлов: %n</numerusform>
            <numerusform>получено файлов: %n</numerusform>
            <numerusform>получено файлов: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>conflict copies left: %n</source>
        <translation>
            <numerusform>осталось конфликтных копий: %n</numerusform>
            <numerusform>осталось конфликтных копий: %n</numerusform>
            <numerusform>осталось конфликтных копий: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Shared &amp;repository…</source>
        <translation>Общий &amp;репозиторий…</translation>
    </message>
    <message numerus="yes">
        <source> · conflict copies: %n</source>
        <translation>
            <numerusform> · конфликтных копий: %n</numerusform>
            <numerusform> · конфликтных копий: %n</numerusform>
            <numerusform> · конфликтных копий: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>your edits sent</source>
        <translation>ваши правки отправлены</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Синхронизация…</translation>
    </message>
    <message>
        <source>Synced at {time}</source>
        <translation>Синхронизировано в {time}</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Ещё не синхронизировано</translation>
    </message>
    <message>
        <source>Shared repository: {remote}</source>
        <translation>Общий репозиторий: {remote}</translation>
    </message>
</context>
<context>
    <name>LookupQuestionLog</name>
    <message>
        <source>Log the question</source>
        <translation>Записать вопрос</translation>
    </message>
    <message>
        <source>Log the question typed, with the answer shown if there is one (Ctrl+Enter)</source>
        <translation>Записать набранный вопрос вместе с показанным ответом, если он есть (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Copy answer</source>
        <translation>Копировать ответ</translation>
    </message>
    <message>
        <source>Copy the answer as plain text with its sources, for a comment or a message (Ctrl+Shift+C)</source>
        <translation>Скопировать ответ простым текстом с источниками — для комментария или сообщения (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Unanswered questions</source>
        <translation>Вопросы без ответа</translation>
    </message>
    <message>
        <source>Show the recent questions still unanswered, or the recent answers again (Ctrl+U)</source>
        <translation>Показать недавние вопросы, оставшиеся без ответа, или снова недавние ответы (Ctrl+U)</translation>
    </message>
    <message>
        <source>Type the question first, then Ctrl+Enter logs it.</source>
        <translation>Сначала наберите вопрос, затем Ctrl+Enter запишет его.</translation>
    </message>
    <message>
        <source>Still no answer for this question.</source>
        <translation>На этот вопрос по-прежнему нет ответа.</translation>
    </message>
    <message>
        <source>The question could not be logged: {reason}</source>
        <translation>Не удалось записать вопрос: {reason}</translation>
    </message>
    <message>
        <source>Logged, answered with “{title}”.</source>
        <translation>Записано, ответ: «{title}».</translation>
    </message>
    <message>
        <source>Logged, no answer yet.</source>
        <translation>Записано, ответа пока нет.</translation>
    </message>
    <message>
        <source>Show an answer first, then Ctrl+Shift+C copies it.</source>
        <translation>Сначала откройте ответ, затем Ctrl+Shift+C скопирует его.</translation>
    </message>
    <message numerus="yes">
        <source>Answer copied: %n character(s).</source>
        <translation>
            <numerusform>Ответ скопирован: %n знак.</numerusform>
            <numerusform>Ответ скопирован: %n знака.</numerusform>
            <numerusform>Ответ скопирован: %n знаков.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unanswered questions (Ctrl+U: recent answers)</source>
        <translation>Вопросы без ответа (Ctrl+U — недавние ответы)</translation>
    </message>
    <message>
        <source>Recent answers</source>
        <translation>Недавние ответы</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Library</source>
        <translation>Библиотека</translation>
    </message>
    <message>
        <source>Lecture</source>
        <translation>Лекция</translation>
    </message>
    <message>
        <source>Review reminders</source>
        <translation>Напоминания о проверке</translation>
    </message>
    <message>
        <source>&amp;New talking point…</source>
        <translation>&amp;Новый тезис…</translation>
    </message>
    <message>
        <source>Write a new talking point</source>
        <translation>Написать новый тезис</translation>
    </message>
    <message>
        <source>New &amp;lecture…</source>
        <translation>Новая &amp;лекция…</translation>
    </message>
    <message>
        <source>Start a new lecture</source>
        <translation>Начать новую лекцию</translation>
    </message>
    <message>
        <source>&amp;Open library…</source>
        <translation>&amp;Открыть библиотеку…</translation>
    </message>
    <message>
        <source>Open another library folder</source>
        <translation>Открыть папку другой библиотеки</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Save the point and the lecture</source>
        <translation>Сохранить тезис и лекцию</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Export a handout or a speaker script</source>
        <translation>Экспортировать раздаточный материал или текст для лектора</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Preview and print the lecture&apos;s handout</source>
        <translation>Просмотреть и напечатать раздаточный материал лекции</translation>
    </message>
    <message>
        <source>&amp;Look up a question…  (Ctrl+Shift+Space)</source>
        <translation>Найти &amp;ответ на вопрос…  (Ctrl+Shift+Space)</translation>
    </message>
    <message>
        <source>Find the answer to a listener&apos;s question</source>
        <translation>Найти ответ на вопрос слушателя</translation>
    </message>
    <message>
        <source>&amp;Delivery log and report…</source>
        <translation>&amp;Журнал выступлений и отчёт…</translation>
    </message>
    <message>
        <source>Every delivery, and the report for a period</source>
        <translation>Все выступления и отчёт за период</translation>
    </message>
    <message>
        <source>&amp;Reload library</source>
        <translation>Пере&amp;читать библиотеку</translation>
    </message>
    <message>
        <source>Read every file again</source>
        <translation>Заново прочитать все файлы</translation>
    </message>
    <message>
        <source>Re&amp;build search index</source>
        <translation>Перестроить поисковый &amp;индекс</translation>
    </message>
    <message>
        <source>Build the search index anew from the files</source>
        <translation>Построить поисковый индекс заново по файлам</translation>
    </message>
    <message>
        <source>&amp;Present lecture</source>
        <translation>&amp;Начать выступление</translation>
    </message>
    <message>
        <source>Give the current lecture: presenter view with clock and notes</source>
        <translation>Прочитать текущую лекцию: режим докладчика с таймером и заметками</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>Close lecturekit</source>
        <translation>Закрыть lecturekit</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Н&amp;астройки…</translation>
    </message>
    <message>
        <source>The library&apos;s name, language, speaking rate and handout footer</source>
        <translation>Название и язык библиотеки, темп речи и нижний колонтитул раздаточных материалов</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Поиск по библиотеке</translation>
    </message>
    <message>
        <source>Re&amp;name talking point…</source>
        <translation>Пере&amp;именовать тезис…</translation>
    </message>
    <message>
        <source>Give the open talking point a new id; lectures that use it follow</source>
        <translation>Дать открытому тезису новый идентификатор; лекции, где он используется, обновятся</translation>
    </message>
    <message>
        <source>&amp;Delete talking point…</source>
        <translation>&amp;Удалить тезис…</translation>
    </message>
    <message>
        <source>Move the open talking point&apos;s file to the trash</source>
        <translation>Переместить файл открытого тезиса в корзину</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Undo the last edit</source>
        <translation>Отменить последнюю правку</translation>
    </message>
    <message>
        <source>Redo the edit undone last</source>
        <translation>Повторить последнюю отменённую правку</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Н&amp;едавние библиотеки</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Lecture</source>
        <translation>&amp;Лекция</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Основная</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Основная панель инструментов</translation>
    </message>
    <message>
        <source>Library not available</source>
        <translation>Библиотека недоступна</translation>
    </message>
    <message>
        <source>The library could not be read:
{reason}

If the folder was moved or its drive disconnected, open it again with File &gt; Open library.</source>
        <translation>Не удалось прочитать библиотеку:
{reason}

Если папку переместили или её диск отключён, откройте её снова через Файл &gt; Открыть библиотеку.</translation>
    </message>
    <message>
        <source>{name}[*] — lecturekit</source>
        <translation>{name}[*] — lecturekit</translation>
    </message>
    <message>
        <source>Open library folder</source>
        <translation>Открыть папку библиотеки</translation>
    </message>
    <message>
        <source>Not a library</source>
        <translation>Это не библиотека</translation>
    </message>
    <message>
        <source>{folder} has no “points” folder, so it is not a lecturekit library.</source>
        <translation>В папке {folder} нет папки «points», поэтому это не библиотека lecturekit.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
    <message>
        <source>Failed: {reason}</source>
        <translation>Ошибка: {reason}</translation>
    </message>
</context>
<context>
    <name>MarkdownPreview</name>
    <message>
        <source>Preview</source>
        <translation>Просмотр</translation>
    </message>
    <message>
        <source>How the text reads once formatted</source>
        <translation>Как будет выглядеть текст после форматирования</translation>
    </message>
    <message>
        <source>Link not opened</source>
        <translation>Ссылка не открыта</translation>
    </message>
    <message>
        <source>Only web and e-mail links can be opened:
{url}</source>
        <translation>Открыть можно только веб-ссылки и адреса электронной почты:
{url}</translation>
    </message>
    <message>
        <source>Open link?</source>
        <translation>Открыть ссылку?</translation>
    </message>
    <message>
        <source>Open this link outside lecturekit?
{url}</source>
        <translation>Открыть эту ссылку вне lecturekit?
{url}</translation>
    </message>
</context>
<context>
    <name>NewPointDialog</name>
    <message>
        <source>New talking point</source>
        <translation>Новый тезис</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>What the point says, in a few words</source>
        <translation>О чём тезис — в нескольких словах</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>A law point starts as a draft with a row for its source</source>
        <translation>Тезис о законе создаётся как черновик со строкой для источника</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Guessed from the title&apos;s letters until you choose</source>
        <translation>Определяется по буквам заголовка, пока вы не выберете сами</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Идентификатор</translation>
    </message>
    <message>
        <source>The file&apos;s name and how lectures refer to the point: a-z, 0-9 and hyphens</source>
        <translation>Имя файла и то, как лекции ссылаются на тезис: a-z, 0-9 и дефисы</translation>
    </message>
    <message>
        <source>What needs fixing</source>
        <translation>Что нужно исправить</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Заголовок:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;Identifier:</source>
        <translation>&amp;Идентификатор:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <source>It is saved as {file}, as a draft.</source>
        <translation>Он будет сохранён как черновик в {file}.</translation>
    </message>
    <message>
        <source>Give the point a title.</source>
        <translation>Дайте тезису заголовок.</translation>
    </message>
    <message>
        <source>Give the point an identifier.</source>
        <translation>Дайте тезису идентификатор.</translation>
    </message>
    <message>
        <source>The identifier is too long: at most 64 characters.</source>
        <translation>Идентификатор слишком длинный: не больше 64 символов.</translation>
    </message>
    <message>
        <source>The identifier may hold only a-z, 0-9 and hyphens, and neither start nor end with a hyphen.</source>
        <translation>Идентификатор может содержать только a-z, 0-9 и дефисы и не может начинаться или заканчиваться дефисом.</translation>
    </message>
    <message>
        <source>A point “{id}” exists already: choose another identifier.</source>
        <translation>Тезис «{id}» уже есть: выберите другой идентификатор.</translation>
    </message>
</context>
<context>
    <name>OutlineDragDrop</name>
    <message>
        <source>Move in outline</source>
        <translation>перемещение в плане</translation>
    </message>
    <message>
        <source>Add points</source>
        <translation>добавление тезисов</translation>
    </message>
    <message>
        <source>Section 1</source>
        <translation>Раздел 1</translation>
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
        <translation>{date}, онлайн для той же аудитории, {venue} («{lecture}»)</translation>
    </message>
    <message>
        <source>an unnamed venue</source>
        <translation>место не указано</translation>
    </message>
    <message>
        <source>Spoken for {clock} on {date} ({venue}); estimated {minutes} min</source>
        <translation>Сказано за {clock}, {date} ({venue}); по оценке {minutes} мин</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… и ещё {count}</translation>
    </message>
    <message>
        <source>Already told to these listeners:</source>
        <translation>Этим слушателям уже рассказывали:</translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message>
        <source>How long each point really took the last time the lecture was given</source>
        <translation>Сколько на самом деле занял каждый тезис, когда лекцию читали в последний раз</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Note for this lecture</source>
        <translation>Заметка к лекции</translation>
    </message>
    <message>
        <source>Spoken</source>
        <translation>Сказано</translation>
    </message>
    <message>
        <source>(untitled section)</source>
        <translation>(раздел без названия)</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} мин</translation>
    </message>
    <message>
        <source>Starts at {clock}</source>
        <translation>Начало в {clock}</translation>
    </message>
    <message>
        <source>Missing point: {id}</source>
        <translation>Нет тезиса: {id}</translation>
    </message>
    <message>
        <source>The library has no point {id}: remove it or restore the file</source>
        <translation>В библиотеке нет тезиса {id}: уберите его или восстановите файл</translation>
    </message>
    <message>
        <source>{title}
{id} · {kind} · {language}</source>
        <translation>{title}
{id} · {kind} · {language}</translation>
    </message>
    <message>
        <source>Note for this lecture: {note}</source>
        <translation>Заметка к лекции: {note}</translation>
    </message>
    <message>
        <source>Rename section</source>
        <translation>переименование раздела</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>изменение заметки</translation>
    </message>
</context>
<context>
    <name>OutlinePanel</name>
    <message>
        <source>Lecture outline</source>
        <translation>План лекции</translation>
    </message>
    <message>
        <source>Drag talking points here; drag to reorder; Delete removes</source>
        <translation>Перетащите сюда тезисы; перетаскивайте, чтобы изменить порядок; Delete убирает</translation>
    </message>
    <message>
        <source>Remove from outline</source>
        <translation>Убрать из плана</translation>
    </message>
    <message>
        <source>Remove the selected point or section from the lecture</source>
        <translation>Убрать выбранный тезис или раздел из лекции</translation>
    </message>
    <message>
        <source>Add &amp;section</source>
        <translation>Добавить раз&amp;дел</translation>
    </message>
    <message>
        <source>Add a section after the selected one</source>
        <translation>Добавить раздел после выбранного</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>Переи&amp;меновать</translation>
    </message>
    <message>
        <source>Rename the selected section (F2)</source>
        <translation>Переименовать выбранный раздел (F2)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Убрать</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Вв&amp;ерх</translation>
    </message>
    <message>
        <source>Move the selection up (Alt+Up)</source>
        <translation>Переместить выбранное вверх (Alt+Up)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Вни&amp;з</translation>
    </message>
    <message>
        <source>&amp;Open point</source>
        <translation>&amp;Открыть тезис</translation>
    </message>
    <message>
        <source>Open the selected point in the editor</source>
        <translation>Открыть выбранный тезис в редакторе</translation>
    </message>
    <message>
        <source>Move the selection down (Alt+Down)</source>
        <translation>Переместить выбранное вниз (Alt+Down)</translation>
    </message>
    <message>
        <source>Note for the selected point</source>
        <translation>Заметка к выбранному тезису</translation>
    </message>
    <message>
        <source>A note for this lecture on the selected point</source>
        <translation>Заметка к выбранному тезису для этой лекции</translation>
    </message>
    <message>
        <source>Shown in the speaker script next to the point</source>
        <translation>Показывается в тексте для лектора рядом с тезисом</translation>
    </message>
    <message>
        <source>Total time</source>
        <translation>Общее время</translation>
    </message>
    <message>
        <source>Points told before</source>
        <translation>Тезисы, рассказанные раньше</translation>
    </message>
    <message>
        <source>No points yet. Find them in the library and drag them here, or select them there and press Ctrl+Enter. “Add section” groups them.</source>
        <translation>Тезисов пока нет. Найдите их в библиотеке и перетащите сюда или выделите там и нажмите Ctrl+Enter. «Добавить раздел» группирует их.</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>Замет&amp;ка:</translation>
    </message>
    <message>
        <source>Section 1</source>
        <translation>Раздел 1</translation>
    </message>
    <message>
        <source>Add points</source>
        <translation>добавление тезисов</translation>
    </message>
    <message>
        <source>Remove section</source>
        <translation>удаление раздела</translation>
    </message>
    <message>
        <source>Remove point</source>
        <translation>удаление тезиса</translation>
    </message>
    <message>
        <source>Move section</source>
        <translation>перемещение раздела</translation>
    </message>
    <message>
        <source>Move point</source>
        <translation>перемещение тезиса</translation>
    </message>
    <message>
        <source>Total {total} min (no target)</source>
        <translation>Всего {total} мин (без регламента)</translation>
    </message>
    <message>
        <source>Total {total} min / target {target} min</source>
        <translation>Всего {total} мин / регламент {target} мин</translation>
    </message>
    <message>
        <source>({over} min over)</source>
        <translation>(превышение на {over} мин)</translation>
    </message>
    <message>
        <source>spoken {clock} on {date}</source>
        <translation>сказано за {clock}, {date}</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) already told to these listeners; latest: {when}</source>
        <translation>
            <numerusform>%n тезис уже звучал для этих слушателей; последний раз: {when}</numerusform>
            <numerusform>%n тезиса уже звучали для этих слушателей; последний раз: {when}</numerusform>
            <numerusform>%n тезисов уже звучали для этих слушателей; последний раз: {when}</numerusform>
        </translation>
    </message>
    <message>
        <source>Points with this mark were given before to these listeners: at the same venue, or online to the same audience</source>
        <translation>Тезисы с этой пометкой уже звучали для этих слушателей: на том же месте или онлайн для той же аудитории</translation>
    </message>
    <message>
        <source>Answering every anticipated question would take about {minutes} min more</source>
        <translation>Ответы на все ожидаемые вопросы займут ещё около {minutes} мин</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>изменение заметки</translation>
    </message>
    <message>
        <source>Section {number}</source>
        <translation>Раздел {number}</translation>
    </message>
    <message>
        <source>Add section</source>
        <translation>добавление раздела</translation>
    </message>
</context>
<context>
    <name>PointCommands</name>
    <message>
        <source>Rename {old} to {new}</source>
        <translation>Переименовать {old} в {new}</translation>
    </message>
    <message>
        <source>Delete {id}</source>
        <translation>Удалить {id}</translation>
    </message>
    <message>
        <source>Rename talking point</source>
        <translation>Переименование тезиса</translation>
    </message>
    <message>
        <source>New id for “{id}” (a-z, 0-9 and hyphens, up to {n} characters). Lectures that use it are updated.</source>
        <translation>Новый идентификатор для «{id}» (a-z, 0-9 и дефисы, не более {n} символов). Лекции, где он используется, будут обновлены.</translation>
    </message>
    <message>
        <source>“{id}” is not a valid id: use a-z, 0-9 and hyphens, and no hyphen at either end.</source>
        <translation>«{id}» — недопустимый идентификатор: используйте a-z, 0-9 и дефисы, без дефиса в начале и в конце.</translation>
    </message>
    <message>
        <source>“{id}” is already used by another point.</source>
        <translation>«{id}» уже занят другим тезисом.</translation>
    </message>
    <message>
        <source>Delete “{title}”? Its file goes to the trash, and Edit &gt; Undo brings it back.</source>
        <translation>Удалить «{title}»? Файл будет перемещён в корзину, а Правка &gt; Отменить вернёт его.</translation>
    </message>
    <message>
        <source>These lectures use it and will show it as missing:</source>
        <translation>Он используется в этих лекциях, и там он будет отмечен как отсутствующий:</translation>
    </message>
    <message>
        <source>…and {n} more</source>
        <translation>…и ещё {n}</translation>
    </message>
    <message>
        <source>Delete talking point</source>
        <translation>Удаление тезиса</translation>
    </message>
    <message>
        <source>New talking point</source>
        <translation>Новый тезис</translation>
    </message>
    <message>
        <source>Renamed {old} to {new}</source>
        <translation>{old} переименован в {new}</translation>
    </message>
    <message>
        <source>Moved to the trash: {id} (Edit &gt; Undo brings it back)</source>
        <translation>Перемещено в корзину: {id} (Правка &gt; Отменить вернёт его)</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Не выполнено</translation>
    </message>
</context>
<context>
    <name>PointEditor</name>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>What the audience hears and reads, in Markdown</source>
        <translation>То, что слушатели слышат и читают, в формате Markdown</translation>
    </message>
    <message>
        <source>Speaker notes</source>
        <translation>Заметки лектора</translation>
    </message>
    <message>
        <source>For the speaker only: left out of handouts</source>
        <translation>Только для лектора: не входят в раздаточные материалы</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>правка текста</translation>
    </message>
    <message>
        <source>Edit speaker notes</source>
        <translation>правка заметок лектора</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Объём</translation>
    </message>
    <message>
        <source>Spoken words of title and text, and the time they take at the library&apos;s words per minute</source>
        <translation>Число произносимых слов заголовка и текста и время на них при темпе речи, заданном в библиотеке</translation>
    </message>
    <message>
        <source>Draft state</source>
        <translation>Состояние черновика</translation>
    </message>
    <message>
        <source>Choose a talking point to edit it.</source>
        <translation>Выберите тезис, чтобы изменить его.</translation>
    </message>
    <message>
        <source>No talking point open</source>
        <translation>Тезис не открыт</translation>
    </message>
    <message>
        <source>&amp;Save point</source>
        <translation>&amp;Сохранить тезис</translation>
    </message>
    <message>
        <source>Write the point to its file</source>
        <translation>Записать тезис в его файл</translation>
    </message>
    <message>
        <source>Undo the last edit</source>
        <translation>Отменить последнюю правку</translation>
    </message>
    <message>
        <source>Redo the edit just undone</source>
        <translation>Повторить только что отменённую правку</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Write the point to its file ({key})</source>
        <translation>Записать тезис в его файл ({key})</translation>
    </message>
    <message>
        <source>Save point</source>
        <translation>Сохранить тезис</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Отменить &amp;изменения</translation>
    </message>
    <message>
        <source>Throw away the edits not yet saved</source>
        <translation>Отбросить несохранённые правки</translation>
    </message>
    <message>
        <source>Revert point</source>
        <translation>Отменить изменения тезиса</translation>
    </message>
    <message>
        <source>Point contents</source>
        <translation>Содержимое тезиса</translation>
    </message>
    <message>
        <source>Te&amp;xt and preview</source>
        <translation>Те&amp;кст и просмотр</translation>
    </message>
    <message>
        <source>Speaker &amp;notes</source>
        <translation>Заметки &amp;лектора</translation>
    </message>
    <message>
        <source>Sour&amp;ces</source>
        <translation>Ист&amp;очники</translation>
    </message>
    <message>
        <source>A talking point needs a title.</source>
        <translation>У тезиса должен быть заголовок.</translation>
    </message>
    <message>
        <source>Source {row} has no title: give it one or remove the row.</source>
        <translation>У источника {row} нет названия: укажите его или удалите строку.</translation>
    </message>
    <message>
        <source>{id} · {file}</source>
        <translation>{id} · {file}</translation>
    </message>
    <message>
        <source>the unsaved draft</source>
        <translation>несохранённый черновик</translation>
    </message>
    <message>
        <source>“{title}” was deleted outside lecturekit</source>
        <translation>«{title}» удалён вне lecturekit</translation>
    </message>
    <message>
        <source>“{title}” was changed outside lecturekit and was reloaded</source>
        <translation>«{title}» изменён вне lecturekit и перечитан</translation>
    </message>
    <message>
        <source>{words} words · {minutes} min (set in the file)</source>
        <translation>Слов: {words} · {minutes} мин (задано в файле)</translation>
    </message>
    <message>
        <source>{words} words · about {minutes} min</source>
        <translation>Слов: {words} · около {minutes} мин</translation>
    </message>
    <message>
        <source>Draft not kept: {reason}</source>
        <translation>Черновик не сохранён: {reason}</translation>
    </message>
    <message>
        <source>Draft kept</source>
        <translation>Черновик сохранён</translation>
    </message>
    <message>
        <source>Edit {field}</source>
        <translation>изменение поля «{field}»</translation>
    </message>
</context>
<context>
    <name>PointForm</name>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>The heading the audience sees</source>
        <translation>Заголовок, который видят слушатели</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>What sort of talking point this is</source>
        <translation>К какому типу относится тезис</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>The language of the text</source>
        <translation>Язык текста</translation>
    </message>
    <message>
        <source>Kazakh (kk)</source>
        <translation>Казахский (kk)</translation>
    </message>
    <message>
        <source>Russian (ru)</source>
        <translation>Русский (ru)</translation>
    </message>
    <message>
        <source>English (en)</source>
        <translation>Английский (en)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Whether the text was checked</source>
        <translation>Проверен ли текст</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Проверен</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Words to find the point by, separated by commas</source>
        <translation>Слова для поиска тезиса, через запятую</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Аудитория</translation>
    </message>
    <message>
        <source>Who the point is for, e.g. youth, parents</source>
        <translation>Для кого тезис, например: молодёжь, родители</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>The same word on translations of one point links them</source>
        <translation>Одно и то же слово у переводов одного тезиса связывает их</translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation>Дата проверки</translation>
    </message>
    <message>
        <source>Untick when the text has not been reviewed</source>
        <translation>Снимите флажок, если текст не проверялся</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Дата проверки</translation>
    </message>
    <message>
        <source>When the text and its sources were last checked</source>
        <translation>Когда текст и его источники проверялись в последний раз</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>Where the claims come from; double-click a cell to edit</source>
        <translation>Откуда взяты утверждения; дважды щёлкните ячейку, чтобы изменить её</translation>
    </message>
    <message>
        <source>&amp;Add source</source>
        <translation>&amp;Добавить источник</translation>
    </message>
    <message>
        <source>Add a row for a source</source>
        <translation>Добавить строку для источника</translation>
    </message>
    <message>
        <source>&amp;Remove source</source>
        <translation>&amp;Удалить источник</translation>
    </message>
    <message>
        <source>Remove the selected source rows</source>
        <translation>Удалить выбранные строки источников</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Заголовок:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>Стат&amp;ус:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Те&amp;ги:</translation>
    </message>
    <message>
        <source>A&amp;udience:</source>
        <translation>&amp;Аудитория:</translation>
    </message>
    <message>
        <source>G&amp;roup:</source>
        <translation>Груп&amp;па:</translation>
    </message>
</context>
<context>
    <name>PointHistory</name>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Аудитория</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Дата проверки</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Минуты</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Speaker notes</source>
        <translation>Заметки лектора</translation>
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
        <translation>Про&amp;шлые версии тезиса…</translation>
    </message>
    <message>
        <source>History of this point</source>
        <translation>Прошлые версии тезиса</translation>
    </message>
    <message>
        <source>Who changed this point when, and what; bring back an earlier version</source>
        <translation>Кто, когда и что менял в тезисе; можно вернуть прежнюю версию</translation>
    </message>
    <message>
        <source>Available once the library is shared through git</source>
        <translation>Доступно, когда библиотека открыта для совместной работы через git</translation>
    </message>
</context>
<context>
    <name>PointHistoryWindow</name>
    <message>
        <source>Versions</source>
        <translation>Версии</translation>
    </message>
    <message>
        <source>The point&apos;s versions, newest first: choose one to compare it</source>
        <translation>Версии тезиса, новые сверху: выберите одну, чтобы сравнить её</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Сравнение</translation>
    </message>
    <message>
        <source>The chosen version beside the point as saved now; fields that differ are highlighted</source>
        <translation>Выбранная версия рядом с тезисом в сохранённом виде; различающиеся поля выделены</translation>
    </message>
    <message>
        <source>History state</source>
        <translation>Состояние истории</translation>
    </message>
    <message>
        <source>&amp;Restore this version</source>
        <translation>&amp;Восстановить эту версию</translation>
    </message>
    <message>
        <source>Put this version&apos;s values in the editor as unsaved edits; nothing is written until you save</source>
        <translation>Перенести значения этой версии в редактор как несохранённые правки; ничего не записывается, пока вы не сохраните</translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation>Восстановить эту версию</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>Close the history</source>
        <translation>Закрыть историю</translation>
    </message>
    <message>
        <source>Close history</source>
        <translation>Закрыть историю</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Чтение истории…</translation>
    </message>
    <message>
        <source>Reading a point&apos;s history</source>
        <translation>Чтение истории тезиса</translation>
    </message>
    <message>
        <source>History of “{title}”</source>
        <translation>История «{title}»</translation>
    </message>
    <message>
        <source>Versions of “{title}” ({id}) in the library&apos;s shared history, newest first.</source>
        <translation>Версии «{title}» ({id}) в общей истории библиотеки, новые сверху.</translation>
    </message>
    <message>
        <source>Version {commit}</source>
        <translation>Версия {commit}</translation>
    </message>
    <message>
        <source>This version deleted the point or does not read: there is nothing to restore.</source>
        <translation>Эта версия удалила тезис или не читается: восстанавливать нечего.</translation>
    </message>
    <message>
        <source>Fields that differ from the point as saved now: {count}</source>
        <translation>Полей, отличающихся от сохранённого тезиса: {count}</translation>
    </message>
    <message>
        <source>This point has no version in the history yet: it appears once the library is synced.</source>
        <translation>У этого тезиса ещё нет версий в истории: они появятся после синхронизации библиотеки.</translation>
    </message>
    <message>
        <source>The history could not be read: {reason}</source>
        <translation>Не удалось прочитать историю: {reason}</translation>
    </message>
    <message>
        <source>The editor holds edits not yet saved. Replace them with this version?</source>
        <translation>В редакторе есть несохранённые правки. Заменить их этой версией?</translation>
    </message>
    <message>
        <source>Version {commit} is in the editor as unsaved edits: check it and save.</source>
        <translation>Версия {commit} перенесена в редактор как несохранённые правки: проверьте и сохраните.</translation>
    </message>
</context>
<context>
    <name>PointSpelling</name>
    <message>
        <source>No suggestions</source>
        <translation>Нет вариантов</translation>
    </message>
    <message>
        <source>Add «{word}» to the library&apos;s word list</source>
        <translation>Добавить «{word}» в словарь библиотеки</translation>
    </message>
    <message>
        <source>Accept this word in every point; the list is shared with the library</source>
        <translation>Считать это слово верным во всех тезисах; словарь общий для всей библиотеки</translation>
    </message>
    <message>
        <source>Word list</source>
        <translation>Словарь библиотеки</translation>
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
        <translation>Дата</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Fields changed</source>
        <translation>Изменённые поля</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(удалён)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Library name</source>
        <translation>Название библиотеки</translation>
    </message>
    <message>
        <source>Shown in the window title</source>
        <translation>Показывается в заголовке окна</translation>
    </message>
    <message>
        <source>Default language</source>
        <translation>Язык по умолчанию</translation>
    </message>
    <message>
        <source>The language of new points and lectures</source>
        <translation>Язык новых тезисов и лекций</translation>
    </message>
    <message>
        <source>Handout footer</source>
        <translation>Нижний колонтитул раздаточных материалов</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>Default &amp;language:</source>
        <translation>&amp;Язык по умолчанию:</translation>
    </message>
    <message>
        <source>Speaking rate in {language}</source>
        <translation>Темп речи: {language}</translation>
    </message>
    <message>
        <source>Words per minute in {language}: used to estimate how long each point in it takes to say</source>
        <translation>Слов в минуту, язык: {language}; по нему оценивается, сколько времени займёт каждый тезис на этом языке</translation>
    </message>
    <message>
        <source>words per minute</source>
        <translation>слов в минуту</translation>
    </message>
    <message>
        <source>Your measured pace</source>
        <translation>Ваш измеренный темп</translation>
    </message>
    <message>
        <source>&amp;Use my pace</source>
        <translation>Взять &amp;мой темп</translation>
    </message>
    <message>
        <source>Put the rates measured from your timed deliveries in the fields above</source>
        <translation>Подставить в поля выше темп, измеренный по вашим выступлениям с хронометражем</translation>
    </message>
    <message>
        <source>Use my pace</source>
        <translation>Взять мой темп</translation>
    </message>
    <message>
        <source>Every language</source>
        <translation>Все языки</translation>
    </message>
    <message>
        <source>Footer language</source>
        <translation>Язык колонтитула</translation>
    </message>
    <message>
        <source>Edit the footer of every handout, or of those in one language</source>
        <translation>Изменить колонтитул всех раздаточных материалов или только материалов на одном языке</translation>
    </message>
    <message>
        <source>Printed at the bottom of every handout, e.g. where listeners can ask for help</source>
        <translation>Печатается внизу каждого раздаточного материала, например, куда слушатели могут обратиться за помощью</translation>
    </message>
    <message>
        <source>&amp;Speaking rates:</source>
        <translation>&amp;Темп речи:</translation>
    </message>
    <message>
        <source>Handout &amp;footer:</source>
        <translation>&amp;Нижний колонтитул:</translation>
    </message>
    <message>
        <source>This library (shared with everyone who uses the folder)</source>
        <translation>Эта библиотека (общая для всех, кто пользуется этой папкой)</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <source>The language of menus and dialogs on this computer</source>
        <translation>Язык меню и диалогов на этом компьютере</translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation>Как в системе ({language})</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <source>Who your edits are by in the shared library&apos;s history</source>
        <translation>Под каким именем ваши правки видны в истории общей библиотеки</translation>
    </message>
    <message>
        <source>Your email</source>
        <translation>Ваша электронная почта</translation>
    </message>
    <message>
        <source>Shown with your name in the shared library&apos;s history</source>
        <translation>Показывается рядом с вашим именем в истории общей библиотеки</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светлые</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тёмные</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Цвета</translation>
    </message>
    <message>
        <source>Light or dark colours on this computer, or as the system has them</source>
        <translation>Светлые или тёмные цвета на этом компьютере либо как в системе</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>Язык &amp;интерфейса:</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Цвета:</translation>
    </message>
    <message>
        <source>&amp;Your name (shared history):</source>
        <translation>&amp;Ваше имя (для общей истории):</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>Эл. п&amp;очта:</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Этот компьютер</translation>
    </message>
    <message>
        <source>Saved in {file}</source>
        <translation>Хранится в файле {file}</translation>
    </message>
    <message>
        <source>Your own pace is measured once the presenter view has timed a few minutes of your talks in a language.</source>
        <translation>Ваш собственный темп появится, когда режим докладчика засечёт несколько минут ваших выступлений на каком-либо языке.</translation>
    </message>
    <message>
        <source>Your pace in your timed deliveries: {rates}.</source>
        <translation>Ваш темп по выступлениям с хронометражем: {rates}.</translation>
    </message>
    <message>
        <source>{language} {rate} words per minute ({points} points, {minutes} min)</source>
        <translation>{language}: {rate} слов в минуту (тезисов: {points}, минут: {minutes})</translation>
    </message>
    <message>
        <source>Settings changed on disk</source>
        <translation>Настройки изменены на диске</translation>
    </message>
    <message>
        <source>library.yaml was changed by someone else meanwhile, in the same fields as yours ({fields}). Keep your values for them? The other changes in the file are kept either way.</source>
        <translation>Тем временем кто-то другой изменил library.yaml в тех же полях, что и вы ({fields}). Оставить ваши значения? Остальные изменения в файле сохранятся в любом случае.</translation>
    </message>
    <message>
        <source>The settings could not be saved:
{error}</source>
        <translation>Не удалось сохранить настройки:
{error}</translation>
    </message>
</context>
<context>
    <name>PreflightDialog</name>
    <message>
        <source>Before you present</source>
        <translation>Перед выступлением</translation>
    </message>
    <message>
        <source>Before you print</source>
        <translation>Перед печатью</translation>
    </message>
    <message>
        <source>Before you hand this out</source>
        <translation>Перед раздачей</translation>
    </message>
    <message numerus="yes">
        <source>The check found %n thing(s) to know about the points of “{title}”.</source>
        <translation>
            <numerusform>Проверка нашла %n замечание к тезисам лекции «{title}».</numerusform>
            <numerusform>Проверка нашла %n замечания к тезисам лекции «{title}».</numerusform>
            <numerusform>Проверка нашла %n замечаний к тезисам лекции «{title}».</numerusform>
        </translation>
    </message>
    <message>
        <source>Listeners would take a draft for checked text.</source>
        <translation>Слушатели примут черновик за проверенный текст.</translation>
    </message>
    <message>
        <source>Double-click an entry to open its point.</source>
        <translation>Дважды щёлкните строку, чтобы открыть тезис.</translation>
    </message>
    <message>
        <source>Pre-flight check</source>
        <translation>Предварительная проверка</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the point</source>
        <translation>Дважды щёлкните или нажмите Enter, чтобы открыть тезис</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t show again for this lecture until something changes</source>
        <translation>&amp;Больше не показывать для этой лекции, пока что-то не изменится</translation>
    </message>
    <message>
        <source>The check is shown again as soon as it finds something else</source>
        <translation>Проверка появится снова, как только найдёт что-то другое</translation>
    </message>
    <message>
        <source>Don&apos;t show the check again for this lecture</source>
        <translation>Не показывать проверку снова для этой лекции</translation>
    </message>
    <message>
        <source>&amp;Present anyway</source>
        <translation>&amp;Всё равно выступить</translation>
    </message>
    <message>
        <source>&amp;Print anyway</source>
        <translation>&amp;Всё равно напечатать</translation>
    </message>
    <message>
        <source>&amp;Go on</source>
        <translation>&amp;Продолжить</translation>
    </message>
    <message>
        <source>Go on without changing anything</source>
        <translation>Продолжить, ничего не меняя</translation>
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
        <translation>Что нужно знать</translation>
    </message>
</context>
<context>
    <name>PreflightText</name>
    <message>
        <source>Kazakh</source>
        <translation>казахском</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>русском</translation>
    </message>
    <message>
        <source>English</source>
        <translation>английском</translation>
    </message>
    <message>
        <source>A draft: not yet reviewed for use.</source>
        <translation>Черновик: ещё не проверен для использования.</translation>
    </message>
    <message>
        <source>Marked outdated: the law or facts it states have changed.</source>
        <translation>Помечен как устаревший: закон или факты в нём изменились.</translation>
    </message>
    <message>
        <source>Not in the library: the lecture names a point that does not exist.</source>
        <translation>Нет в библиотеке: лекция ссылается на несуществующий тезис.</translation>
    </message>
    <message>
        <source>A law point without a source.</source>
        <translation>Тезис о законе без источника.</translation>
    </message>
    <message>
        <source>Last reviewed {reviewed}, more than {months} months ago.</source>
        <translation>Последняя проверка {reviewed}, больше {months} мес. назад.</translation>
    </message>
    <message>
        <source>A law point that was never reviewed.</source>
        <translation>Тезис о законе, который ни разу не проверяли.</translation>
    </message>
    <message>
        <source>In {language}; the library has no {wanted} version.</source>
        <translation>На {language} языке; версии на {wanted} языке в библиотеке нет.</translation>
    </message>
    <message>
        <source>In {language}; its {wanted} version is {version}.</source>
        <translation>На {language} языке; его версия на {wanted} языке — {version}.</translation>
    </message>
    <message>
        <source>Its {wanted} version was reviewed {reviewed}, before the {other} version ({other_reviewed}): the translation may lag behind.</source>
        <translation>Версию на {wanted} языке проверяли {reviewed}, раньше версии на {other} языке ({other_reviewed}): перевод может отставать.</translation>
    </message>
</context>
<context>
    <name>PresenterPanel</name>
    <message>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <source>Position in the talk</source>
        <translation>Место в выступлении</translation>
    </message>
    <message>
        <source>Current point</source>
        <translation>Текущий тезис</translation>
    </message>
    <message>
        <source>Audience text</source>
        <translation>Текст для слушателей</translation>
    </message>
    <message>
        <source>What to tell the audience</source>
        <translation>Что сказать слушателям</translation>
    </message>
    <message>
        <source>Speaker notes heading</source>
        <translation>Заголовок заметок лектора</translation>
    </message>
    <message>
        <source>Speaker notes</source>
        <translation>Заметки лектора</translation>
    </message>
    <message>
        <source>For you only: never shown to the audience</source>
        <translation>Только для вас: слушатели их не видят</translation>
    </message>
    <message>
        <source>Next point</source>
        <translation>Следующий тезис</translation>
    </message>
    <message>
        <source>Elapsed time</source>
        <translation>Прошедшее время</translation>
    </message>
    <message>
        <source>Remaining time</source>
        <translation>Оставшееся время</translation>
    </message>
    <message>
        <source>Time on this point</source>
        <translation>Время на этот тезис</translation>
    </message>
    <message>
        <source>Clock state</source>
        <translation>Состояние таймера</translation>
    </message>
    <message>
        <source>Audience screen state</source>
        <translation>Состояние экрана для слушателей</translation>
    </message>
    <message>
        <source>Time used</source>
        <translation>Использованное время</translation>
    </message>
    <message>
        <source>Time per section</source>
        <translation>Время по разделам</translation>
    </message>
    <message>
        <source>Time spent in each part of the talk against its plan</source>
        <translation>Время, потраченное на каждую часть выступления, в сравнении с планом</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Вопросы</translation>
    </message>
    <message>
        <source>Section {number} of {count}: {heading}</source>
        <translation>Раздел {number} из {count}: {heading}</translation>
    </message>
    <message>
        <source>{number} / {count}</source>
        <translation>{number} / {count}</translation>
    </message>
    <message>
        <source>Missing point: {id}</source>
        <translation>Нет тезиса: {id}</translation>
    </message>
    <message>
        <source>Questions from the audience</source>
        <translation>Вопросы слушателей</translation>
    </message>
    <message>
        <source>Take the listeners&apos; questions. Ctrl+Shift+Space looks up an answer.</source>
        <translation>Ответьте на вопросы слушателей. Ctrl+Shift+Space — поиск ответа.</translation>
    </message>
    <message>
        <source>**For this lecture:** {note}</source>
        <translation>**Для этой лекции:** {note}</translation>
    </message>
    <message>
        <source>*No notes.*</source>
        <translation>*Заметок нет.*</translation>
    </message>
    <message>
        <source>Next: end of the talk</source>
        <translation>Далее: конец выступления</translation>
    </message>
    <message>
        <source>Next: {title}</source>
        <translation>Далее: {title}</translation>
    </message>
    <message>
        <source>Next: questions from the audience</source>
        <translation>Далее: вопросы слушателей</translation>
    </message>
    <message>
        <source>Next: {id}</source>
        <translation>Далее: {id}</translation>
    </message>
    <message>
        <source>{elapsed} of {planned}</source>
        <translation>{elapsed} из {planned}</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>Осталось {time}</translation>
    </message>
    <message>
        <source>{time} over</source>
        <translation>Превышение на {time}</translation>
    </message>
    <message>
        <source>This point {spent} / {planned}</source>
        <translation>Этот тезис: {spent} / {planned}</translation>
    </message>
    <message>
        <source>The talk has ended.</source>
        <translation>Выступление окончено.</translation>
    </message>
    <message>
        <source>Press Space to start the clock.</source>
        <translation>Нажмите Пробел, чтобы запустить таймер.</translation>
    </message>
    <message>
        <source>Paused: press P to go on.</source>
        <translation>Пауза: нажмите P, чтобы продолжить.</translation>
    </message>
    <message>
        <source>Space: next   ↓: scroll   B: blank   A: audience screen   S: swap screens   Q: questions   Esc: end</source>
        <translation>Пробел: далее   ↓: прокрутка   B: пустой экран   A: экран слушателей   S: поменять   Q: вопросы   Esc: завершить</translation>
    </message>
    <message>
        <source>Audience screen off (A)</source>
        <translation>Экран для слушателей выключен (A)</translation>
    </message>
    <message>
        <source>Audience screen blank (B)</source>
        <translation>Экран для слушателей скрыт (B)</translation>
    </message>
    <message>
        <source>Audience screen on</source>
        <translation>Экран для слушателей включён</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <source>Presenting: {title}</source>
        <translation>Выступление: {title}</translation>
    </message>
    <message>
        <source>Presenter view</source>
        <translation>Режим докладчика</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <source>Start the clock, then go to the next point (Space, →, Page Down)</source>
        <translation>Запустить таймер, затем перейти к следующему тезису (Пробел, →, Page Down)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Go back to the previous point (←, Page Up, Backspace)</source>
        <translation>Вернуться к предыдущему тезису (←, Page Up, Backspace)</translation>
    </message>
    <message>
        <source>Scroll down</source>
        <translation>Прокрутить вниз</translation>
    </message>
    <message>
        <source>Scroll the point&apos;s text down (↓)</source>
        <translation>Прокрутить текст тезиса вниз (↓)</translation>
    </message>
    <message>
        <source>Scroll up</source>
        <translation>Прокрутить вверх</translation>
    </message>
    <message>
        <source>Scroll the point&apos;s text up (↑)</source>
        <translation>Прокрутить текст тезиса вверх (↑)</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Вопросы</translation>
    </message>
    <message>
        <source>Skip to the questions (Q)</source>
        <translation>Перейти к вопросам (Q)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>Pause or resume the clock (P)</source>
        <translation>Приостановить или возобновить таймер (P)</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>Скрыть экран</translation>
    </message>
    <message>
        <source>Black out the audience screen, or show it again (B)</source>
        <translation>Затемнить экран для слушателей или снова показать его (B)</translation>
    </message>
    <message>
        <source>Audience screen</source>
        <translation>Экран для слушателей</translation>
    </message>
    <message>
        <source>Show or hide the listeners&apos; screen (A)</source>
        <translation>Показать или скрыть экран для слушателей (A)</translation>
    </message>
    <message>
        <source>Swap screens</source>
        <translation>Поменять экраны</translation>
    </message>
    <message>
        <source>Swap the speaker&apos;s and the listeners&apos; screens (S)</source>
        <translation>Поменять местами экран лектора и экран для слушателей (S)</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Завершить</translation>
    </message>
    <message>
        <source>End the talk and log the delivery (Esc)</source>
        <translation>Завершить выступление и записать его в журнал (Esc)</translation>
    </message>
</context>
<context>
    <name>ProblemsDock</name>
    <message>
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
    <message numerus="yes">
        <source>Problems (%n)</source>
        <translation>
            <numerusform>Проблемы (%n)</numerusform>
            <numerusform>Проблемы (%n)</numerusform>
            <numerusform>Проблемы (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>Library problems</source>
        <translation>Проблемы библиотеки</translation>
    </message>
    <message>
        <source>Double-click or press Enter to show the file</source>
        <translation>Дважды щёлкните или нажмите Enter, чтобы показать файл</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the file at the problem: in the editor if it reads, as text to repair if it does not</source>
        <translation>Дважды щёлкните или нажмите Enter, чтобы открыть файл там, где проблема: в редакторе, если файл читается, или как текст для исправления, если нет</translation>
    </message>
    <message>
        <source>&amp;Resolve Conflict Copy…</source>
        <translation>&amp;Разрешить копию конфликта…</translation>
    </message>
    <message>
        <source>Compare the conflict copy with its point or lecture and keep the values you choose</source>
        <translation>Сравнить конфликтную копию с её тезисом или лекцией и оставить выбранные значения</translation>
    </message>
    <message>
        <source>Repair as &amp;Text…</source>
        <translation>Исправить как &amp;текст…</translation>
    </message>
    <message>
        <source>Fix the text of a file that does not read; it is saved only once it reads</source>
        <translation>Исправить текст нечитаемого файла; он сохраняется, только когда снова читается</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Показать в &amp;папке</translation>
    </message>
    <message>
        <source>Show the file in the file manager</source>
        <translation>Показать файл в файловом менеджере</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Исправление</translation>
    </message>
</context>
<context>
    <name>QuestionCaptureBar</name>
    <message>
        <source>Question language</source>
        <translation>Язык вопроса</translation>
    </message>
    <message>
        <source>Detected from the letters typed; choose another if it is wrong</source>
        <translation>Определяется по набранным буквам; выберите другой, если он определён неверно</translation>
    </message>
    <message>
        <source>Venue or broadcast</source>
        <translation>Место или эфир</translation>
    </message>
    <message>
        <source>Where the question was asked; kept for the next ones</source>
        <translation>Где был задан вопрос; запоминается для следующих</translation>
    </message>
    <message>
        <source>Question log status</source>
        <translation>Состояние журнала вопросов</translation>
    </message>
</context>
<context>
    <name>QuestionGroupModel</name>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Задан</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Last asked</source>
        <translation>Последний раз</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n раз</numerusform>
            <numerusform>%n раза</numerusform>
            <numerusform>%n раз</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionListModel</name>
    <message>
        <source>Missing point: {id}</source>
        <translation>Нет тезиса: {id}</translation>
    </message>
</context>
<context>
    <name>QuestionLookupWindow</name>
    <message>
        <source>Question look-up</source>
        <translation>Поиск ответа на вопрос</translation>
    </message>
    <message>
        <source>A listener&apos;s question (never who asked): Ctrl+Enter logs it</source>
        <translation>Вопрос слушателя (но не кто спросил): Ctrl+Enter записывает его</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Searches the faq and law points in Kazakh, Russian and English</source>
        <translation>Ищет среди тезисов типов «Вопрос и ответ» и «Закон» на казахском, русском и английском языках</translation>
    </message>
    <message>
        <source>Answers found</source>
        <translation>Найденные ответы</translation>
    </message>
    <message>
        <source>Enter or double-click shows the answer</source>
        <translation>Enter или двойной щелчок — показать ответ</translation>
    </message>
    <message>
        <source>Number of answers</source>
        <translation>Число ответов</translation>
    </message>
    <message>
        <source>Recent answers</source>
        <translation>Недавние ответы</translation>
    </message>
    <message>
        <source>The answers shown last; click one to show it again</source>
        <translation>Последние показанные ответы; щёлкните ответ, чтобы показать его снова</translation>
    </message>
    <message>
        <source>Unanswered questions</source>
        <translation>Вопросы без ответа</translation>
    </message>
    <message>
        <source>Questions no point answers yet; Enter puts one back in the field</source>
        <translation>Вопросы, на которые ещё нет тезиса-ответа; Enter вернёт вопрос в поле</translation>
    </message>
    <message>
        <source>← Back to the list</source>
        <translation>← Назад к списку</translation>
    </message>
    <message>
        <source>Back to the answers found (Esc, Backspace)</source>
        <translation>Назад к найденным ответам (Esc, Backspace)</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>Назад к списку</translation>
    </message>
    <message>
        <source>Answer title</source>
        <translation>Заголовок ответа</translation>
    </message>
    <message>
        <source>Answer status</source>
        <translation>Статус ответа</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>The answer&apos;s text; Esc goes back to the list</source>
        <translation>Текст ответа; Esc — назад к списку</translation>
    </message>
    <message>
        <source>Type what the listener asked, in any of the three languages: answers from the faq and law points appear as you type.</source>
        <translation>Введите вопрос слушателя на любом из трёх языков: ответы из тезисов «вопрос-ответ» и законов появятся по мере ввода.</translation>
    </message>
    <message>
        <source>Showing answers for «{words}»</source>
        <translation>Показаны ответы для «{words}»</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n ответ</numerusform>
            <numerusform>%n ответа</numerusform>
            <numerusform>%n ответов</numerusform>
        </translation>
    </message>
    <message>
        <source>No answer found. Did you mean: {words}?</source>
        <translation>Ответ не найден. Возможно, вы имели в виду: {words}?</translation>
    </message>
    <message>
        <source>No answer found.</source>
        <translation>Ответ не найден.</translation>
    </message>
    <message>
        <source>The point {id} is no longer in the library.</source>
        <translation>Тезиса {id} больше нет в библиотеке.</translation>
    </message>
    <message>
        <source>Draft: not reviewed yet, answer with care.</source>
        <translation>Черновик: ещё не проверен, отвечайте осторожно.</translation>
    </message>
    <message>
        <source>Outdated: check the current law before answering.</source>
        <translation>Устарел: прежде чем отвечать, сверьтесь с действующим законом.</translation>
    </message>
    <message>
        <source>Source: {sources}</source>
        <translation>Источник: {sources}</translation>
    </message>
    <message>
        <source>The search failed: {reason}</source>
        <translation>Поиск не удался: {reason}</translation>
    </message>
    <message>
        <source>Look up an answer to a listener&apos;s question</source>
        <translation>Найти ответ на вопрос слушателя</translation>
    </message>
</context>
<context>
    <name>QuestionReportTab</name>
    <message>
        <source>Listeners&apos; questions</source>
        <translation>Вопросы слушателей</translation>
    </message>
    <message>
        <source>Questions asked and answered</source>
        <translation>Заданные и отвеченные вопросы</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Задан</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Unanswered questions</source>
        <translation>Вопросы без ответа</translation>
    </message>
    <message>
        <source>Talking point</source>
        <translation>Тезис</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Раз</translation>
    </message>
    <message>
        <source>Points used as answers</source>
        <translation>Тезисы, использованные как ответ</translation>
    </message>
    <message>
        <source>Questions by language</source>
        <translation>Вопросы по языкам</translation>
    </message>
    <message>
        <source>Questions by venue</source>
        <translation>Вопросы по местам</translation>
    </message>
    <message>
        <source>Answers used most</source>
        <translation>Чаще всего использованные ответы</translation>
    </message>
    <message>
        <source>By language</source>
        <translation>По языкам</translation>
    </message>
    <message>
        <source>By venue</source>
        <translation>По местам</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Без ответа</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) asked</source>
        <translation>
            <numerusform>Задан %n вопрос</numerusform>
            <numerusform>Задано %n вопроса</numerusform>
            <numerusform>Задано %n вопросов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answered</source>
        <translation>
            <numerusform>%n с ответом</numerusform>
            <numerusform>%n с ответом</numerusform>
            <numerusform>%n с ответом</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unanswered</source>
        <translation>
            <numerusform>%n без ответа</numerusform>
            <numerusform>%n без ответа</numerusform>
            <numerusform>%n без ответа</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionsPane</name>
    <message>
        <source>Questions</source>
        <translation>Вопросы</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Все языки</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Прошлый месяц</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Этот год</translation>
    </message>
    <message>
        <source>Group close questions</source>
        <translation>Объединять похожие вопросы</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Show the questions in one language</source>
        <translation>Показать вопросы на одном языке</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Show the questions asked at one venue or broadcast</source>
        <translation>Показать вопросы, заданные в одном месте или эфире</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Show the questions asked in a period</source>
        <translation>Показать вопросы, заданные за период</translation>
    </message>
    <message>
        <source>Questions with the same words (in any form) count as one, asked so many times</source>
        <translation>Вопросы с одними и теми же словами (в любой форме) считаются одним вопросом, заданным столько-то раз</translation>
    </message>
    <message>
        <source>Unanswered questions</source>
        <translation>Вопросы без ответа</translation>
    </message>
    <message>
        <source>Questions no point answers yet, newest first</source>
        <translation>Вопросы, на которые ещё нет тезиса-ответа; сначала новые</translation>
    </message>
    <message>
        <source>Number of unanswered questions</source>
        <translation>Число вопросов без ответа</translation>
    </message>
    <message>
        <source>Answer with a point…</source>
        <translation>Ответить тезисом…</translation>
    </message>
    <message>
        <source>Link the selected questions to a point that answers them</source>
        <translation>Связать выбранные вопросы с тезисом, который на них отвечает</translation>
    </message>
    <message>
        <source>Answer with a point</source>
        <translation>Ответить тезисом</translation>
    </message>
    <message>
        <source>Write an answer</source>
        <translation>Написать ответ</translation>
    </message>
    <message>
        <source>Start a new draft faq point in the question&apos;s language, titled with the question; it then goes through review</source>
        <translation>Начать новый черновик тезиса «Вопрос и ответ» на языке вопроса с вопросом в заголовке; затем он проходит обычную проверку</translation>
    </message>
    <message>
        <source>All venues</source>
        <translation>Все места</translation>
    </message>
    <message numerus="yes">
        <source>%n unanswered question(s)</source>
        <translation>
            <numerusform>%n вопрос без ответа</numerusform>
            <numerusform>%n вопроса без ответа</numerusform>
            <numerusform>%n вопросов без ответа</numerusform>
        </translation>
    </message>
    <message>
        <source>The questions could not be saved:
{reason}</source>
        <translation>Не удалось сохранить вопросы:
{reason}</translation>
    </message>
    <message>
        <source>The point that answers “{question}”:</source>
        <translation>Тезис, который отвечает на вопрос «{question}»:</translation>
    </message>
</context>
<context>
    <name>QuestionsPanel</name>
    <message>
        <source>Anticipated questions</source>
        <translation>Ожидаемые вопросы</translation>
    </message>
    <message>
        <source>Questions listeners are likely to ask, with prepared answers</source>
        <translation>Вопросы, которые, скорее всего, зададут слушатели, с подготовленными ответами</translation>
    </message>
    <message>
        <source>&amp;Add question</source>
        <translation>До&amp;бавить вопрос</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>добавление вопроса</translation>
    </message>
    <message>
        <source>Choose one of the library&apos;s questions in the lecture&apos;s language</source>
        <translation>Выберите один из вопросов библиотеки на языке лекции</translation>
    </message>
    <message>
        <source>&amp;Remove question</source>
        <translation>Убрать в&amp;опрос</translation>
    </message>
    <message>
        <source>Remove the selected question from the lecture</source>
        <translation>Убрать выбранный вопрос из лекции</translation>
    </message>
    <message>
        <source>Question not added</source>
        <translation>Вопрос не добавлен</translation>
    </message>
    <message>
        <source>No more questions in this language</source>
        <translation>Других вопросов на этом языке нет</translation>
    </message>
    <message>
        <source>Remove question</source>
        <translation>удаление вопроса</translation>
    </message>
</context>
<context>
    <name>RecentAnswersModel</name>
    <message>
        <source>Show this answer again</source>
        <translation>Снова показать этот ответ</translation>
    </message>
</context>
<context>
    <name>RepairDialog</name>
    <message>
        <source>Repair {file}</source>
        <translation>Исправление {file}</translation>
    </message>
    <message>
        <source>This file does not read, so it cannot be opened in the editor. Fix its text here: it is saved only once it reads.</source>
        <translation>Этот файл не читается, поэтому его нельзя открыть в редакторе. Исправьте его текст здесь: он сохранится, только когда будет читаться.</translation>
    </message>
    <message>
        <source>Text of the file</source>
        <translation>Текст файла</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Что не так</translation>
    </message>
    <message>
        <source>The text reads now: Save writes it.</source>
        <translation>Теперь текст читается: «Сохранить» запишет его.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>The file was changed on disk while you repaired it: nothing was written. Close this window and open the file again.</source>
        <translation>Пока вы исправляли файл, он изменился на диске: ничего не записано. Закройте это окно и откройте файл снова.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Не сохранено: {reason}</translation>
    </message>
</context>
<context>
    <name>ResolverDialog</name>
    <message>
        <source>Resolve conflict copy</source>
        <translation>Разрешение копии конфликта</translation>
    </message>
    <message>
        <source>A sync tool kept a second version of this lecture in “{file}”. These fields differ; choose which value to keep for each. The lecture is saved with your choices and the copy is moved to the trash.</source>
        <translation>Программа синхронизации сохранила вторую версию этой лекции в «{file}». Эти поля различаются; для каждого выберите, какое значение оставить. Лекция будет сохранена с вашим выбором, а копия перемещена в корзину.</translation>
    </message>
    <message>
        <source>A sync tool kept a second version of this point in “{file}”. These fields differ; choose which value to keep for each. The point is saved with your choices and the copy is moved to the trash.</source>
        <translation>Программа синхронизации сохранила вторую версию этого тезиса в «{file}». Эти поля различаются; выберите, какое значение оставить для каждого. Тезис будет сохранён с вашим выбором, а копия перемещена в корзину.</translation>
    </message>
    <message>
        <source>In the library</source>
        <translation>В библиотеке</translation>
    </message>
    <message>
        <source>In the conflict copy</source>
        <translation>В копии конфликта</translation>
    </message>
    <message>
        <source>Keep this value of {field}</source>
        <translation>Оставить это значение поля «{field}»</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>&amp;Разрешить</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Разрешить</translation>
    </message>
    <message>
        <source>Save the lecture with the values chosen and move the copy to the trash</source>
        <translation>Сохранить лекцию с выбранными значениями и переместить копию в корзину</translation>
    </message>
    <message>
        <source>Save the point with the values chosen and move the copy to the trash</source>
        <translation>Сохранить тезис с выбранными значениями и переместить копию в корзину</translation>
    </message>
    <message>
        <source>Change nothing; the copy stays listed under Problems</source>
        <translation>Ничего не менять; копия останется в списке «Проблемы»</translation>
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
        <translation>Тип</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
</context>
<context>
    <name>ReviewListModel</name>
    <message>
        <source>Marked outdated</source>
        <translation>Помечен как устаревший</translation>
    </message>
    <message>
        <source>Law point never reviewed</source>
        <translation>Тезис типа «Закон» ни разу не проверялся</translation>
    </message>
    <message>
        <source>Last review before %1</source>
        <translation>Последняя проверка до %1</translation>
    </message>
    <message>
        <source>Talking point</source>
        <translation>Тезис</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>Последняя проверка</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ни разу</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Review reminders</source>
        <translation>Напоминания о проверке</translation>
    </message>
    <message>
        <source>Review period in months</source>
        <translation>Период проверки в месяцах</translation>
    </message>
    <message>
        <source>A point is due for review when its last review is older than this many months</source>
        <translation>Тезис нужно проверить, если с последней проверки прошло больше указанного числа месяцев</translation>
    </message>
    <message>
        <source>Points due for review</source>
        <translation>Тезисы, которые пора проверить</translation>
    </message>
    <message>
        <source>Double-click a point or press Enter to open it</source>
        <translation>Дважды щёлкните тезис или нажмите Enter, чтобы открыть его</translation>
    </message>
    <message>
        <source>Flag points citing an amended law…</source>
        <translation>Пометить тезисы со ссылкой на изменённый закон…</translation>
    </message>
    <message>
        <source>Find the law points citing a law (e.g. 483-IV) and mark the chosen ones outdated</source>
        <translation>Найти тезисы типа «Закон», ссылающиеся на закон (например, 483-IV), и пометить выбранные как устаревшие</translation>
    </message>
    <message>
        <source>Flag points citing an amended law</source>
        <translation>Пометить тезисы со ссылкой на изменённый закон</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>List the points due for review again</source>
        <translation>Заново составить список тезисов, которые пора проверить</translation>
    </message>
    <message>
        <source>Review period:</source>
        <translation>Период проверки:</translation>
    </message>
    <message>
        <source>months</source>
        <translation>мес.</translation>
    </message>
    <message numerus="yes">
        <source>%n points due for review</source>
        <translation>
            <numerusform>%n тезис пора проверить</numerusform>
            <numerusform>%n тезиса пора проверить</numerusform>
            <numerusform>%n тезисов пора проверить</numerusform>
        </translation>
    </message>
    <message>
        <source>Number or part of the title of the amended law (e.g. 483-IV):</source>
        <translation>Номер или часть названия изменённого закона (например, 483-IV):</translation>
    </message>
    <message>
        <source>No points found</source>
        <translation>Тезисы не найдены</translation>
    </message>
    <message>
        <source>No law point cites “%1”.</source>
        <translation>Ни один тезис типа «Закон» не ссылается на «%1».</translation>
    </message>
    <message>
        <source>Marking points outdated</source>
        <translation>Тезисы помечаются как устаревшие</translation>
    </message>
    <message>
        <source>Some points were not marked</source>
        <translation>Некоторые тезисы не помечены</translation>
    </message>
    <message numerus="yes">
        <source>%n points could not be marked outdated:</source>
        <translation>
            <numerusform>%n тезис не удалось пометить как устаревший:</numerusform>
            <numerusform>%n тезиса не удалось пометить как устаревшие:</numerusform>
            <numerusform>%n тезисов не удалось пометить как устаревшие:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the file changed on disk since it was opened; reopen the library and try again</source>
        <translation>%1: файл изменился на диске после открытия; откройте библиотеку заново и повторите попытку</translation>
    </message>
    <message>
        <source>%1: no longer in the library</source>
        <translation>%1: больше нет в библиотеке</translation>
    </message>
    <message>
        <source>Points not marked</source>
        <translation>Тезисы не помечены</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search talking points (Ctrl+F)…</source>
        <translation>Поиск тезисов (Ctrl+F)…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Words, &quot;a phrase&quot;, prefix*, AND/OR/NOT, kind:law tag:family lang:kk</source>
        <translation>Слова, &quot;фраза&quot;, начало слова*, AND/OR/NOT, kind:law tag:семья lang:ru</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Тег</translation>
    </message>
    <message>
        <source>Did you mean</source>
        <translation>Возможно, вы имели в виду</translation>
    </message>
    <message>
        <source>Number of results</source>
        <translation>Число результатов</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Результаты поиска</translation>
    </message>
    <message>
        <source>Show only one {name}</source>
        <translation>Показывать только один {name}</translation>
    </message>
    <message>
        <source>Any {name}</source>
        <translation>Любой {name}</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n результат</numerusform>
            <numerusform>%n результата</numerusform>
            <numerusform>%n результатов</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing results for «{corrected}». Search instead for {link}</source>
        <translation>Показаны результаты для «{corrected}». Искать вместо этого {link}</translation>
    </message>
    <message>
        <source>Did you mean {link}?</source>
        <translation>Возможно, вы имели в виду {link}?</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>Open the point in the editor</source>
        <translation>Открыть тезис в редакторе</translation>
    </message>
    <message>
        <source>&amp;Add to lecture</source>
        <translation>&amp;Добавить в лекцию</translation>
    </message>
    <message>
        <source>Add the selected points to the open lecture&apos;s outline</source>
        <translation>Добавить выбранные тезисы в план открытой лекции</translation>
    </message>
</context>
<context>
    <name>SectionBudgetModel</name>
    <message>
        <source>Part</source>
        <translation>Часть</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Затрачено</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Вопросы</translation>
    </message>
    <message>
        <source>Section {number}</source>
        <translation>Раздел {number}</translation>
    </message>
    <message>
        <source>Over by {time}</source>
        <translation>Превышение на {time}</translation>
    </message>
    <message>
        <source>{time} left in this part</source>
        <translation>В этой части осталось {time}</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>Reading %v / %m</source>
        <translation>Чтение %v / %m</translation>
    </message>
    <message>
        <source>Indexing %v / %m</source>
        <translation>Индексация %v / %m</translation>
    </message>
</context>
<context>
    <name>ShareLibraryDialog</name>
    <message>
        <source>Share library</source>
        <translation>Сделать библиотеку общей</translation>
    </message>
    <message>
        <source>Shared repository</source>
        <translation>Общий репозиторий</translation>
    </message>
    <message>
        <source>This library is shared. If the server asks for a new access token, give it here and sync.</source>
        <translation>Эта библиотека общая. Если сервер просит новый токен доступа, введите его здесь и синхронизируйте.</translation>
    </message>
    <message>
        <source>Publish this library to an empty shared repository, so that colleagues can sync with it. The repository is a folder everyone can reach (for example on a network share, made with “git init --bare”), an ssh address such as ssh://git@server/team/library.git, or an https address of the team&apos;s Gitea or Forgejo server with an access token.</source>
        <translation>Опубликуйте эту библиотеку в пустом общем репозитории, чтобы коллеги могли с ней синхронизироваться. Репозиторий — это папка, доступная всем (например, в сетевой папке, созданная командой «git init --bare»), ssh-адрес вида ssh://git@server/team/library.git или https-адрес сервера Gitea или Forgejo вашей команды с токеном доступа.</translation>
    </message>
    <message>
        <source>Colleagues get the shared library with File &gt; Copy a shared library…, or on the command line:
lecturekit sync --library FOLDER --remote REPOSITORY
Your name and email for the shared history are set in Preferences.</source>
        <translation>Коллеги получают общую библиотеку через Файл &gt; Копировать общую библиотеку… или в командной строке:
lecturekit sync --library ПАПКА --remote РЕПОЗИТОРИЙ
Ваше имя и адрес почты для общей истории задаются в Настройках.</translation>
    </message>
    <message>
        <source>&amp;Share</source>
        <translation>О&amp;публиковать</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>&amp;Синхронизировать</translation>
    </message>
    <message>
        <source>Publishing the library…</source>
        <translation>Публикация библиотеки…</translation>
    </message>
    <message>
        <source>Syncing with the shared library…</source>
        <translation>Синхронизация с общей библиотекой…</translation>
    </message>
    <message>
        <source>The library could not be shared:
{reason}</source>
        <translation>Не удалось сделать библиотеку общей:
{reason}</translation>
    </message>
</context>
<context>
    <name>ShortcutModel</name>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
</context>
<context>
    <name>SourceTableModel</name>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Locator</source>
        <translation>Место в источнике</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The law, ruling, study or book</source>
        <translation>Закон, постановление, исследование или книга</translation>
    </message>
    <message>
        <source>Article, page or paragraph</source>
        <translation>Статья, страница или абзац</translation>
    </message>
    <message>
        <source>A web address where it can be read (optional)</source>
        <translation>Веб-адрес, где его можно прочитать (необязательно)</translation>
    </message>
</context>
<context>
    <name>SpellingStatusBox</name>
    <message>
        <source>Spelling check (this computer&apos;s dictionaries)</source>
        <translation>Проверка орфографии (словари этого компьютера)</translation>
    </message>
    <message>
        <source>Spelling check</source>
        <translation>Проверка орфографии</translation>
    </message>
    <message>
        <source>Spelling dictionary: {language}</source>
        <translation>Орфографический словарь: {language}</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) of the library&apos;s word list ({file}) accepted in every point</source>
        <translation>
            <numerusform>%n слово из словаря библиотеки ({file}) считается верным во всех тезисах</numerusform>
            <numerusform>%n слова из словаря библиотеки ({file}) считаются верными во всех тезисах</numerusform>
            <numerusform>%n слов из словаря библиотеки ({file}) считаются верными во всех тезисах</numerusform>
        </translation>
    </message>
    <message>
        <source>{language}: checked ({dictionary})</source>
        <translation>{language}: проверяется ({dictionary})</translation>
    </message>
    <message>
        <source>{language}: not checked. Install the system packages {enchant} and {package}</source>
        <translation>{language}: не проверяется. Установите системные пакеты {enchant} и {package}</translation>
    </message>
    <message>
        <source>{language}: not checked, no dictionary. Install the system package {package}</source>
        <translation>{language}: не проверяется, нет словаря. Установите системный пакет {package}</translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Stop the work in progress</source>
        <translation>Остановить выполняемую работу</translation>
    </message>
</context>
<context>
    <name>UnansweredListModel</name>
    <message>
        <source>Asked {date} at {venue}: Enter puts it back in the question field</source>
        <translation>Задан {date}, место: {venue}. Enter вернёт его в поле вопроса</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Law</source>
        <translation>Закон</translation>
    </message>
    <message>
        <source>Recruiter tactic</source>
        <translation>Тактика вербовщика</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>Защита</translation>
    </message>
    <message>
        <source>Question and answer</source>
        <translation>Вопрос и ответ</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Факт</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Проверен</translation>
    </message>
    <message>
        <source>Outdated</source>
        <translation>Устарел</translation>
    </message>
    <message>
        <source>id</source>
        <translation>идентификатор</translation>
    </message>
    <message>
        <source>title</source>
        <translation>название</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>тип</translation>
    </message>
    <message>
        <source>language</source>
        <translation>язык</translation>
    </message>
    <message>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>теги</translation>
    </message>
    <message>
        <source>audience</source>
        <translation>аудитория</translation>
    </message>
    <message>
        <source>group</source>
        <translation>группа</translation>
    </message>
    <message>
        <source>review date</source>
        <translation>дата проверки</translation>
    </message>
    <message>
        <source>sources</source>
        <translation>источники</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>speaker notes</source>
        <translation>заметки лектора</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>минуты</translation>
    </message>
    <message>
        <source>format</source>
        <translation>формат</translation>
    </message>
    <message>
        <source>target</source>
        <translation>регламент</translation>
    </message>
    <message>
        <source>outline</source>
        <translation>план</translation>
    </message>
    <message>
        <source>anticipated questions</source>
        <translation>ожидаемые вопросы</translation>
    </message>
    <message>
        <source>delivery log</source>
        <translation>журнал выступлений</translation>
    </message>
</context>
<context>
    <name>_RemoteFields</name>
    <message>
        <source>Folder, ssh://… or https://…</source>
        <translation>Папка, ssh://… или https://…</translation>
    </message>
    <message>
        <source>Shared repository</source>
        <translation>Общий репозиторий</translation>
    </message>
    <message>
        <source>A bare git repository: a folder, an ssh address or an https address</source>
        <translation>Голый репозиторий git: папка, ssh-адрес или https-адрес</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>Choose the shared repository&apos;s folder</source>
        <translation>Выбрать папку общего репозитория</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Токен доступа</translation>
    </message>
    <message>
        <source>For an https address: the access token the server gave you. It is kept in this computer&apos;s keyring, not in the library.</source>
        <translation>Для https-адреса: токен доступа, выданный сервером. Он хранится в связке ключей этого компьютера, а не в библиотеке.</translation>
    </message>
    <message>
        <source>Only for https addresses</source>
        <translation>Только для https-адресов</translation>
    </message>
    <message>
        <source>Shared &amp;repository:</source>
        <translation>Общий &amp;репозиторий:</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>&amp;Токен доступа:</translation>
    </message>
</context>
</TS>
