<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AccountBar</name>
    <message>
        <location filename="../../ui/account_bar.py" line="+67"/>
        <location line="+11"/>
        <source>Personal account</source>
        <translation>Лицевой счёт</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find (Enter)</source>
        <translation>Найти (Enter)</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Looking the account up…</source>
        <translation>Ищем лицевой счёт…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Demo: %1</source>
        <translation>Демо: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo accounts: %1</source>
        <translation>Демо-счета: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>4 to 20 digits</source>
        <translation>от 4 до 20 цифр</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type or scan the personal account number and press Enter.</source>
        <translation>Введите или отсканируйте номер лицевого счёта и нажмите Enter.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Account %1 · period %2 · currency %3</source>
        <translation>Лицевой счёт %1 · период %2 · валюта %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Offline copy from %1 (%2): the processing center is not reachable, amounts may be out of date</source>
        <translation>Сохранённая копия от %1 (%2): нет связи с расчётным центром, суммы могут быть устаревшими</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Live data from the processing center</source>
        <translation>Актуальные данные расчётного центра</translation>
    </message>
</context>
<context>
    <name>Age</name>
    <message>
        <location line="-174"/>
        <source>just now</source>
        <translation>только что</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>%n минуту назад</numerusform>
            <numerusform>%n минуты назад</numerusform>
            <numerusform>%n минут назад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>%n час назад</numerusform>
            <numerusform>%n часа назад</numerusform>
            <numerusform>%n часов назад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n days ago</source>
        <translation>
            <numerusform>%n день назад</numerusform>
            <numerusform>%n дня назад</numerusform>
            <numerusform>%n дней назад</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="+114"/>
        <source>Unexpected error</source>
        <translation>Непредвиденная ошибка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong in the program. The payment data already saved is safe. If this repeats, tell IT support and give them the details below.</source>
        <translation>В программе произошла ошибка. Уже сохранённые платежи в безопасности. Если ошибка повторится, сообщите в ИТ-поддержку и передайте им подробности ниже.</translation>
    </message>
</context>
<context>
    <name>DeskStatusBar</name>
    <message>
        <location filename="../../ui/status_bar.py" line="+107"/>
        <source>Processing center: checking…</source>
        <translation>Расчётный центр: проверка связи…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue: —</source>
        <translation>Очередь: —</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Teller: %1</source>
        <translation>Кассир: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workstation %1</source>
        <translation>Рабочее место %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Processing center: credentials rejected, call IT</source>
        <translation>Расчётный центр отклонил учётные данные — звоните в ИТ-поддержку</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Processing center: not contacted yet</source>
        <translation>Расчётный центр: связи ещё не было</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Processing center: online</source>
        <translation>Расчётный центр: на связи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Processing center: unreachable</source>
        <translation>Расчётный центр: нет связи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(last contact %1)</source>
        <translation>(последняя связь %1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All payments sent</source>
        <translation>Все платежи отправлены</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n payment(s) waiting to be sent</source>
        <translation>
            <numerusform>%n платёж ждёт отправки</numerusform>
            <numerusform>%n платежа ждут отправки</numerusform>
            <numerusform>%n платежей ждут отправки</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>oldest %1</source>
        <translation>самый ранний — %1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>This computer&apos;s clock is off by %n min: call IT</source>
        <translation>
            <numerusform>Часы компьютера расходятся на %n минуту — звоните в ИТ-поддержку</numerusform>
            <numerusform>Часы компьютера расходятся на %n минуты — звоните в ИТ-поддержку</numerusform>
            <numerusform>Часы компьютера расходятся на %n минут — звоните в ИТ-поддержку</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n payment(s) need the supervisor</source>
        <translation>
            <numerusform>%n платёж требует внимания старшего кассира</numerusform>
            <numerusform>%n платежа требуют внимания старшего кассира</numerusform>
            <numerusform>%n платежей требуют внимания старшего кассира</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeskWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+59"/>
        <source>Utility payments — %1</source>
        <translation>Коммунальные платежи — %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Services</source>
        <translation>Услуги</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>The scanned invoice is for %1, the processing center now bills %2: check the amounts with the customer.</source>
        <translation>Отсканирован счёт-извещение за %1, а расчётный центр сейчас начисляет за %2: сверьте суммы с клиентом.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The amounts in the table are enough to accept the payment.</source>
        <translation>Для приёма платежа достаточно сумм в таблице.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Type the cash received, then press Enter or F9.</source>
        <translation>Введите полученную сумму наличных и нажмите Enter или F9.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ready: press F9 or Enter to accept the payment.</source>
        <translation>Готово: нажмите F9 или Enter, чтобы принять платёж.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>amount</source>
        <translation>сумма</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>reading</source>
        <translation>показание</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Saving the payment…</source>
        <translation>Сохраняем платёж…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The payment was not saved.</source>
        <translation>Платёж не сохранён.</translation>
    </message>
</context>
<context>
    <name>InvoiceView</name>
    <message>
        <location filename="../../ui/invoice_view.py" line="+32"/>
        <source>Invoice</source>
        <translation>Счёт-извещение</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The invoice appears here once an account is found.</source>
        <translation>Здесь появится счёт-извещение, когда лицевой счёт будет найден.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loading the invoice from the processing center…</source>
        <translation>Загружаем счёт-извещение из расчётного центра…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The invoice image is not available.</source>
        <translation>Изображение счёта-извещения недоступно.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The processing center sent an empty file.</source>
        <translation>Расчётный центр прислал пустой файл.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The file from the processing center is not a readable PDF (%1).</source>
        <translation>Файл из расчётного центра не является читаемым PDF (%1).</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ui/messages.py" line="+22"/>
        <source>Type the personal account number from the invoice, then press Enter.</source>
        <translation>Введите номер лицевого счёта со счёта-извещения и нажмите Enter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>A personal account number has 4 to 20 digits. Check the number on the invoice and type it again.</source>
        <translation>Номер лицевого счёта состоит из 4–20 цифр. Сверьте номер со счётом-извещением и введите его заново.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account {account} is not known to the processing center. Check the number on the invoice; if it is right, the customer should contact the service provider.</source>
        <translation>Лицевой счёт {account} не найден в расчётном центре. Сверьте номер со счётом-извещением; если он верный, клиенту нужно обратиться к поставщику услуг.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The processing center cannot be reached and account {account} was never looked up here, so there is no offline copy. Take the payment when the connection is back.</source>
        <translation>Нет связи с расчётным центром, а лицевой счёт {account} здесь ещё не открывали, поэтому сохранённой копии нет. Примите платёж, когда связь восстановится.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The invoice barcode did not read correctly. Scan it again or type the account number by hand.</source>
        <translation>Штрихкод счёта-извещения считался с ошибкой. Отсканируйте его ещё раз или введите номер лицевого счёта вручную.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The QR code was read only in part. Scan it again.</source>
        <translation>QR-код считался не полностью. Отсканируйте его ещё раз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The QR code is damaged. Scan it again or type the account number by hand.</source>
        <translation>QR-код повреждён. Отсканируйте его ещё раз или введите номер лицевого счёта вручную.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The QR code has no personal account. Type the account number from the invoice by hand.</source>
        <translation>В QR-коде нет лицевого счёта. Введите номер лицевого счёта со счёта-извещения вручную.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The QR code&apos;s personal account is not 4 to 20 digits. Type the account number from the invoice by hand.</source>
        <translation>Лицевой счёт в QR-коде не из 4–20 цифр. Введите номер лицевого счёта со счёта-извещения вручную.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The QR code&apos;s amount is damaged. Scan it again or type the account number by hand.</source>
        <translation>Сумма в QR-коде повреждена. Отсканируйте его ещё раз или введите номер лицевого счёта вручную.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A meter reading in the QR code is damaged. Scan it again or type the account number by hand.</source>
        <translation>Показание счётчика в QR-коде повреждено. Отсканируйте его ещё раз или введите номер лицевого счёта вручную.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The QR code&apos;s payment period is damaged. Scan it again or type the account number by hand.</source>
        <translation>Период оплаты в QR-коде повреждён. Отсканируйте его ещё раз или введите номер лицевого счёта вручную.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter an amount, or leave the field empty to skip the service.</source>
        <translation>Введите сумму или оставьте поле пустым, чтобы не оплачивать эту услугу.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not an amount. Type digits with a comma before the tiyn, for example 1272,26.</source>
        <translation>Это не сумма. Введите цифры, тиыны — после запятой, например 1272,26.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many digits after the comma: an amount has at most two (tiyn), for example 1272,26.</source>
        <translation>Слишком много цифр после запятой: в сумме их не больше двух (тиыны), например 1272,26.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An amount cannot be negative. Type the sum the customer pays, or leave the field empty to skip the service.</source>
        <translation>Сумма не может быть отрицательной. Введите сумму, которую платит клиент, или оставьте поле пустым, чтобы не оплачивать услугу.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The amount is far too large. Check it and type it again.</source>
        <translation>Слишком большая сумма. Проверьте её и введите заново.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This service is not on the account. Look the account up again.</source>
        <translation>Этой услуги нет на лицевом счёте. Найдите лицевой счёт заново.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the current meter reading, or leave the field empty.</source>
        <translation>Введите текущее показание счётчика или оставьте поле пустым.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a meter reading. Type the digits from the meter, for example 12410 or 12410,5.</source>
        <translation>Это не показание счётчика. Введите цифры со счётчика, например 12410 или 12410,5.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many digits after the comma: a reading has at most three.</source>
        <translation>Слишком много цифр после запятой: в показании их не больше трёх.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A meter reading cannot be negative.</source>
        <translation>Показание счётчика не может быть отрицательным.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reading is far too large. Check the meter and type it again.</source>
        <translation>Слишком большое показание. Сверьтесь со счётчиком и введите заново.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reading is below the previous one ({previous} {unit}). Check the meter and the number you typed.</source>
        <translation>Показание меньше предыдущего ({previous} {unit}). Сверьте показание счётчика с введённым числом.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This service has no meter: leave the reading empty.</source>
        <translation>У этой услуги нет счётчика: оставьте показание пустым.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A reading is sent together with a payment: enter an amount for this service, or clear the reading.</source>
        <translation>Показание передаётся вместе с оплатой: введите сумму по этой услуге или сотрите показание.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing to pay: enter an amount for at least one service.</source>
        <translation>Нечего оплачивать: введите сумму хотя бы по одной услуге.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The fee cannot be negative.</source>
        <translation>Комиссия не может быть отрицательной.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One payment may not exceed {limit}. Split it into several payments or ask the supervisor.</source>
        <translation>Один платёж не может превышать {limit}. Разделите его на несколько платежей или обратитесь к старшему кассиру.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cash received is less than the total: {missing} more is needed.</source>
        <translation>Получено меньше, чем к оплате: не хватает {missing}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the cash received from the customer.</source>
        <translation>Введите сумму наличных, полученную от клиента.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The business day is closed: no payment can be accepted. Ask the supervisor to open the next day.</source>
        <translation>Операционный день закрыт: платежи не принимаются. Попросите старшего кассира открыть следующий день.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payments have not reached the processing center for over {hours} h, so new payments are stopped. Ask the branch IT person to restore the connection.</source>
        <translation>Платежи не доходят до расчётного центра более {hours} ч, поэтому приём новых платежей остановлен. Попросите ИТ-специалиста отделения восстановить связь.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unsent payments would exceed the offline limit of {limit}, so new payments are stopped. Ask the branch IT person to restore the connection.</source>
        <translation>Неотправленные платежи превысили бы лимит работы без связи {limit}, поэтому приём новых платежей остановлен. Попросите ИТ-специалиста отделения восстановить связь.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This payment is not on this workstation.</source>
        <translation>Этого платежа нет на данном рабочем месте.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The processing center cannot be reached. Check the network cable; payments accepted meanwhile are kept and sent later.</source>
        <translation>Нет связи с расчётным центром. Проверьте сетевой кабель; принятые за это время платежи сохраняются и будут отправлены позже.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The processing center refused this workstation&apos;s credentials. Call IT support: the workstation token must be renewed.</source>
        <translation>Расчётный центр отклонил учётные данные рабочего места. Позвоните в ИТ-поддержку: нужно обновить токен рабочего места.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The processing center sent an answer this program does not understand. Try again; if it repeats, call IT support.</source>
        <translation>Расчётный центр прислал ответ, который программа не понимает. Повторите попытку; если ошибка повторится, позвоните в ИТ-поддержку.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>The processing center sent damaged account data. Try again; if it repeats, call IT support.</source>
        <translation>Расчётный центр прислал повреждённые данные лицевого счёта. Повторите попытку; если ошибка повторится, позвоните в ИТ-поддержку.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The processing center sent incomplete account data. Try again; if it repeats, call IT support.</source>
        <translation>Расчётный центр прислал неполные данные лицевого счёта. Повторите попытку; если ошибка повторится, позвоните в ИТ-поддержку.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The processing center sent a damaged amount. Try again; if it repeats, call IT support.</source>
        <translation>Расчётный центр прислал повреждённую сумму. Повторите попытку; если ошибка повторится, позвоните в ИТ-поддержку.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The processing center sent a damaged meter reading. Try again; if it repeats, call IT support.</source>
        <translation>Расчётный центр прислал повреждённое показание счётчика. Повторите попытку; если ошибка повторится, позвоните в ИТ-поддержку.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The processing center already holds a different payment with the same number. Call IT support.</source>
        <translation>В расчётном центре уже есть другой платёж с тем же номером. Позвоните в ИТ-поддержку.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The processing center refused the request as malformed. Call IT support.</source>
        <translation>Расчётный центр отклонил запрос как некорректный. Позвоните в ИТ-поддержку.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This workstation has no access token for the processing center. Call IT support to register the workstation.</source>
        <translation>У рабочего места нет токена доступа к расчётному центру. Позвоните в ИТ-поддержку, чтобы зарегистрировать рабочее место.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secure storage for the workstation token is not available. Call IT support.</source>
        <translation>Защищённое хранилище для токена рабочего места недоступно. Позвоните в ИТ-поддержку.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secure storage refused the workstation token. Call IT support.</source>
        <translation>Защищённое хранилище не приняло токен рабочего места. Позвоните в ИТ-поддержку.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another program is already sending this workstation&apos;s payments; they will still be sent.</source>
        <translation>Платежи этого рабочего места уже отправляет другая программа; они всё равно будут отправлены.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The offline copy of the accounts is already being refreshed. Try again in a few minutes.</source>
        <translation>Сохранённая копия лицевых счетов уже обновляется. Повторите через несколько минут.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The processing center has closed this billing period. Look the account up again to get the current invoice.</source>
        <translation>Расчётный центр закрыл этот расчётный период. Найдите лицевой счёт заново, чтобы получить текущий счёт-извещение.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The processing center did not accept the total. Call IT support.</source>
        <translation>Расчётный центр не принял итоговую сумму. Позвоните в ИТ-поддержку.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The processing center did not accept an amount. Check the amounts.</source>
        <translation>Расчётный центр не принял одну из сумм. Проверьте суммы.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printing is not set up on this computer (the lp command is missing). The payment is saved: open the receipt and print it from the viewer, or call IT support.</source>
        <translation>Печать на этом компьютере не настроена (нет команды lp). Платёж сохранён: откройте квитанцию и распечатайте её из программы просмотра или позвоните в ИТ-поддержку.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The receipt could not be sent to the printer: {detail}. The payment is saved: check the printer and press Print again.</source>
        <translation>Не удалось отправить квитанцию на принтер: {detail}. Платёж сохранён: проверьте принтер и нажмите «Печать» ещё раз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The receipt file is missing. The payment is saved; ask the supervisor to reprint the receipt.</source>
        <translation>Файл квитанции не найден. Платёж сохранён; попросите старшего кассира перепечатать квитанцию.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The processing center has no invoice image for this account.</source>
        <translation>У расчётного центра нет счёта-извещения для этого лицевого счёта.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The workstation is not set up correctly: {message}</source>
        <translation>Рабочее место настроено неправильно: {message}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unexpected error: {error}. The data already saved is safe; if this repeats, call IT support.</source>
        <translation>Непредвиденная ошибка: {error}. Уже сохранённые данные в безопасности; если ошибка повторится, позвоните в ИТ-поддержку.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Check the input</source>
        <translation>Проверьте ввод</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not found</source>
        <translation>Не найдено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not allowed</source>
        <translation>Действие запрещено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workstation setup</source>
        <translation>Настройка рабочего места</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Processing center</source>
        <translation>Расчётный центр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
</context>
<context>
    <name>PaymentPanel</name>
    <message>
        <location filename="../../ui/payment_panel.py" line="+37"/>
        <location line="+34"/>
        <source>Cash received</source>
        <translation>Получено наличными</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Accept payment  (F9)</source>
        <translation>Принять платёж  (F9)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F9, Ctrl+Enter, or Enter in the cash received field</source>
        <translation>F9, Ctrl+Enter или Enter в поле «Получено наличными»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear  (Esc)</source>
        <translation>Сбросить  (Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the amounts due; the account stays</source>
        <translation>Вернуть начисленные суммы; лицевой счёт остаётся</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New customer  (F2)</source>
        <translation>Новый клиент  (F2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty the form and type the next account</source>
        <translation>Очистить форму и ввести следующий лицевой счёт</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Total to pay</source>
        <translation>Итого к оплате</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>Сдача</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>incl. agent fee %1</source>
        <translation>в т. ч. комиссия агента %1</translation>
    </message>
</context>
<context>
    <name>ReceiptPanel</name>
    <message>
        <location filename="../../ui/receipt_panel.py" line="+27"/>
        <source>✓ Payment accepted and saved</source>
        <translation>✓ Платёж принят и сохранён</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open receipt</source>
        <translation>Открыть квитанцию</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print  (Ctrl+P)</source>
        <translation>Печать  (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next customer  (F2 / Enter)</source>
        <translation>Следующий клиент  (F2 / Enter)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cash received</source>
        <translation>Получено наличными</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change to give</source>
        <translation>Выдать сдачу</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Receipt № %1</source>
        <translation>Квитанция № %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give the customer the change and the receipt.</source>
        <translation>Выдайте клиенту сдачу и квитанцию.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The payment is saved, but its receipt file could not be written. Ask the supervisor to reprint the receipt.</source>
        <translation>Платёж сохранён, но файл квитанции записать не удалось. Попросите старшего кассира перепечатать квитанцию.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sending the receipt to the printer…</source>
        <translation>Отправляем квитанцию на принтер…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No PDF viewer could be opened. The receipt is saved at %1</source>
        <translation>Не удалось открыть программу просмотра PDF. Квитанция сохранена: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The receipt was sent to the printer.</source>
        <translation>Квитанция отправлена на принтер.</translation>
    </message>
</context>
<context>
    <name>ServicesTable</name>
    <message>
        <location filename="../../ui/services_table.py" line="+38"/>
        <source>Due</source>
        <translation>Начислено</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To pay</source>
        <translation>К оплате</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Service
and provider</source>
        <translation>Услуга
и поставщик</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meter</source>
        <translation>Счётчик</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Used</source>
        <translation>Расход</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Previous
reading</source>
        <translation>Предыдущее
показание</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Current
reading</source>
        <translation>Текущее
показание</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Advance: the customer has paid ahead</source>
        <translation>Аванс: клиент оплатил вперёд</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Amount to pay for %1</source>
        <translation>Сумма к оплате за «%1»</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Current reading for %1</source>
        <translation>Текущее показание: «%1»</translation>
    </message>
</context>
</TS>
