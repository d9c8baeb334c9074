<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AccountBar</name>
    <message>
        <location filename="../../ui/desk/account_bar.py" line="+30" />
        <location line="+11" />
        <source>Personal account</source>
        <translation>Лицевой счёт</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Find (Enter)</source>
        <translation>Найти (Enter)</translation>
    </message>
    <message>
        <location line="+70" />
        <source>Looking the account up…</source>
        <translation>Ищем лицевой счёт…</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Demo: %1</source>
        <translation>Демо: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Demo accounts: %1</source>
        <translation>Демо-счета: %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>4 to 20 digits</source>
        <translation>от 4 до 20 цифр</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Type or scan the personal account number and press Enter.</source>
        <translation>Введите или отсканируйте номер лицевого счёта и нажмите Enter.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Account %1 · period %2 · currency %3</source>
        <translation>Лицевой счёт %1 · период %2 · валюта %3</translation>
    </message>
    <message>
        <location line="+7" />
        <source>⚠ Offline data from %1 (%2): the processing center is not reachable, amounts may be out of date</source>
        <translation>⚠ Сохранённые данные от %1 (%2): нет связи с расчётным центром, суммы могли измениться</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Live data from the processing center</source>
        <translation>Актуальные данные расчётного центра</translation>
    </message>
</context>
<context>
    <name>AddressSearchDialog</name>
    <message>
        <location filename="../../ui/dialogs/address_search.py" line="+56" />
        <location line="+48" />
        <source>Find an account by address</source>
        <translation>Поиск лицевого счёта по адресу</translation>
    </message>
    <message>
        <location line="-40" />
        <source>Account</source>
        <translation>Лицевой счёт</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Holder</source>
        <translation>Владелец</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+16" />
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location line="-16" />
        <source>Data</source>
        <translation>Данные</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Street, house, flat — e.g. Абая 10</source>
        <translation>Улица, дом, квартира — например, Абая 10</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Part of the address</source>
        <translation>Часть адреса</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Type part of the address; the results appear as you type.</source>
        <translation>Введите часть адреса; результаты появятся по мере ввода.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Choose  (Enter)</source>
        <translation>Выбрать  (Enter)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Close  (Esc)</source>
        <translation>Закрыть  (Esc)</translation>
    </message>
    <message>
        <location line="+48" />
        <source>Searching…</source>
        <translation>Ищем…</translation>
    </message>
    <message>
        <location line="+22" />
        <source>The first %1 matches: type more of the address to narrow them down. ↑↓ choose, Enter takes the account.</source>
        <translation>Первые %1 совпадений: уточните адрес, чтобы сузить поиск. ↑↓ — выбор, Enter — открыть счёт.</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%n account(s) found. ↑↓ choose, Enter takes the account.</source>
        <translation>
            <numerusform>Найден %n лицевой счёт. ↑↓ — выбор, Enter — открыть счёт.</numerusform>
            <numerusform>Найдено %n лицевых счёта. ↑↓ — выбор, Enter — открыть счёт.</numerusform>
            <numerusform>Найдено %n лицевых счетов. ↑↓ — выбор, Enter — открыть счёт.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>No account has an address with “%1”.</source>
        <translation>Нет лицевых счетов с адресом, содержащим «%1».</translation>
    </message>
    <message>
        <location line="+4" />
        <source>processing center</source>
        <translation>расчётный центр</translation>
    </message>
    <message>
        <location line="+6" />
        <source>offline copy from %1</source>
        <translation>сохранённая копия от %1</translation>
    </message>
</context>
<context>
    <name>Age</name>
    <message>
        <location filename="../../ui/common/wording.py" line="+31" />
        <source>just now</source>
        <translation>только что</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n min ago</source>
        <translation>
            <numerusform>%n минуту назад</numerusform>
            <numerusform>%n минуты назад</numerusform>
            <numerusform>%n минут назад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n h ago</source>
        <translation>
            <numerusform>%n час назад</numerusform>
            <numerusform>%n часа назад</numerusform>
            <numerusform>%n часов назад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
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
        <location filename="../../ui/app.py" line="+114" />
        <source>Unexpected error</source>
        <translation>Непредвиденная ошибка</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Something went wrong in the program. The payment data already saved is safe. If this repeats, tell IT support and give them the details below.</source>
        <translation>В программе произошла ошибка. Уже сохранённые платежи в безопасности. Если ошибка повторится, сообщите в ИТ-поддержку и передайте им подробности ниже.</translation>
    </message>
</context>
<context>
    <name>ApprovedActDialog</name>
    <message>
        <location filename="../../ui/dialogs/approved_act.py" line="+53" />
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location line="+18" />
        <source>A supervisor approves: they type their own user id and password.</source>
        <translation>Подтверждает старший кассир: он вводит своё имя пользователя и пароль.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>BackofficeLink</name>
    <message>
        <location filename="../../ui/desk/backoffice_link.py" line="+140" />
        <source>Your user was disabled at the bank's back office, so the desk was signed out. Ask your supervisor.</source>
        <translation>Ваш пользователь отключён в бэк-офисе банка, поэтому выполнен выход с рабочего места. Обратитесь к старшему кассиру.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The back office's alarm</source>
        <translation>Тревога бэк-офиса</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What was done about it (who was called, ticket number…):</source>
        <translation>Что сделано (кому позвонили, номер заявки…):</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Acknowledge</source>
        <translation>Подтвердить</translation>
    </message>
    <message>
        <location line="+19" />
        <source>No bank back office is configured for this desk: the branch view needs one (backoffice_url in config.toml; the branch IT person sets it).</source>
        <translation>Для этого рабочего места не настроен бэк-офис банка, а обзор филиала без него не работает (backoffice_url в config.toml; настраивает ИТ-специалист филиала).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The branch view is for supervisors: ask yours to open it (Ctrl+B).</source>
        <translation>Обзор филиала доступен старшим кассирам: попросите старшего кассира открыть его (Ctrl+B).</translation>
    </message>
</context>
<context>
    <name>Basket</name>
    <message>
        <location filename="../../ui/desk/basket.py" line="+118" />
        <source>Enter an amount for this account before adding another (F7).</source>
        <translation>Введите сумму по этому счёту, прежде чем добавить следующий (F7).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Account %1 is in this payment already.</source>
        <translation>Лицевой счёт %1 уже есть в этом платеже.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Account %1 is in the payment. Type or scan the next account; F9 takes them all.</source>
        <translation>Лицевой счёт %1 добавлен в платёж. Введите или отсканируйте следующий счёт; F9 примет все.</translation>
    </message>
</context>
<context>
    <name>BasketStrip</name>
    <message numerus="yes">
        <location line="-78" />
        <source>Also in this payment (%n account(s), %1):</source>
        <translation>
            <numerusform>Ещё в этом платеже (%n счёт, %1):</numerusform>
            <numerusform>Ещё в этом платеже (%n счёта, %1):</numerusform>
            <numerusform>Ещё в этом платеже (%n счетов, %1):</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1, %2: click to take this account out of the payment</source>
        <translation>%1, %2: нажмите, чтобы убрать этот счёт из платежа</translation>
    </message>
</context>
<context>
    <name>BlindNote</name>
    <message>
        <location filename="../../ui/dialogs/drawer_controls.py" line="+81" />
        <source>Blind count: the cash the drawer should hold is not shown before the close. Count the drawer, type the total and submit it; the expected cash and the difference are shown then.</source>
        <translation>Слепой пересчёт: сумма, которая должна быть в кассе, до закрытия не показывается. Пересчитайте кассу, введите итог и подтвердите его — тогда будут показаны ожидаемая сумма и разница.</translation>
    </message>
</context>
<context>
    <name>BranchCloseDialog</name>
    <message>
        <location filename="../../ui/dialogs/branch_close.py" line="+34" />
        <location line="+35" />
        <source>Close the branch's day</source>
        <translation>Закрыть день филиала</translation>
    </message>
    <message>
        <location line="-32" />
        <source>Branch %1, business day %2</source>
        <translation>Филиал %1, операционный день %2</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The vault, counted by denomination:</source>
        <translation>Хранилище, пересчёт по номиналам:</translation>
    </message>
    <message>
        <location line="+9" />
        <source>A note for the register (optional)</source>
        <translation>Примечание для реестра (необязательно)</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Open the register</source>
        <translation>Открыть реестр</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The back office checks that every desk has closed its own day.</source>
        <translation>Бэк-офис проверит, что каждое рабочее место закрыло свой день.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Still open: %1. Each desk closes its own day first (F12 there); the back office will refuse until then.</source>
        <translation>Ещё открыты: %1. Сначала каждое рабочее место закрывает свой день (там F12); до этого бэк-офис откажет.</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>Every desk of the branch has closed its day (%n desk(s)).</source>
        <translation>
            <numerusform>Все рабочие места филиала закрыли свой день (%n место).</numerusform>
            <numerusform>Все рабочие места филиала закрыли свой день (%n места).</numerusform>
            <numerusform>Все рабочие места филиала закрыли свой день (%n мест).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>Counted: %1</source>
        <translation>Пересчитано: %1</translation>
    </message>
    <message>
        <location line="+28" />
        <source>The branch's day %1 is closed.</source>
        <translation>День филиала %1 закрыт.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The branch's day %1 had been closed already; its register is written again here.</source>
        <translation>День филиала %1 уже был закрыт; его реестр сформирован здесь заново.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Payments: %1 for %2</source>
        <translation>Платежей: %1 на сумму %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Vault expected %1, counted %2, difference %3</source>
        <translation>В хранилище ожидалось %1, пересчитано %2, разница %3</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Done</source>
        <translation>Готово</translation>
    </message>
</context>
<context>
    <name>BranchDialog</name>
    <message>
        <location filename="../../ui/dialogs/branch_view.py" line="+45" />
        <source>Branch %1</source>
        <translation>Филиал %1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Business day</source>
        <translation>Операционный день</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Asking the back office…</source>
        <translation>Запрос к бэк-офису…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Desk</source>
        <translation>Рабочее место</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Last seen</source>
        <translation>На связи</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Signed in</source>
        <translation>Вошёл</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Cash session</source>
        <translation>Кассовая смена</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cash expected</source>
        <translation>Ожидается в кассе</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Payments</source>
        <translation>Платежи</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Voids</source>
        <translation>Аннулирования</translation>
    </message>
    <message>
        <location line="+1" />
        <source>SPC queue</source>
        <translation>Очередь в ЕРЦ</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Alarms</source>
        <translation>Тревоги</translation>
    </message>
    <message>
        <location line="+11" />
        <source>No desk of this branch has sent its journal yet.</source>
        <translation>Ни одно рабочее место филиала ещё не отправило журнал.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Refresh  (F5)</source>
        <translation>&amp;Обновить  (F5)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Close the branch's &amp;day…</source>
        <translation>Закрыть &amp;день филиала…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Once every desk has closed its own day: count the vault, write the branch register</source>
        <translation>Когда все рабочие места закрыли свой день: пересчитать хранилище и сформировать реестр филиала</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Close  (Esc)</source>
        <translation>Закрыть  (Esc)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Business day:</source>
        <translation>Операционный день:</translation>
    </message>
    <message numerus="yes">
        <location line="+76" />
        <source>%n desk(s)</source>
        <translation>
            <numerusform>%n рабочее место</numerusform>
            <numerusform>%n рабочих места</numerusform>
            <numerusform>%n рабочих мест</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>cash expected %1</source>
        <translation>в кассах ожидается %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n payment(s) not yet at the SPC</source>
        <translation>
            <numerusform>%n платёж ещё не в ЕРЦ</numerusform>
            <numerusform>%n платежа ещё не в ЕРЦ</numerusform>
            <numerusform>%n платежей ещё не в ЕРЦ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n desk(s) with an alarm</source>
        <translation>
            <numerusform>%n место с тревогой</numerusform>
            <numerusform>%n места с тревогой</numerusform>
            <numerusform>%n мест с тревогой</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25" />
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+6" />
        <source>closed</source>
        <translation>закрыт</translation>
    </message>
    <message>
        <location line="+0" />
        <source>open</source>
        <translation>открыт</translation>
    </message>
    <message numerus="yes">
        <location line="+16" />
        <source>Not heard from for over %n min: is the desk switched off or cut off from the bank's network?</source>
        <translation>
            <numerusform>Нет связи более %n минуты: рабочее место выключено или отключено от сети банка?</numerusform>
            <numerusform>Нет связи более %n минут: рабочее место выключено или отключено от сети банка?</numerusform>
            <numerusform>Нет связи более %n минут: рабочее место выключено или отключено от сети банка?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11" />
        <source>warning level %1</source>
        <translation>уровень предупреждения %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>hard limit %1</source>
        <translation>предельный лимит %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Above the hard limit: the desk takes no cash until a handover.</source>
        <translation>Выше предельного лимита: рабочее место не принимает наличные до сдачи в хранилище.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Above the warning level: the desk should hand cash over to the vault.</source>
        <translation>Выше уровня предупреждения: рабочему месту следует сдать наличные в хранилище.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Within the cash limits.</source>
        <translation>В пределах кассовых лимитов.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Coloured by this desk's cash limits (%1), as this desk holds the bank's settings.</source>
        <translation>Цвет — по кассовым лимитам этого рабочего места (%1), в том виде, в каком оно получило настройки банка.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>all sent</source>
        <translation>всё отправлено</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n waiting</source>
        <translation>
            <numerusform>%n ждёт отправки</numerusform>
            <numerusform>%n ждут отправки</numerusform>
            <numerusform>%n ждут отправки</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>oldest %1</source>
        <translation>самый ранний — %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n refused</source>
        <translation>
            <numerusform>%n отклонён</numerusform>
            <numerusform>%n отклонено</numerusform>
            <numerusform>%n отклонено</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>SPC unreachable</source>
        <translation>ЕРЦ недоступен</translation>
    </message>
    <message>
        <location line="+6" />
        <source>journal rewritten after it was sent (record %1)</source>
        <translation>журнал изменён после отправки (запись %1)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>a journal record does not match its checksum (record %1)</source>
        <translation>запись журнала не совпадает с контрольной суммой (запись %1)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>a payer matched the sanctions list (%1): the compliance officer reviews it</source>
        <translation>плательщик совпал с санкционным списком (%1): проверяет комплаенс-контролёр</translation>
    </message>
    <message numerus="yes">
        <location line="+9" />
        <source>Data as of %1 (%n s ago); it is read again every %2 s</source>
        <translation>
            <numerusform>Данные на %1 (%n с назад); обновляются каждые %2 с</numerusform>
            <numerusform>Данные на %1 (%n с назад); обновляются каждые %2 с</numerusform>
            <numerusform>Данные на %1 (%n с назад); обновляются каждые %2 с</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>Nothing read yet.</source>
        <translation>Пока ничего не получено.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The last rows read are shown.</source>
        <translation>Показаны последние полученные данные.</translation>
    </message>
</context>
<context>
    <name>CacheText</name>
    <message>
        <location filename="../../ui/common/wording.py" line="+24" />
        <source>Offline copy of the accounts: not read yet</source>
        <translation>Сохранённая копия лицевых счетов: ещё не прочитана</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Offline copy of the accounts: %1</source>
        <translation>Сохранённая копия лицевых счетов: %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>refreshed %1</source>
        <translation>обновлена %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>not downloaded yet</source>
        <translation>ещё не загружена</translation>
    </message>
    <message>
        <location line="+2" />
        <source>refresh in progress</source>
        <translation>идёт обновление</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Last refresh failed: %1</source>
        <translation>Последнее обновление не удалось: %1</translation>
    </message>
</context>
<context>
    <name>CardFields</name>
    <message>
        <location filename="../../ui/desk/card_fields.py" line="+27" />
        <source>Paid by card</source>
        <translation>Оплачено картой</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+14" />
        <source>Authorisation code</source>
        <translation>Код авторизации</translation>
    </message>
    <message>
        <location line="-10" />
        <source>RRN</source>
        <translation>RRN</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Paid by card (Ctrl+K)</source>
        <translation>Картой (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>RRN from the slip</source>
        <translation>RRN из чека терминала</translation>
    </message>
</context>
<context>
    <name>CashCountGrid</name>
    <message>
        <location filename="../../ui/dialogs/cash_count.py" line="+35" />
        <source>Notes</source>
        <translation>Купюры</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Coins</source>
        <translation>Монеты</translation>
    </message>
</context>
<context>
    <name>CloseApproval</name>
    <message>
        <location filename="../../ui/dialogs/drawer_controls.py" line="+10" />
        <source>A supervisor's approval</source>
        <translation>Подтверждение старшего кассира</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The count differs from the expected cash by %1, more than %2: a supervisor other than the session's teller approves the close with their own user id and password.</source>
        <translation>Пересчёт расходится с ожидаемой суммой на %1, больше чем на %2: закрытие подтверждает старший кассир (не кассир этой смены) своими именем пользователя и паролем.</translation>
    </message>
</context>
<context>
    <name>CloseForm</name>
    <message>
        <location filename="../../ui/dialogs/drawer_forms.py" line="+186" />
        <source>Close the session</source>
        <translation>Закрытие смены</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+17" />
        <source>Cash counted in the drawer</source>
        <translation>Пересчитано наличных в кассе</translation>
    </message>
    <message>
        <location line="-10" />
        <source>why the cash is over or short</source>
        <translation>почему излишек или недостача</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Note on the difference</source>
        <translation>Примечание о расхождении</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Close session</source>
        <translation>Закрыть смену</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Note (required: why the count differs)</source>
        <translation>Примечание (обязательно: причина расхождения)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Note (needed when the count differs)</source>
        <translation>Примечание (нужно при расхождении)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The cash is over by %1: write why before closing.</source>
        <translation>Излишек %1: перед закрытием напишите причину.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The cash is short by %1: write why before closing.</source>
        <translation>Недостача %1: перед закрытием напишите причину.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>over by %1</source>
        <translation>излишек %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>short by %1</source>
        <translation>недостача %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>no difference</source>
        <translation>без расхождений</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The session is closed: counted %1, expected %2, %3.</source>
        <translation>Смена закрыта: пересчитано %1, ожидалось %2, %3.</translation>
    </message>
</context>
<context>
    <name>ControlsFlow</name>
    <message>
        <location filename="../../ui/desk/controls_flow.py" line="+46" />
        <source>Do not take this payment</source>
        <translation>Не принимайте этот платёж</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Check the amount</source>
        <translation>Проверьте сумму</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Accept anyway</source>
        <translation>Принять всё равно</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Correct the amount</source>
        <translation>Исправить сумму</translation>
    </message>
    <message>
        <location line="+26" />
        <source>A supervisor approves the payment</source>
        <translation>Платёж подтверждает старший кассир</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Approve and take the payment</source>
        <translation>Подтвердить и принять платёж</translation>
    </message>
</context>
<context>
    <name>DayCloseDialog</name>
    <message>
        <location filename="../../ui/dialogs/day_close.py" line="+52" />
        <source>Close the day %1</source>
        <translation>Закрытие операционного дня %1</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>1. Payments not yet at the SPC</source>
        <translation>1. Платежи, не дошедшие до ЕРЦ</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Compare with the SPC</source>
        <translation>Сверить с ЕРЦ</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Not compared yet.</source>
        <translation>Сверка ещё не проводилась.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Differences found: say what was done about them (required to close)</source>
        <translation>Есть расхождения: укажите, что по ним сделано (обязательно для закрытия)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>2. Reconciliation with the SPC's register</source>
        <translation>2. Сверка с реестром ЕРЦ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cash_count.py" line="+72" />
        <source>Submit the count</source>
        <translation>Подтвердить пересчёт</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Recount</source>
        <translation>Пересчитать заново</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Count the cash again: the new count is recorded as a recount</source>
        <translation>Пересчитать наличные ещё раз: новый пересчёт записывается как повторный</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Expected in the drawer</source>
        <translation>Должно быть в кассе</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Counted</source>
        <translation>Пересчитано</translation>
    </message>
    <message>
        <location line="+2" />
        <location filename="../../ui/dialogs/day_close.py" line="+167" />
        <source>Difference</source>
        <translation>Разница</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Count %1 is recorded. If the difference is not right, count again (Recount); else close the day, with a note when it differs.</source>
        <translation>Пересчёт №%1 записан. Если разница неверна, пересчитайте заново; иначе закройте день, а при расхождении укажите причину.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Blind count: the expected cash is shown after you submit the count.</source>
        <translation>Слепой пересчёт: ожидаемая сумма показывается после подтверждения пересчёта.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>hidden until the count is submitted</source>
        <translation>скрыто до подтверждения пересчёта</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/day_close.py" line="-147" />
        <source>Over or short: say why (required when the count differs)</source>
        <translation>Излишек или недостача: укажите причину (обязательно при расхождении)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>3. Cash count by denomination</source>
        <translation>3. Пересчёт кассы по номиналам</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Close the day</source>
        <translation>Закрыть день</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Open the next business day</source>
        <translation>Открыть следующий операционный день</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Payments taken from now on are dated to the next business day</source>
        <translation>Платежи, принятые с этого момента, относятся к следующему операционному дню</translation>
    </message>
    <message>
        <location line="+27" />
        <source>The business day %1 was never closed: close it first, then F12 closes %2.</source>
        <translation>Операционный день %1 не был закрыт: сначала закройте его, затем F12 закроет %2.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Closing the day needs a supervisor. Lock the desk (Ctrl+L) and let the supervisor sign in.</source>
        <translation>День закрывает старший кассир. Заблокируйте рабочее место (Ctrl+L), чтобы вошёл старший кассир.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>… and %1 more</source>
        <translation>… и ещё %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 payment(s) of the day have no receipt: it could not be made. Ask IT to free disk space, then open this window again.</source>
        <translation>У платежей дня (%1) нет квитанции: её не удалось сформировать. Попросите ИТ освободить место на диске, затем откройте это окно снова.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 payment(s) or void(s) of the day have not reached the SPC: send them first (the queue, F6) or resolve the refused ones.</source>
        <translation>Платежи и аннулирования дня, не дошедшие до ЕРЦ: %1. Сначала отправьте их (очередь, F6) или разберите отклонённые.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>None: everything of the day reached the SPC.</source>
        <translation>Нет: все операции дня дошли до ЕРЦ.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cash_count.py" line="-29" />
        <source>Float %1 + received %2 − change %3 − handed to the vault %4 − void refunds %5</source>
        <translation>Остаток на начало %1 + принято %2 − сдача %3 − сдано в хранилище %4 − возвраты по аннулированию %5</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/day_close.py" line="+5" />
        <source>A cash session of %1 is still open; close it first (F11).</source>
        <translation>Кассовая смена за %1 ещё открыта; сначала закройте её (F11).</translation>
    </message>
    <message>
        <location line="+12" />
        <source>its receipt could not be made (is the disk full?)</source>
        <translation>квитанцию не удалось сформировать (диск заполнен?)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Asking the SPC for its register…</source>
        <translation>Запрашиваем реестр ЕРЦ…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Here: %1 payments, %2. At the SPC: %3 payments, %4. Matching: %5.</source>
        <translation>Здесь: платежей %1 на сумму %2. В ЕРЦ: платежей %3 на сумму %4. Совпало: %5.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>at the SPC, not here</source>
        <translation>есть в ЕРЦ, нет здесь</translation>
    </message>
    <message>
        <location line="+1" />
        <source>here, not at the SPC</source>
        <translation>есть здесь, нет в ЕРЦ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>amounts differ</source>
        <translation>суммы различаются</translation>
    </message>
    <message>
        <location line="+1" />
        <source>voided on one side only</source>
        <translation>аннулирован только с одной стороны</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Receipt</source>
        <translation>Квитанция</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Here</source>
        <translation>Здесь</translation>
    </message>
    <message>
        <location line="+0" />
        <source>SPC</source>
        <translation>ЕРЦ</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 difference(s):</source>
        <translation>Расхождения (%1):</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The day closes only after the SPC's register was compared: try again when the SPC answers.</source>
        <translation>День закрывается только после сверки с реестром ЕРЦ: повторите, когда ЕРЦ ответит.</translation>
    </message>
    <message>
        <location line="+84" />
        <source>The count differs from the expected cash by %1: write why in the note.</source>
        <translation>Пересчёт расходится с ожидаемой суммой на %1: напишите причину в примечании.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cash_count.py" line="+40" />
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+2" />
        <source>over by %1</source>
        <translation>излишек %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>short by %1</source>
        <translation>недостача %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/day_close.py" line="+7" />
        <source>Register (PDF)</source>
        <translation>Реестр (PDF)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Register (CSV)</source>
        <translation>Реестр (CSV)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Z-report (PDF)</source>
        <translation>Z-отчёт (PDF)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The day %1 is closed by %2. No payment can be dated to it any more.</source>
        <translation>Операционный день %1 закрыт (%2). Платежи этим днём больше невозможны.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Counted %1, expected %2.</source>
        <translation>Пересчитано %1, ожидалось %2.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+26" />
        <source>The business day %1 is open: payments from now on are dated to it.</source>
        <translation>Операционный день %1 открыт: платежи с этого момента относятся к нему.</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../../ui/demo/people.py" line="+66" />
        <source>Demo users (user / password): %1</source>
        <translation>Демо-пользователи (пользователь / пароль): %1</translation>
    </message>
</context>
<context>
    <name>DeskPage</name>
    <message>
        <location filename="../../ui/desk/page.py" line="+63" />
        <source>Services  (F4: amounts and readings; Enter: next field)</source>
        <translation>Услуги  (F4 — суммы и показания; Enter — следующее поле)</translation>
    </message>
</context>
<context>
    <name>DeskStatusBar</name>
    <message>
        <location filename="../../ui/desk/status_bar.py" line="+115" />
        <source>Processing center: checking…</source>
        <translation>Расчётный центр: проверка связи…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Queue: —</source>
        <translation>Очередь: —</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Teller: %1</source>
        <translation>Кассир: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Workstation %1</source>
        <translation>Рабочее место %1</translation>
    </message>
    <message>
        <location line="+77" />
        <source>Processing center: credentials refused, call IT</source>
        <translation>Расчётный центр: учётные данные отклонены, позвоните в ИТ</translation>
    </message>
    <message numerus="yes">
        <location line="+55" />
        <source>%n refused: supervisor needed</source>
        <translation>
            <numerusform>%n отклонён: нужен старший кассир</numerusform>
            <numerusform>%n отклонено: нужен старший кассир</numerusform>
            <numerusform>%n отклонено: нужен старший кассир</numerusform>
        </translation>
    </message>
    <message>
        <location line="-46" />
        <source>(never reached)</source>
        <translation>(связи ещё не было)</translation>
    </message>
    <message>
        <location line="-123" />
        <source>Payments waiting, parked and refused: click or press F6</source>
        <translation>Ожидающие, приостановленные и отклонённые платежи: щёлкните или нажмите F6</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The business day payments are dated to</source>
        <translation>Операционный день, к которому относятся платежи</translation>
    </message>
    <message>
        <location line="+49" />
        <source>Business day %1</source>
        <translation>Операционный день %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>closed</source>
        <translation>закрыт</translation>
    </message>
    <message>
        <location line="+2" />
        <source>day %1 not closed (F12)</source>
        <translation>день %1 не закрыт (F12)</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Drawer over its limit: hand cash over (F11)</source>
        <translation>Касса сверх лимита: сдайте наличные (F11)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The drawer holds more cash than the bank's hard limit: no payment is taken until cash is handed over to the vault (F11).</source>
        <translation>В кассе больше наличных, чем предельный лимит банка: платежи не принимаются, пока наличные не сданы в хранилище (F11).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Drawer above the warning level: hand cash over (F11)</source>
        <translation>Касса выше уровня предупреждения: сдайте наличные (F11)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The drawer holds more cash than the bank's warning level: hand the surplus over to the vault (F11) before it reaches the hard limit.</source>
        <translation>В кассе больше наличных, чем уровень предупреждения банка: сдайте излишек в хранилище (F11), пока не достигнут предельный лимит.</translation>
    </message>
    <message numerus="yes">
        <location line="+61" />
        <source>Clock %n min behind</source>
        <translation>
            <numerusform>Часы отстают на %n мин</numerusform>
            <numerusform>Часы отстают на %n мин</numerusform>
            <numerusform>Часы отстают на %n мин</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>This computer's clock is %n min behind the processing center's: call IT</source>
        <translation>
            <numerusform>Часы этого компьютера отстают от часов расчётного центра на %n минуту: позвоните в ИТ</numerusform>
            <numerusform>Часы этого компьютера отстают от часов расчётного центра на %n минуты: позвоните в ИТ</numerusform>
            <numerusform>Часы этого компьютера отстают от часов расчётного центра на %n минут: позвоните в ИТ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>Clock %n min ahead</source>
        <translation>
            <numerusform>Часы спешат на %n мин</numerusform>
            <numerusform>Часы спешат на %n мин</numerusform>
            <numerusform>Часы спешат на %n мин</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>This computer's clock is %n min ahead of the processing center's: call IT</source>
        <translation>
            <numerusform>Часы этого компьютера спешат относительно расчётного центра на %n минуту: позвоните в ИТ</numerusform>
            <numerusform>Часы этого компьютера спешат относительно расчётного центра на %n минуты: позвоните в ИТ</numerusform>
            <numerusform>Часы этого компьютера спешат относительно расчётного центра на %n минут: позвоните в ИТ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10" />
        <source>%n receipt(s) not made</source>
        <translation>
            <numerusform>%n квитанция не сформирована</numerusform>
            <numerusform>%n квитанции не сформированы</numerusform>
            <numerusform>%n квитанций не сформировано</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>Payments saved whose receipt could not be made yet (is the disk full?). They are made as soon as they can be; the day cannot be closed before.</source>
        <translation>Сохранённые платежи, квитанции к которым пока не удалось сформировать (диск заполнен?). Они будут сформированы, как только это станет возможно; до этого день закрыть нельзя.</translation>
    </message>
    <message numerus="yes">
        <location line="+10" />
        <source>%n parked</source>
        <translation>
            <numerusform>%n приостановлен</numerusform>
            <numerusform>%n приостановлено</numerusform>
            <numerusform>%n приостановлено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%n payment(s) parked until the credentials are fixed</source>
        <translation>
            <numerusform>%n платёж приостановлен до исправления учётных данных</numerusform>
            <numerusform>%n платежа приостановлены до исправления учётных данных</numerusform>
            <numerusform>%n платежей приостановлены до исправления учётных данных</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17" />
        <source>Back office: journal refused</source>
        <translation>Бэк-офис: журнал отклонён</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Back office: credentials refused, call IT</source>
        <translation>Бэк-офис: учётные данные отклонены, позвоните в ИТ</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Back office: not contacted yet</source>
        <translation>Бэк-офис: связи ещё не было</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Back office: unreachable since %1</source>
        <translation>Бэк-офис: недоступен с %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Back office: unreachable</source>
        <translation>Бэк-офис: недоступен</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>Back office: sending %n record(s)</source>
        <translation>
            <numerusform>Бэк-офис: передаётся %n запись</numerusform>
            <numerusform>Бэк-офис: передаются %n записи</numerusform>
            <numerusform>Бэк-офис: передаются %n записей</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>Back office: up to date</source>
        <translation>Бэк-офис: всё передано</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The bank's back office holds %1 of this desk's %2 journal records</source>
        <translation>В бэк-офисе банка %1 из %2 записей журнала этого рабочего места</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+14" />
        <source>Last successful contact: %1</source>
        <translation>Последняя успешная связь: %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No successful contact yet</source>
        <translation>Успешной связи ещё не было</translation>
    </message>
    <message>
        <location line="-14" />
        <location line="+16" />
        <source>Last error: %1</source>
        <translation>Последняя ошибка: %1</translation>
    </message>
    <message>
        <location line="-117" />
        <source>Processing center: not contacted yet</source>
        <translation>Расчётный центр: связи ещё не было</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Processing center: online</source>
        <translation>Расчётный центр: на связи</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Processing center: unreachable since %1</source>
        <translation>Расчётный центр: нет связи с %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Processing center: unreachable</source>
        <translation>Расчётный центр: нет связи</translation>
    </message>
    <message>
        <location line="+4" />
        <source>All payments sent</source>
        <translation>Все платежи отправлены</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n payment(s) waiting to be sent</source>
        <translation>
            <numerusform>%n платёж ждёт отправки</numerusform>
            <numerusform>%n платежа ждут отправки</numerusform>
            <numerusform>%n платежей ждут отправки</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>oldest %1</source>
        <translation>самый ранний — %1</translation>
    </message>
</context>
<context>
    <name>DeskWindow</name>
    <message>
        <location filename="../../ui/desk/window.py" line="+82" />
        <source>Utility payments — %1</source>
        <translation>Коммунальные платежи — %1</translation>
    </message>
    <message>
        <location line="+167" />
        <source>The cash session of %1 is open on this workstation: they close it with a count (F11), or a supervisor does.</source>
        <translation>На этом рабочем месте открыта смена (кассир %1): закрыть её с пересчётом (F11) может этот кассир или старший кассир.</translation>
    </message>
    <message>
        <location line="+59" />
        <source>Receipt %1 voided; the cancel goes to the SPC.</source>
        <translation>Квитанция %1 аннулирована; отмена уйдёт в расчётный центр.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Settings saved.</source>
        <translation>Настройки сохранены.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The new language is used from the next start.</source>
        <translation>Новый язык будет применён при следующем запуске.</translation>
    </message>
</context>
<context>
    <name>DraftForm</name>
    <message>
        <location filename="../../ui/desk/draft_form.py" line="+78" />
        <source>Type the cash received, then press Enter or F9.</source>
        <translation>Введите полученную сумму наличных и нажмите Enter или F9.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Ready: press Enter or F9 to accept the payment.</source>
        <translation>Готово: нажмите Enter или F9, чтобы принять платёж.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>%1: %2 is more than %3 times the amount due (%4). Is that right?</source>
        <translation>%1: %2 — больше чем в %3 раза больше суммы к оплате (%4). Всё верно?</translation>
    </message>
    <message>
        <location line="+36" />
        <source>amount</source>
        <translation>сумма</translation>
    </message>
    <message>
        <location line="+0" />
        <source>reading</source>
        <translation>показание</translation>
    </message>
</context>
<context>
    <name>DrawerDialog</name>
    <message>
        <location filename="../../ui/dialogs/drawer.py" line="+61" />
        <source>Cash drawer</source>
        <translation>Касса</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Cash session of workstation %1</source>
        <translation>Кассовая смена рабочего места %1</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Reading the drawer…</source>
        <translation>Читаем данные кассы…</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Close window  (Esc)</source>
        <translation>Закрыть окно  (Esc)</translation>
    </message>
    <message>
        <location line="+103" />
        <source>Only a teller or a supervisor opens a cash session.</source>
        <translation>Открыть смену может только кассир или старший кассир.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Open · teller %1</source>
        <translation>Открыта · кассир %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Opened %1 · business day %2</source>
        <translation>Открыта %1 · операционный день %2</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Only a teller or a supervisor handles the cash.</source>
        <translation>С наличными работает только кассир или старший кассир.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This session belongs to %1: only they or a supervisor can hand cash over or close it.</source>
        <translation>Эту смену открыл кассир %1: сдать наличные или закрыть её может только он или старший кассир.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Type the float counted in the drawer (0 if it is empty).</source>
        <translation>Введите пересчитанный остаток в кассе (0, если она пуста).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Opening the session…</source>
        <translation>Открываем смену…</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The cash session is open with a float of %1.</source>
        <translation>Смена открыта, остаток на начало %1.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Type the amount taken to the vault.</source>
        <translation>Введите сумму, которую сдаёте в хранилище.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Recording the handover…</source>
        <translation>Записываем сдачу в хранилище…</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1 handed over to the vault.</source>
        <translation>%1 сдано в хранилище.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/drawer_close.py" line="+45" />
        <source>Recount</source>
        <translation>Пересчитать заново</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Count the drawer again: the new count is recorded as a recount</source>
        <translation>Пересчитать кассу ещё раз: новый пересчёт записывается как повторный</translation>
    </message>
    <message>
        <location line="+58" />
        <source>Not an amount yet: type digits, a comma before the tiyn.</source>
        <translation>Это ещё не сумма: введите цифры, тиыны — после запятой.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Over by %1: say why in the note.</source>
        <translation>Излишек %1: укажите причину в примечании.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Short by %1: say why in the note.</source>
        <translation>Недостача %1: укажите причину в примечании.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Matches the expected cash.</source>
        <translation>Совпадает с ожидаемой суммой.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Expected in the drawer: %1. You counted %2.</source>
        <translation>Должно быть в кассе: %1. Вы пересчитали: %2.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Or count again (Recount).</source>
        <translation>Или пересчитайте заново.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Submit the count</source>
        <translation>Подтвердить пересчёт</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Close session</source>
        <translation>Закрыть смену</translation>
    </message>
    <message>
        <location line="+12" />
        <location line="+9" />
        <source>Type the cash counted in the drawer.</source>
        <translation>Введите сумму, пересчитанную в кассе.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Closing the session…</source>
        <translation>Закрываем смену…</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Recording the count…</source>
        <translation>Записываем пересчёт…</translation>
    </message>
    <message>
        <location line="+34" />
        <source>The count differs from the expected cash by %1: write why in the note.</source>
        <translation>Пересчёт расходится с ожидаемой суммой на %1: напишите причину в примечании.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/drawer_forms.py" line="-187" />
        <source>An amount cannot be negative.</source>
        <translation>Сумма не может быть отрицательной.</translation>
    </message>
</context>
<context>
    <name>DrawerFigures</name>
    <message>
        <location line="+60" />
        <source>Opening float</source>
        <translation>Остаток на начало</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Received from payers</source>
        <translation>Принято от плательщиков</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Change given</source>
        <translation>Выдано сдачи</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Handed over to the vault</source>
        <translation>Сдано в хранилище</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Refunded for voids</source>
        <translation>Возвращено при аннулировании</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Expected in the drawer</source>
        <translation>Должно быть в кассе</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Paid by card on the terminal (not in the drawer)</source>
        <translation>Оплачено картой на терминале (не в кассе)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Refunded to cards on the terminal</source>
        <translation>Возвращено на карты через терминал</translation>
    </message>
</context>
<context>
    <name>EmailReceipt</name>
    <message>
        <location filename="../../ui/dialogs/email_receipt.py" line="+137" />
        <source>E-mail to %1: sent ✓</source>
        <translation>Письмо на %1: отправлено ✓</translation>
    </message>
    <message>
        <location line="+2" />
        <source>E-mail to %1: not sent, the mail server refused it (%2). Check the address with the customer and send again (Ctrl+E).</source>
        <translation>Письмо на %1 не отправлено: почтовый сервер отказал (%2). Сверьте адрес с клиентом и отправьте снова (Ctrl+E).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>E-mail to %1: queued; the mail server has not taken it yet (%2). It goes by itself.</source>
        <translation>Письмо на %1 в очереди: почтовый сервер его ещё не принял (%2). Оно уйдёт само.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>E-mail to %1: queued, it goes in a moment.</source>
        <translation>Письмо на %1 в очереди, сейчас уйдёт.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>E-mail  (%1)</source>
        <translation>На почту  (%1)</translation>
    </message>
</context>
<context>
    <name>EmailReceiptDialog</name>
    <message>
        <location line="-119" />
        <source>E-mail the receipt</source>
        <translation>Отправить квитанцию по электронной почте</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Receipt № %1, %2, goes to the customer as a PDF, in Russian and Kazakh. The desk sends it in the background: nobody waits for the mail server.</source>
        <translation>Квитанция № %1 на %2 уйдёт клиенту файлом PDF на русском и казахском языках. Касса отправит её в фоне: ждать почтовый сервер не нужно.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>e.g. aigerim@mail.kz</source>
        <translation>например, aigerim@mail.kz</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+2" />
        <source>Customer's e-mail</source>
        <translation>Электронная почта клиента</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Send  (Enter)</source>
        <translation>Отправить  (Enter)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancel  (Esc)</source>
        <translation>Отмена  (Esc)</translation>
    </message>
</context>
<context>
    <name>EntryController</name>
    <message>
        <location filename="../../ui/desk/entry.py" line="+163" />
        <source>The scanned invoice is for %1, the processing center now bills %2: check the amounts with the customer.</source>
        <translation>Отсканирован счёт за %1, а расчётный центр выставляет счёт за %2: сверьте суммы с клиентом.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>The amounts in the table are enough to accept the payment.</source>
        <translation>Для приёма платежа достаточно сумм в таблице.</translation>
    </message>
    <message>
        <location line="+88" />
        <source>Saving the payment…</source>
        <translation>Сохраняем платёж…</translation>
    </message>
    <message>
        <location line="+70" />
        <source>The payment was not saved.</source>
        <translation>Платёж не сохранён.</translation>
    </message>
</context>
<context>
    <name>GateScreen</name>
    <message>
        <location filename="../../ui/desk/gate.py" line="+45" />
        <source>Workstation %1</source>
        <translation>Рабочее место %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>e.g. t.sadykova</source>
        <translation>например, t.sadykova</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Another user</source>
        <translation>Другой пользователь</translation>
    </message>
    <message>
        <location line="+14" />
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location line="+29" />
        <location line="+1" />
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Locked</source>
        <translation>Заблокировано</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 stepped away. The unfinished payment is kept; enter the password to go on.</source>
        <translation>Пользователь %1 отошёл. Незавершённый платёж сохранён; чтобы продолжить, введите пароль.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>No users on this workstation yet: they come from the bank's back office as soon as it is reached. If this lasts, call the bank's IT.</source>
        <translation>На этом рабочем месте ещё нет пользователей: они поступят из бэк-офиса банка, как только появится связь. Если это затянется, позвоните в ИТ банка.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No users on this workstation yet. The administrator adds them: cashier users add ID --name NAME --role teller.</source>
        <translation>На этом рабочем месте ещё нет пользователей. Их добавляет администратор: cashier users add ID --name NAME --role teller.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Enter your user id.</source>
        <translation>Введите имя пользователя.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Enter your password.</source>
        <translation>Введите пароль.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Checking…</source>
        <translation>Проверяем…</translation>
    </message>
</context>
<context>
    <name>HandoverForm</name>
    <message>
        <location filename="../../ui/dialogs/drawer_forms.py" line="+31" />
        <source>Hand over to the vault</source>
        <translation>Сдать в хранилище</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Amount handed over</source>
        <translation>Сдаваемая сумма</translation>
    </message>
    <message>
        <location line="+4" />
        <source>e.g. bag 0412, seal 77813</source>
        <translation>например, сумка 0412, пломба 77813</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Handover note</source>
        <translation>Примечание к сдаче</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hand over</source>
        <translation>Сдать</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Note (bag, seal; optional)</source>
        <translation>Примечание (сумка, пломба; необязательно)</translation>
    </message>
</context>
<context>
    <name>InvoiceView</name>
    <message>
        <location filename="../../ui/desk/invoice_view.py" line="+41" />
        <location line="+82" />
        <source>Invoice</source>
        <translation>Счёт-извещение</translation>
    </message>
    <message>
        <location line="-55" />
        <source>Zoom out (Ctrl+-)</source>
        <translation>Уменьшить (Ctrl+-)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Zoom in (Ctrl+=)</source>
        <translation>Увеличить (Ctrl+=)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fit to width (Ctrl+0)</source>
        <translation>По ширине (Ctrl+0)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Whole page (Ctrl+9)</source>
        <translation>Страница целиком (Ctrl+9)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Previous page (PgUp)</source>
        <translation>Предыдущая страница (PgUp)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Next page (PgDn)</source>
        <translation>Следующая страница (PgDn)</translation>
    </message>
    <message>
        <location line="+42" />
        <source>Receipt</source>
        <translation>Квитанция</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The invoice appears here once an account is found.</source>
        <translation>Здесь появится счёт-извещение, когда лицевой счёт будет найден.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Loading the invoice from the processing center…</source>
        <translation>Загружаем счёт-извещение из расчётного центра…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The invoice image is not available.</source>
        <translation>Изображение счёта-извещения недоступно.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The processing center sent an empty file.</source>
        <translation>Расчётный центр прислал пустой файл.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>The file from the processing center is not a readable PDF (%1).</source>
        <translation>Файл из расчётного центра не является читаемым PDF (%1).</translation>
    </message>
    <message>
        <location line="+76" />
        <source>width</source>
        <translation>по ширине</translation>
    </message>
    <message>
        <location line="+2" />
        <source>page</source>
        <translation>страница</translation>
    </message>
</context>
<context>
    <name>JournalAlarm</name>
    <message>
        <location filename="../../ui/desk/backoffice_link.py" line="-112" />
        <source>The bank's back office refuses this desk's journal: record %1 does not match its checksum.</source>
        <translation>Бэк-офис банка не принимает журнал этого рабочего места: запись %1 не совпадает со своей контрольной суммой.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The bank's back office holds this desk's journal up to record %1, and this desk has fewer: records were deleted from this desk.</source>
        <translation>В бэк-офисе банка журнал этого рабочего места хранится до записи %1, а здесь записей меньше: записи были удалены с этого рабочего места.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The bank's back office refuses this desk's journal: record %1 differs from the one it received earlier, so this desk's records were changed after they were sent.</source>
        <translation>Бэк-офис банка не принимает журнал этого рабочего места: запись %1 отличается от полученной ранее, значит записи этого рабочего места изменены после отправки.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Do not switch off or reinstall this computer; call the branch supervisor and the bank's IT security. Go on serving customers.</source>
        <translation>Не выключайте и не переустанавливайте этот компьютер; позвоните старшему кассиру филиала и в службу ИТ-безопасности банка. Продолжайте обслуживать клиентов.</translation>
    </message>
</context>
<context>
    <name>JournalAlarmBanner</name>
    <message>
        <location line="-31" />
        <source>Acknowledge…  (supervisor)</source>
        <translation>Подтвердить…  (старший кассир)</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <location filename="../../ui/desk/keys.py" line="+71" />
        <source>next customer</source>
        <translation>следующий клиент</translation>
    </message>
    <message>
        <location line="+1" />
        <source>find by address</source>
        <translation>поиск по адресу</translation>
    </message>
    <message>
        <location line="+1" />
        <source>amounts</source>
        <translation>суммы</translation>
    </message>
    <message>
        <location line="+1" />
        <source>next field</source>
        <translation>следующее поле</translation>
    </message>
    <message>
        <location line="+1" />
        <source>exact cash</source>
        <translation>без сдачи</translation>
    </message>
    <message>
        <location line="+1" />
        <source>banknotes</source>
        <translation>купюры</translation>
    </message>
    <message>
        <location line="+1" />
        <source>another account</source>
        <translation>ещё счёт</translation>
    </message>
    <message>
        <location line="+1" />
        <source>card</source>
        <translation>карта</translation>
    </message>
    <message>
        <location line="+1" />
        <source>accept</source>
        <translation>принять</translation>
    </message>
    <message>
        <location line="+1" />
        <source>clear</source>
        <translation>сбросить</translation>
    </message>
    <message>
        <location line="+1" />
        <source>print</source>
        <translation>печать</translation>
    </message>
    <message>
        <location line="+1" />
        <source>e-mail</source>
        <translation>на почту</translation>
    </message>
    <message>
        <location line="+1" />
        <source>queue</source>
        <translation>очередь</translation>
    </message>
    <message>
        <location line="+1" />
        <source>void</source>
        <translation>аннулировать</translation>
    </message>
    <message>
        <location line="+1" />
        <source>cash</source>
        <translation>касса</translation>
    </message>
    <message>
        <location line="+1" />
        <source>close day</source>
        <translation>закрыть день</translation>
    </message>
    <message>
        <location line="+1" />
        <source>branch</source>
        <translation>филиал</translation>
    </message>
    <message>
        <location line="+1" />
        <source>lock</source>
        <translation>блокировка</translation>
    </message>
    <message>
        <location line="+1" />
        <source>settings</source>
        <translation>настройки</translation>
    </message>
</context>
<context>
    <name>LimitPanel</name>
    <message>
        <location filename="../../ui/dialogs/drawer_controls.py" line="-51" />
        <source>warning level %1</source>
        <translation>уровень предупреждения %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>hard limit %1</source>
        <translation>предельный лимит %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The bank's cash limits for a drawer: %1.</source>
        <translation>Кассовые лимиты банка: %1.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Above the hard limit: no more cash is taken until you hand %1 over to the vault (filled in below).</source>
        <translation>Выше предельного лимита: наличные не принимаются, пока вы не сдадите %1 в хранилище (сумма подставлена ниже).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Above the warning level: hand %1 over to the vault (filled in below).</source>
        <translation>Выше уровня предупреждения: сдайте %1 в хранилище (сумма подставлена ниже).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Within the bank's cash limits.</source>
        <translation>В пределах кассовых лимитов банка.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ui/messages.py" line="+22" />
        <source>Type the personal account number from the invoice, then press Enter.</source>
        <translation>Введите номер лицевого счёта со счёта-извещения и нажмите Enter.</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+2" />
        <source>A personal account number has 4 to 20 digits. Check the number on the invoice and type it again.</source>
        <translation>Номер лицевого счёта состоит из 4–20 цифр. Сверьте номер со счётом-извещением и введите его заново.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Account {account} is not known to the processing center. Check the number on the invoice; if it is right, the customer should contact the service provider.</source>
        <translation>Лицевой счёт {account} не найден в расчётном центре. Сверьте номер со счётом-извещением; если он верный, клиенту нужно обратиться к поставщику услуг.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The processing center cannot be reached and account {account} was never looked up here, so there is no offline copy. Take the payment when the connection is back.</source>
        <translation>Нет связи с расчётным центром, а лицевой счёт {account} здесь ещё не открывали, поэтому сохранённой копии нет. Примите платёж, когда связь восстановится.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The invoice barcode did not read correctly. Scan it again or type the account number by hand.</source>
        <translation>Штрихкод счёта-извещения считался с ошибкой. Отсканируйте его ещё раз или введите номер лицевого счёта вручную.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The QR code was read only in part. Scan it again.</source>
        <translation>QR-код считался не полностью. Отсканируйте его ещё раз.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The QR code is damaged. Scan it again or type the account number by hand.</source>
        <translation>QR-код повреждён. Отсканируйте его ещё раз или введите номер лицевого счёта вручную.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The QR code has no personal account. Type the account number from the invoice by hand.</source>
        <translation>В QR-коде нет лицевого счёта. Введите номер лицевого счёта со счёта-извещения вручную.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The QR code's personal account is not 4 to 20 digits. Type the account number from the invoice by hand.</source>
        <translation>Лицевой счёт в QR-коде не из 4–20 цифр. Введите номер лицевого счёта со счёта-извещения вручную.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The QR code's amount is damaged. Scan it again or type the account number by hand.</source>
        <translation>Сумма в QR-коде повреждена. Отсканируйте его ещё раз или введите номер лицевого счёта вручную.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A meter reading in the QR code is damaged. Scan it again or type the account number by hand.</source>
        <translation>Показание счётчика в QR-коде повреждено. Отсканируйте его ещё раз или введите номер лицевого счёта вручную.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The QR code's payment period is damaged. Scan it again or type the account number by hand.</source>
        <translation>Период оплаты в QR-коде повреждён. Отсканируйте его ещё раз или введите номер лицевого счёта вручную.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Enter an amount, or leave the field empty to skip the service.</source>
        <translation>Введите сумму или оставьте поле пустым, чтобы не оплачивать эту услугу.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Not an amount. Type digits with a comma before the tiyn, for example 1272,26.</source>
        <translation>Это не сумма. Введите цифры, тиыны — после запятой, например 1272,26.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Too many digits after the comma: an amount has at most two (tiyn), for example 1272,26.</source>
        <translation>Слишком много цифр после запятой: в сумме их не больше двух (тиыны), например 1272,26.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>An amount cannot be negative. Type the sum the customer pays, or leave the field empty to skip the service.</source>
        <translation>Сумма не может быть отрицательной. Введите сумму, которую платит клиент, или оставьте поле пустым, чтобы не оплачивать услугу.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The amount is far too large. Check it and type it again.</source>
        <translation>Слишком большая сумма. Проверьте её и введите заново.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This service is not on the account. Look the account up again.</source>
        <translation>Этой услуги нет на лицевом счёте. Найдите лицевой счёт заново.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Enter the current meter reading, or leave the field empty.</source>
        <translation>Введите текущее показание счётчика или оставьте поле пустым.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Not a meter reading. Type the digits from the meter, for example 12410 or 12410,5.</source>
        <translation>Это не показание счётчика. Введите цифры со счётчика, например 12410 или 12410,5.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Too many digits after the comma: a reading has at most three.</source>
        <translation>Слишком много цифр после запятой: в показании их не больше трёх.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A meter reading cannot be negative.</source>
        <translation>Показание счётчика не может быть отрицательным.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The reading is far too large. Check the meter and type it again.</source>
        <translation>Слишком большое показание. Сверьтесь со счётчиком и введите заново.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The reading is below the previous one ({previous} {unit}). Check the meter and the number you typed.</source>
        <translation>Показание меньше предыдущего ({previous} {unit}). Сверьте показание счётчика с введённым числом.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This service has no meter: leave the reading empty.</source>
        <translation>У этой услуги нет счётчика: оставьте показание пустым.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A reading is sent together with a payment: enter an amount for this service, or clear the reading.</source>
        <translation>Показание передаётся вместе с оплатой: введите сумму по этой услуге или сотрите показание.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Nothing to pay: enter an amount for at least one service.</source>
        <translation>Нечего оплачивать: введите сумму хотя бы по одной услуге.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The fee cannot be negative.</source>
        <translation>Комиссия не может быть отрицательной.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>One payment may not exceed {limit}: take at most that much in this payment. The limit is the bank's setting (max_payment).</source>
        <translation>Один платёж не может превышать {limit}: примите в этом платеже не больше этой суммы. Лимит задаёт банк (настройка max_payment).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The cash received is less than the total: {missing} more is needed.</source>
        <translation>Получено меньше, чем к оплате: не хватает {missing}.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Type the cash received from the customer.</source>
        <translation>Введите сумму наличных, полученную от клиента.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The business day is closed: no payment can be accepted. A supervisor opens the next business day (F12, Open the next business day).</source>
        <translation>Операционный день закрыт: платежи не принимаются. Старший кассир открывает следующий операционный день (F12, «Открыть следующий операционный день»).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Payments have not reached the processing center for over {hours} h, so new payments are stopped. Ask the branch IT person to restore the connection (or to change the offline limit in the settings).</source>
        <translation>Платежи не доходят до расчётного центра больше {hours} ч, поэтому приём новых платежей остановлен. Попросите ИТ-специалиста филиала восстановить связь (или изменить лимит работы без связи в настройках).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Unsent payments would exceed the offline limit of {limit}, so new payments are stopped. Ask the branch IT person to restore the connection (or to change the offline limit in the settings).</source>
        <translation>Неотправленные платежи превысили бы лимит работы без связи {limit}, поэтому приём новых платежей остановлен. Попросите ИТ-специалиста филиала восстановить связь (или изменить лимит в настройках).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Write what was done about the refused payment (refund, payment taken again...).</source>
        <translation>Напишите, что сделано с отклонённым платежом (возврат, платёж принят заново…).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This payment is no longer waiting for a decision: someone has resolved it already.</source>
        <translation>Этот платёж уже не ждёт решения: его уже разобрали.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Type part of the address: a street, a house number, a flat.</source>
        <translation>Введите часть адреса: улицу, номер дома, квартиру.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The settings could not be saved: {detail}. Nothing was changed.</source>
        <translation>Не удалось сохранить настройки: {detail}. Ничего не изменено.</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Printing is not set up on this computer (the CUPS commands are missing). The payment is saved: open the receipt and print it from the viewer, or call IT support.</source>
        <translation>На этом компьютере не настроена печать (нет команд CUPS). Платёж сохранён: откройте квитанцию и напечатайте её из программы просмотра или позвоните в ИТ-поддержку.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No receipt printer is chosen and the computer has no default printer. The payment is saved: choose a printer in Settings (F10), then press Reprint.</source>
        <translation>Принтер для квитанций не выбран, и на компьютере нет принтера по умолчанию. Платёж сохранён: выберите принтер в настройках (F10) и нажмите «Напечатать снова».</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The printing service of this computer is not running. The payment is saved: ask IT to start it, then press Reprint.</source>
        <translation>Служба печати на этом компьютере не запущена. Платёж сохранён: попросите ИТ-специалиста запустить её и нажмите «Напечатать снова».</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The printer chosen in Settings does not exist on this computer. The payment is saved: choose another printer (F10), then press Reprint.</source>
        <translation>Принтера, выбранного в настройках, на этом компьютере нет. Платёж сохранён: выберите другой принтер (F10) и нажмите «Напечатать снова».</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The printer does not take jobs now (it is stopped or paused). The payment is saved: ask IT to enable it, then press Reprint.</source>
        <translation>Принтер сейчас не принимает задания (он остановлен или приостановлен). Платёж сохранён: попросите ИТ-специалиста включить его и нажмите «Напечатать снова».</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The printing service did not answer in time. The payment is saved: check the printer, then press Reprint.</source>
        <translation>Служба печати не ответила вовремя. Платёж сохранён: проверьте принтер и нажмите «Напечатать снова».</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The receipt could not be sent to the printer: {detail}. The payment is saved: check the printer and press Reprint.</source>
        <translation>Не удалось отправить квитанцию на принтер: {detail}. Платёж сохранён: проверьте принтер и нажмите «Напечатать снова».</translation>
    </message>
    <message>
        <location line="-56" />
        <source>This payment is not on this workstation.</source>
        <translation>Этого платежа нет на данном рабочем месте.</translation>
    </message>
    <message>
        <location line="-88" />
        <source>This payment needs the payer identified (above {threshold}, alone or with the account's payments today): ask for the IIN and the identity document.</source>
        <translation>Для этого платежа нужно идентифицировать плательщика (свыше {threshold} — сам по себе или вместе с сегодняшними платежами по счёту): попросите ИИН и документ, удостоверяющий личность.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A payment above {threshold} needs a supervisor's approval: a supervisor types their own password at this desk.</source>
        <translation>Платёж свыше {threshold} подтверждает старший кассир: он вводит свой пароль на этом рабочем месте.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Do not take this payment: the payer matches the bank's sanctions list. Call the compliance officer now and do not tell the customer why.</source>
        <translation>Не принимайте этот платёж: плательщик совпадает с санкционным списком банка. Немедленно позвоните комплаенс-контролёру и не сообщайте клиенту причину.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The bank's sanctions list cannot be read, so no identified payer can be screened. Call IT; payments that need no identification can still be taken.</source>
        <translation>Санкционный список банка не читается, поэтому идентифицированных плательщиков проверить нельзя. Позвоните в ИТ; платежи без идентификации принимать можно.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>An IIN is 12 digits. Type the 12 digits from the customer's ID card.</source>
        <translation>ИИН — это 12 цифр. Введите 12 цифр из удостоверения личности клиента.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This IIN does not exist: a digit is mistyped. Check it against the ID card.</source>
        <translation>Такого ИИН не существует: цифра введена с ошибкой. Сверьте с удостоверением личности.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The IIN's first digits are not a real birth date. Check the IIN against the ID card.</source>
        <translation>Первые цифры ИИН не образуют настоящую дату рождения. Сверьте ИИН с удостоверением личности.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Type the payer's surname and name (and patronymic) as on the document: letters, at least two words.</source>
        <translation>Введите фамилию и имя (и отчество) плательщика, как в документе: буквами, не меньше двух слов.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose the identity document from the list.</source>
        <translation>Выберите документ, удостоверяющий личность, из списка.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Type the document's number as printed on it: 5 to 20 digits or capital Latin letters.</source>
        <translation>Введите номер документа, как он напечатан: от 5 до 20 цифр или заглавных латинских букв.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Type the document's issue date as on it, like 15.03.2019: not after today and not before the birth date in the IIN.</source>
        <translation>Введите дату выдачи документа, как в нём, например 15.03.2019: не позже сегодняшнего дня и не раньше даты рождения из ИИН.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The document is TYPE:NUMBER:DATE, like id_card:043256789:15.03.2019.</source>
        <translation>Документ указывается как ТИП:НОМЕР:ДАТА, например id_card:043256789:15.03.2019.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The sanctions list {path} does not exist: call IT (sanctions_list in config.toml). Identified payers cannot be screened until it is found.</source>
        <translation>Санкционного списка {path} нет: позвоните в ИТ (sanctions_list в config.toml). Пока он не найден, идентифицированных плательщиков проверить нельзя.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The sanctions list {path} cannot be read ({error}): call IT.</source>
        <translation>Санкционный список {path} не читается ({error}): позвоните в ИТ.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The sanctions list {path} is refused at line {line}; the list in force stays as it was. Call IT to fix the file.</source>
        <translation>Санкционный список {path} отклонён в строке {line}; действующий список остаётся прежним. Позвоните в ИТ, чтобы исправить файл.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Load an account to take a payment.</source>
        <translation>Найдите лицевой счёт, чтобы принять платёж.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>An account is in the basket twice: remove one and put its amounts together.</source>
        <translation>Лицевой счёт в корзине дважды: уберите один и сложите суммы вместе.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>With several accounts each amount names its account: ACCOUNT:CODE=AMOUNT.</source>
        <translation>При нескольких счетах каждая сумма указывает свой счёт: СЧЁТ:КОД=СУММА.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>With several accounts each reading names its account: ACCOUNT:CODE=VALUE.</source>
        <translation>При нескольких счетах каждое показание указывает свой счёт: СЧЁТ:КОД=ЗНАЧЕНИЕ.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Type the amount paid by card as the terminal's slip shows it.</source>
        <translation>Введите сумму, оплаченную картой, как в чеке терминала.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Type the authorisation code from the terminal's slip: 6 letters or digits.</source>
        <translation>Введите код авторизации из чека терминала: 6 букв или цифр.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Type the RRN from the terminal's slip: 12 digits or letters.</source>
        <translation>Введите RRN из чека терминала: 12 цифр или букв.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The card part is more than the total {total}: a card pays at most the total.</source>
        <translation>Сумма по карте больше итога {total}: картой можно оплатить не больше итога.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The cash drawer's command runs a program at this desk: a supervisor or IT sets it.</source>
        <translation>Команда денежного ящика запускает программу на этом рабочем месте: её задаёт старший кассир или ИТ.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This payer was not identified at this desk before: give the full name and the identity document too.</source>
        <translation>Этот плательщик раньше здесь не идентифицировался: укажите также ФИО и документ, удостоверяющий личность.</translation>
    </message>
    <message>
        <location line="+66" />
        <source>The processing center cannot be reached. Check the network cable; payments accepted meanwhile are kept and sent later.</source>
        <translation>Нет связи с расчётным центром. Проверьте сетевой кабель; принятые за это время платежи сохраняются и будут отправлены позже.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The processing center refused this workstation's credentials. Call IT support: the workstation token must be renewed.</source>
        <translation>Расчётный центр отклонил учётные данные рабочего места. Позвоните в ИТ-поддержку: нужно обновить токен рабочего места.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The processing center sent an answer this program does not understand. Try again; if it repeats, call IT support.</source>
        <translation>Расчётный центр прислал ответ, который программа не понимает. Повторите попытку; если ошибка повторится, позвоните в ИТ-поддержку.</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+2" />
        <source>The processing center sent damaged account data. Try again; if it repeats, call IT support.</source>
        <translation>Расчётный центр прислал повреждённые данные лицевого счёта. Повторите попытку; если ошибка повторится, позвоните в ИТ-поддержку.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The processing center sent incomplete account data. Try again; if it repeats, call IT support.</source>
        <translation>Расчётный центр прислал неполные данные лицевого счёта. Повторите попытку; если ошибка повторится, позвоните в ИТ-поддержку.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The processing center sent a damaged amount. Try again; if it repeats, call IT support.</source>
        <translation>Расчётный центр прислал повреждённую сумму. Повторите попытку; если ошибка повторится, позвоните в ИТ-поддержку.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The processing center sent a damaged meter reading. Try again; if it repeats, call IT support.</source>
        <translation>Расчётный центр прислал повреждённое показание счётчика. Повторите попытку; если ошибка повторится, позвоните в ИТ-поддержку.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The processing center already holds a different payment with the same number. Call IT support.</source>
        <translation>В расчётном центре уже есть другой платёж с тем же номером. Позвоните в ИТ-поддержку.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The processing center refused the request as malformed. Call IT support.</source>
        <translation>Расчётный центр отклонил запрос как некорректный. Позвоните в ИТ-поддержку.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This workstation has no access token for the processing center. Call IT support to register the workstation.</source>
        <translation>У рабочего места нет токена доступа к расчётному центру. Позвоните в ИТ-поддержку, чтобы зарегистрировать рабочее место.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The secure storage for the workstation token is not available. Call IT support.</source>
        <translation>Защищённое хранилище для токена рабочего места недоступно. Позвоните в ИТ-поддержку.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The secure storage refused the workstation token. Call IT support.</source>
        <translation>Защищённое хранилище не приняло токен рабочего места. Позвоните в ИТ-поддержку.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Another program is already sending this workstation's payments; they will still be sent.</source>
        <translation>Платежи этого рабочего места уже отправляет другая программа; они всё равно будут отправлены.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The offline copy of the accounts is already being refreshed. Try again in a few minutes.</source>
        <translation>Сохранённая копия лицевых счетов уже обновляется. Повторите через несколько минут.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The processing center has closed this billing period. Look the account up again to get the current invoice.</source>
        <translation>Расчётный центр закрыл этот расчётный период. Найдите лицевой счёт заново, чтобы получить текущий счёт-извещение.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The processing center did not accept the total. Call IT support.</source>
        <translation>Расчётный центр не принял итоговую сумму. Позвоните в ИТ-поддержку.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The processing center did not accept an amount. Check the amounts.</source>
        <translation>Расчётный центр не принял одну из сумм. Проверьте суммы.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>The original receipt {receipt_no} was already printed; only a copy can be printed now.</source>
        <translation>Оригинал квитанции {receipt_no} уже напечатан; теперь можно напечатать только копию.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The receipt file is missing. The payment is saved; ask the supervisor to reprint the receipt.</source>
        <translation>Файл квитанции не найден. Платёж сохранён; попросите старшего кассира перепечатать квитанцию.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The processing center has no invoice image for this account.</source>
        <translation>У расчётного центра нет счёта-извещения для этого лицевого счёта.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Wrong user id or password. Type the password again; after five wrong tries the user is locked for a few minutes.</source>
        <translation>Неверное имя пользователя или пароль. Введите пароль ещё раз; после пяти ошибок пользователь блокируется на несколько минут.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Too many wrong passwords: this user is locked for a few minutes. Wait, or ask the administrator to reset the password.</source>
        <translation>Слишком много неверных паролей: пользователь заблокирован на несколько минут. Подождите или попросите администратора сбросить пароль.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This user is disabled. Ask the administrator.</source>
        <translation>Этот пользователь отключён. Обратитесь к администратору.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>There is no such user on this workstation. Check the user id.</source>
        <translation>На этом рабочем месте нет такого пользователя. Проверьте имя пользователя.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sign in first.</source>
        <translation>Сначала войдите в систему.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Your role does not allow this. Ask a supervisor.</source>
        <translation>Ваша роль этого не позволяет. Обратитесь к старшему кассиру.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Write why the payment is voided (at least a few words), for example: wrong account number typed.</source>
        <translation>Напишите, почему платёж аннулируется (хотя бы несколько слов), например: ошибка в номере лицевого счёта.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A void needs a second person: a supervisor other than you must type their own user id and password.</source>
        <translation>Для аннулирования нужен второй человек: старший кассир (не вы) должен ввести свои имя пользователя и пароль.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This payment is already voided. Nothing more to do.</source>
        <translation>Этот платёж уже аннулирован. Больше ничего делать не нужно.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This payment is from an earlier business day: only payments of today can be voided. Ask the supervisor how to return the money.</source>
        <translation>Платёж принят в прошлый операционный день: аннулировать можно только сегодняшние платежи. Спросите старшего кассира, как вернуть деньги.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The processing center refused this payment, so it is not voided here: a supervisor resolves it in the payment queue (F6).</source>
        <translation>Расчётный центр отклонил этот платёж, поэтому он не аннулируется здесь: старший кассир разбирает его в очереди платежей (F6).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The void slip of {receipt_no} was already printed; only a copy can be printed now.</source>
        <translation>Акт аннулирования по квитанции {receipt_no} уже напечатан; теперь можно напечатать только копию.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The void slip file is missing. The void stands: print a copy and tell IT support.</source>
        <translation>Файл акта аннулирования не найден. Аннулирование в силе: напечатайте копию и сообщите в ИТ-поддержку.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The archived void slip was changed after it was written. The void stands: print a copy and tell IT support.</source>
        <translation>Акт аннулирования в архиве был изменён после записи. Аннулирование в силе: напечатайте копию и сообщите в ИТ-поддержку.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Too many copies of this void slip. Call IT support.</source>
        <translation>Слишком много копий этого акта аннулирования. Позвоните в ИТ-поддержку.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The void stands, but its slip could not be saved: {detail}. Tell IT support, then print the slip again.</source>
        <translation>Аннулирование в силе, но акт сохранить не удалось: {detail}. Сообщите в ИТ-поддержку, затем напечатайте акт снова.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No cash session is open on this workstation. Count the drawer and open a session with that float first.</source>
        <translation>На этом рабочем месте смена не открыта. Пересчитайте кассу и сначала откройте смену с этим остатком.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The open cash session belongs to another teller: they or a supervisor must close it with a cash count first.</source>
        <translation>Открытая смена принадлежит другому кассиру: сначала он или старший кассир должен закрыть её с пересчётом кассы.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A cash session is already open on this workstation (by {user_id}). Close it with a cash count first.</source>
        <translation>На этом рабочем месте уже открыта смена ({user_id}). Сначала закройте её с пересчётом кассы.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The cash session was opened for {business_date}. Close it with a cash count and open one for today.</source>
        <translation>Смена открыта на {business_date}. Закройте её с пересчётом кассы и откройте смену на сегодня.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This cash session no longer exists. Close the window and open it again.</source>
        <translation>Этой кассовой смены больше нет. Закройте окно и откройте его снова.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The drawer does not hold that much cash by the records. Type a smaller amount (at most the expected cash).</source>
        <translation>По записям в кассе нет столько наличных. Введите сумму меньше (не больше ожидаемой суммы в кассе).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Type an amount greater than zero.</source>
        <translation>Введите сумму больше нуля.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>The workstation is not set up correctly: {message}</source>
        <translation>Рабочее место настроено неправильно: {message}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Unexpected error: {error}. The data already saved is safe; if this repeats, call IT support.</source>
        <translation>Непредвиденная ошибка: {error}. Уже сохранённые данные в безопасности; если ошибка повторится, позвоните в ИТ-поддержку.</translation>
    </message>
    <message>
        <location line="+57" />
        <source>Check the input</source>
        <translation>Проверьте ввод</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Not found</source>
        <translation>Не найдено</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Not allowed</source>
        <translation>Действие запрещено</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Workstation setup</source>
        <translation>Настройка рабочего места</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Processing center</source>
        <translation>Расчётный центр</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <location filename="../../ui/messages_more.py" line="+16" />
        <source>The business day {business_date} is already closed. Its reports are kept; nothing more to do.</source>
        <translation>Операционный день {business_date} уже закрыт. Его отчёты сохранены; больше ничего делать не нужно.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The business day {business_date} has not begun: only the current or an earlier business day can be closed.</source>
        <translation>Операционный день {business_date} ещё не начался: закрыть можно только текущий или более ранний день.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The business day {business_date} is still open: close it with a cash count (F12) before opening the next one.</source>
        <translation>Операционный день {business_date} ещё открыт: закройте его с пересчётом кассы (F12), прежде чем открывать следующий.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The next business day must come after {business_date}.</source>
        <translation>Следующий операционный день должен быть позже {business_date}.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A business day can be opened at most one day ahead (until {latest}): the processing center refuses payments dated further ahead.</source>
        <translation>Операционный день можно открыть не более чем на один день вперёд (до {latest}): расчётный центр не принимает платежи с более поздней датой.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Some payments or voids of the day have not reached the processing center yet. Send them first (the queue, F6), or ask IT to restore the connection.</source>
        <translation>Часть платежей или аннулирований дня ещё не дошла до расчётного центра. Сначала отправьте их (очередь, F6) или попросите ИТ восстановить связь.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The processing center refused payments of the day and nobody has resolved them yet: a supervisor resolves them in the queue (F6).</source>
        <translation>Расчётный центр отклонил платежи дня, и их ещё никто не разобрал: старший кассир разбирает их в очереди (F6).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Some payments of the day have no receipt: it could not be made (is the disk full?). Ask IT to free disk space, then try again.</source>
        <translation>У части платежей дня нет квитанции: её не удалось сформировать (диск заполнен?). Попросите ИТ освободить место на диске, затем повторите.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Payments of the day changed while the close was being prepared. Check the figures and close again.</source>
        <translation>Пока готовилось закрытие, платежи дня изменились. Проверьте цифры и закройте день снова.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The processing center's register could not be fetched, so the day cannot be closed yet. Check the connection and try again.</source>
        <translation>Не удалось получить реестр расчётного центра, поэтому день пока нельзя закрыть. Проверьте связь и повторите.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The processing center's register differs from this workstation. Resolve the differences, or explain them in the note to close anyway.</source>
        <translation>Реестр расчётного центра расходится с данными рабочего места. Устраните расхождения или объясните их в примечании, чтобы всё же закрыть день.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The day's reports cannot be saved: too many files with the same name. Call IT support.</source>
        <translation>Отчёты дня не удаётся сохранить: слишком много файлов с тем же именем. Позвоните в ИТ-поддержку.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Not a date: write it as YYYY-MM-DD, for example 2026-11-22.</source>
        <translation>Это не дата: напишите её как ГГГГ-ММ-ДД, например 2026-11-22.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A count is a whole number of pieces, for example 12.</source>
        <translation>Количество — целое число штук, например 12.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A count cannot be negative.</source>
        <translation>Количество не может быть отрицательным.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>That is more pieces than a drawer holds. Check the count.</source>
        <translation>Столько штук в кассе не помещается. Проверьте пересчёт.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This note or coin is counted twice: give each one once.</source>
        <translation>Эта купюра или монета указана дважды: укажите каждую один раз.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{denomination} is not a tenge note or coin. Notes: 20000 10000 5000 2000 1000 500 200n; coins: 200c 100 50 20 10 5 2 1.</source>
        <translation>{denomination} — не купюра и не монета тенге. Купюры: 20000 10000 5000 2000 1000 500 200n; монеты: 200c 100 50 20 10 5 2 1.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{value} tenge is both a note and a coin: write {value}n for notes or {value}c for coins.</source>
        <translation>{value} тенге — это и купюра, и монета: напишите {value}n для купюр или {value}c для монет.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The notes and coins counted add up to {pieces}, not {counted}: check the count.</source>
        <translation>Пересчитанные купюры и монеты дают в сумме {pieces}, а не {counted}: проверьте пересчёт.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The drawer would hold {cash}, above the bank's limit of {limit}: no more cash is taken until a handover. Hand cash over to the vault first (F11), at least {at_least}.</source>
        <translation>В кассе оказалось бы {cash} — больше лимита банка {limit}: наличные не принимаются до сдачи в хранилище. Сначала сдайте в хранилище не меньше {at_least} (F11).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The count differs from the expected cash by {difference}, more than {limit}: a supervisor other than the session's teller approves the close with their user id and password.</source>
        <translation>Пересчёт расходится с ожидаемой суммой на {difference}, больше чем на {limit}: закрытие подтверждает старший кассир (не кассир этой смены) своими именем пользователя и паролем.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A close with this difference needs a second person: a supervisor other than the session's teller approves it with their own password.</source>
        <translation>Для закрытия с такой разницей нужен второй человек: его подтверждает старший кассир (не кассир этой смены) своим паролем.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{service}: {amount} is more than {ratio} times the amount due ({due}). Check the amount; if it is right, confirm it.</source>
        <translation>{service}: {amount} — больше чем в {ratio} раза больше суммы к оплате ({due}). Проверьте сумму; если она верна, подтвердите её.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The amount of {service} is given twice: give each service once.</source>
        <translation>Сумма по услуге {service} указана дважды: укажите каждую услугу один раз.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The reading of {service} is given twice: give each service once.</source>
        <translation>Показание по услуге {service} указано дважды: укажите каждую услугу один раз.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Wrong user id or password. {left} more wrong tries at this desk pause this supervisor's approvals here for a few minutes.</source>
        <translation>Неверное имя пользователя или пароль. Ещё {left} неверных попыток на этом рабочем месте — и подтверждения этого старшего кассира здесь будут приостановлены на несколько минут.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Too many wrong passwords for {user_id} at this desk: approvals by {user_id} are paused here for {minutes} min. {user_id} can still sign in, and another supervisor can approve meanwhile.</source>
        <translation>Слишком много неверных паролей для {user_id} на этом рабочем месте: подтверждения {user_id} здесь приостановлены на {minutes} мин. {user_id} по-прежнему может войти в систему, а тем временем подтвердить может другой старший кассир.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{supervisor_id} took this payment and cannot also approve its void: another supervisor must approve it.</source>
        <translation>{supervisor_id} принимал(а) этот платёж и не может сам(а) подтвердить его аннулирование: подтвердить должен другой старший кассир.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The reason is too short: write at least {min} characters that say why, for example: wrong account typed.</source>
        <translation>Причина слишком короткая: напишите не меньше {min} символов о том, почему, например: ошибка в номере лицевого счёта.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The reason must be plain text on one line, at most {max} characters.</source>
        <translation>Причина должна быть простым текстом в одну строку, не длиннее {max} символов.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Receipt {receipt_no} is not voided, so it has no void slip.</source>
        <translation>Квитанция {receipt_no} не аннулирована, поэтому акта аннулирования у неё нет.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>There is no record of this void on this workstation.</source>
        <translation>На этом рабочем месте нет записи об этом аннулировании.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The processing center refused the payment itself, so there is nothing to cancel there.</source>
        <translation>Расчётный центр отклонил сам платёж, поэтому отменять там нечего.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The first user of a workstation must be an administrator.</source>
        <translation>Первый пользователь рабочего места должен быть администратором.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A user id is 2 to 40 lowercase letters, digits, dots, dashes or underscores, for example t.sadykova.</source>
        <translation>Имя пользователя — от 2 до 40 строчных латинских букв, цифр, точек, дефисов или подчёркиваний, например t.sadykova.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A role is teller, supervisor or admin.</source>
        <translation>Роль: teller (кассир), supervisor (старший кассир) или admin (администратор).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This computer's clock is behind: it says {today}, but the business day {business_date} has already begun here. Ask IT to set the clock; nothing can be dated until then.</source>
        <translation>Часы этого компьютера отстают: на них {today}, а операционный день {business_date} здесь уже начался. Попросите ИТ выставить время; до этого ничего нельзя провести.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Type the person's name.</source>
        <translation>Введите имя сотрудника.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A name is plain text on one line, at most 200 characters.</source>
        <translation>Имя — обычный текст в одну строку, не длиннее 200 символов.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This user already exists. Choose another user id.</source>
        <translation>Такой пользователь уже есть. Выберите другое имя пользователя.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A password needs at least {min} characters.</source>
        <translation>Пароль должен содержать не меньше {min} символов.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A password cannot start or end with a space.</source>
        <translation>Пароль не может начинаться или заканчиваться пробелом.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No password was given: type it at the prompt.</source>
        <translation>Пароль не указан: введите его по запросу.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>An administrator cannot disable their own account.</source>
        <translation>Администратор не может отключить собственную учётную запись.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>An administrator cannot change their own role.</source>
        <translation>Администратор не может изменить собственную роль.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The workstation's disk is full, so this was not saved and nothing changed. Do not take cash for it. Ask IT to free disk space, then try again.</source>
        <translation>Диск рабочего места заполнен, поэтому ничего не сохранено и ничего не изменилось. Не принимайте за это наличные. Попросите ИТ освободить место на диске, затем повторите.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The workstation's database could not be written (a disk error). Nothing was saved. Ask IT to check the disk.</source>
        <translation>Не удалось записать базу данных рабочего места (ошибка диска). Ничего не сохранено. Попросите ИТ проверить диск.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The receipt could not be made now; it is made as soon as it can be.</source>
        <translation>Квитанцию сейчас сформировать не удалось; она будет сформирована, как только это станет возможно.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The archived receipt was changed after it was written. The payment is saved: print a copy and tell IT support.</source>
        <translation>Архивная квитанция была изменена после записи. Платёж сохранён: распечатайте копию и сообщите в ИТ-поддержку.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Too many copies of this receipt. Call IT support.</source>
        <translation>Слишком много копий этой квитанции. Позвоните в ИТ-поддержку.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The receipt's verification code cannot be made for this payment. The payment is saved; call IT support.</source>
        <translation>Для этого платежа не удаётся сформировать код проверки квитанции. Платёж сохранён; позвоните в ИТ-поддержку.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The receipt verification key is damaged. Receipts print without a verification code until IT replaces it.</source>
        <translation>Ключ проверки квитанций повреждён. Пока ИТ его не заменит, квитанции печатаются без кода проверки.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The receipt verification key cannot be kept on this computer (no desktop keyring). Receipts print without a verification code; ask IT to enable the keyring.</source>
        <translation>На этом компьютере негде хранить ключ проверки квитанций (нет связки ключей). Квитанции печатаются без кода проверки; попросите ИТ включить связку ключей.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The keyring refused the receipt verification key. Receipts print without a verification code; call IT support.</source>
        <translation>Связка ключей не приняла ключ проверки квитанций. Квитанции печатаются без кода проверки; позвоните в ИТ-поддержку.</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+2" />
        <source>The setting {key} in {file} is wrong: it must be {expected}, like {example}; it is {got}. Ask IT to fix it.</source>
        <translation>Настройка {key} в {file} неверна: нужно {expected}, например {example}; сейчас там {got}. Попросите ИТ исправить её.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The setting {key} in {file} is a bare number; amounts are written as text with two decimals, for example "{as_tiyn}". Ask IT to fix it.</source>
        <translation>Настройка {key} в {file} — просто число; суммы пишутся текстом с двумя знаками после точки, например "{as_tiyn}". Попросите ИТ исправить её.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The setting {key} in {file} is not known to this version. Ask IT to remove or correct it.</source>
        <translation>Настройка {key} в {file} неизвестна этой версии. Попросите ИТ удалить или исправить её.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The setting {key} in {file} does not fit with {other}. Ask IT to fix it.</source>
        <translation>Настройка {key} в {file} не согласуется с {other}. Попросите ИТ исправить её.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The workstation's settings file cannot be read. Ask IT to fix or replace config.toml.</source>
        <translation>Не удаётся прочитать файл настроек рабочего места. Попросите ИТ исправить или заменить config.toml.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The workstation's settings file is not UTF-8 text. Ask IT to save config.toml as UTF-8.</source>
        <translation>Файл настроек рабочего места — не текст в UTF-8. Попросите ИТ сохранить config.toml в UTF-8.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No token was given. Paste the processing center's token for this workstation.</source>
        <translation>Токен не указан. Вставьте токен расчётного центра для этого рабочего места.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>That is not a processing center token: a token is one word with no spaces.</source>
        <translation>Это не токен расчётного центра: токен — одно слово без пробелов.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The token file can be read by other users, so it is not used. Ask IT to make it readable by this user only (mode 0600).</source>
        <translation>Файл токена могут читать другие пользователи, поэтому он не используется. Попросите ИТ сделать его доступным только этому пользователю (режим 0600).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The token file cannot be read. Ask IT to check token_file in config.toml.</source>
        <translation>Не удаётся прочитать файл токена. Попросите ИТ проверить token_file в config.toml.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The token file cannot be changed. Ask IT to check its folder and permissions.</source>
        <translation>Не удаётся изменить файл токена. Попросите ИТ проверить его папку и права доступа.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A page holds 1 to 5000 accounts.</source>
        <translation>На странице от 1 до 5000 лицевых счетов.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The bank's back office cannot be reached. The desk goes on working; its journal is sent when the connection is back.</source>
        <translation>Нет связи с бэк-офисом банка. Рабочее место продолжает работать; его журнал будет отправлен, когда связь восстановится.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The back office refused this workstation's credentials. Call IT support: the back office token must be renewed.</source>
        <translation>Бэк-офис отклонил учётные данные этого рабочего места. Позвоните в ИТ-поддержку: нужно обновить токен бэк-офиса.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The back office sent an answer this program does not understand. Try again; if it repeats, call IT support.</source>
        <translation>Бэк-офис прислал ответ, который программа не понимает. Повторите попытку; если ошибка повторится, позвоните в ИТ-поддержку.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No back office is set up for this workstation. Ask IT to set backoffice_url in config.toml.</source>
        <translation>Для этого рабочего места не настроен бэк-офис. Попросите ИТ указать backoffice_url в config.toml.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Another program is already sending this desk's journal to the back office. Wait until it has finished.</source>
        <translation>Журнал этого рабочего места уже отправляет в бэк-офис другая программа. Дождитесь, пока она закончит.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>There is no back office alarm to acknowledge.</source>
        <translation>Нет тревоги бэк-офиса, которую нужно подтвердить.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The branch's day cannot be closed yet: these desks have not closed their own day: {desks}. Close each (F12 there), wait until its journal reaches the back office (a minute), then try again.</source>
        <translation>День филиала пока нельзя закрыть: эти рабочие места не закрыли свой день: {desks}. Закройте каждое (там F12), подождите, пока журнал дойдёт до бэк-офиса (минуту), и повторите.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The branch's day is closed already, and the back office cannot give its figures back: ask the bank's IT for the branch register.</source>
        <translation>День филиала уже закрыт, а бэк-офис не может вернуть его данные: запросите реестр филиала у ИТ банка.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The back office recorded another vault count than the one sent. Do not count again: call the bank's IT.</source>
        <translation>Бэк-офис записал другой пересчёт хранилища, чем отправленный. Не пересчитывайте заново: позвоните в ИТ банка.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This desk's users are managed at the bank's back office: ask the bank's IT to add or change the user there. The desk takes the change within a minute.</source>
        <translation>Пользователи этого рабочего места ведутся в бэк-офисе банка: попросите ИТ банка добавить или изменить пользователя там. Рабочее место получит изменение в течение минуты.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Type the customer's e-mail address, e.g. aigerim@mail.kz.</source>
        <translation>Введите адрес электронной почты клиента, например aigerim@mail.kz.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>An e-mail address has at most {limit} characters.</source>
        <translation>Адрес электронной почты — не длиннее {limit} символов.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>An e-mail address has one @ between the name and the domain, e.g. aigerim@mail.kz.</source>
        <translation>В адресе электронной почты один знак @ между именем и доменом, например aigerim@mail.kz.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The part before @ has Cyrillic letters: switch the keyboard to Latin and type it again.</source>
        <translation>В части до @ есть кириллица: переключите клавиатуру на латиницу и введите адрес снова.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The part before @ may hold Latin letters, digits and . _ - + only, with no space, no dot at its start or end and no two dots in a row.</source>
        <translation>До @ допустимы только латинские буквы, цифры и знаки . _ - +, без пробелов, без точки в начале или в конце и без двух точек подряд.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The part after @ is not a mail domain: it looks like mail.kz or почта.қаз, with no spaces or commas.</source>
        <translation>Часть после @ — не почтовый домен: он выглядит как mail.kz или почта.қаз, без пробелов и запятых.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>E-mailed receipts are not set up at this workstation. Ask IT to set the mail server (smtp_host, smtp_sender) in the settings.</source>
        <translation>Отправка квитанций по электронной почте на этом рабочем месте не настроена. Попросите ИТ-службу указать почтовый сервер (smtp_host, smtp_sender) в настройках.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The payment {receipt_no} was voided: its receipt is not e-mailed.</source>
        <translation>Платёж {receipt_no} аннулирован: его квитанция по почте не отправляется.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Another program is already sending this desk's e-mailed receipts; it will send them.</source>
        <translation>Квитанции этой кассы по почте уже отправляет другая программа; она их и отправит.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The mail server did not take the e-mail now ({reason}). It waits and is sent again by itself.</source>
        <translation>Почтовый сервер сейчас не принял письмо ({reason}). Оно подождёт и будет отправлено снова само.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The e-mail cannot be sent as the desk is set up ({reason}). It waits; ask IT to check the mail server settings.</source>
        <translation>Письмо нельзя отправить при нынешних настройках кассы ({reason}). Оно ждёт; попросите ИТ-службу проверить настройки почтового сервера.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The mail server refused the e-mail for good: {reason}. Check the address with the customer and send the receipt again.</source>
        <translation>Почтовый сервер окончательно отказался принять письмо: {reason}. Сверьте адрес с клиентом и отправьте квитанцию снова.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The receipt printer is out of paper. The payment is saved: put in a new roll, then press Reprint (Ctrl+P).</source>
        <translation>В принтере чеков закончилась бумага. Платёж сохранён: вставьте новый рулон и нажмите «Напечатать снова» (Ctrl+P).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The receipt printer's cover is open. The payment is saved: close it, then press Reprint (Ctrl+P).</source>
        <translation>Открыта крышка принтера чеков. Платёж сохранён: закройте её и нажмите «Напечатать снова» (Ctrl+P).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Paper is jammed in the receipt printer. The payment is saved: clear it, then press Reprint (Ctrl+P).</source>
        <translation>В принтере чеков застряла бумага. Платёж сохранён: извлеките её и нажмите «Напечатать снова» (Ctrl+P).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The receipt printer is offline: check that it is switched on and connected. The payment is saved: press Reprint (Ctrl+P) once it is back.</source>
        <translation>Принтер чеков не в сети: проверьте, что он включён и подключён. Платёж сохранён: когда принтер заработает, нажмите «Напечатать снова» (Ctrl+P).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The receipt printer is paused in the printing service. The payment is saved: ask IT to resume it, then press Reprint (Ctrl+P) if the receipt did not come out by itself.</source>
        <translation>Принтер чеков приостановлен в службе печати. Платёж сохранён: попросите ИТ возобновить его; если квитанция не напечатается сама, нажмите «Напечатать снова» (Ctrl+P).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The receipt has waited at the printer too long and has not come out: check that the printer is on, has paper and is connected.</source>
        <translation>Квитанция слишком долго ждёт в очереди принтера и не напечаталась: проверьте, что принтер включён, в нём есть бумага и он подключён.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The receipt printer does not answer: check that it is switched on and its network cable is in. The payment is saved: press Reprint (Ctrl+P) once it is back.</source>
        <translation>Принтер чеков не отвечает: проверьте, что он включён и сетевой кабель подключён. Платёж сохранён: когда принтер заработает, нажмите «Напечатать снова» (Ctrl+P).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The connection to the receipt printer broke while printing. The payment is saved: check the printer, then press Reprint (Ctrl+P).</source>
        <translation>Связь с принтером чеков прервалась во время печати. Платёж сохранён: проверьте принтер и нажмите «Напечатать снова» (Ctrl+P).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This computer cannot prepare receipts for the roll printer (a program is missing). The payment is saved: call IT support.</source>
        <translation>Этот компьютер не может подготовить квитанцию для рулонного принтера (не хватает программы). Платёж сохранён: позвоните в службу ИТ.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The cash drawer did not open ({detail}). Open it with its key.</source>
        <translation>Денежный ящик не открылся ({detail}). Откройте его ключом.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The cash drawer did not answer in time. Open it with its key.</source>
        <translation>Денежный ящик не ответил вовремя. Откройте его ключом.</translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <location filename="../../ui/desk/banner.py" line="+29" />
        <source>The branch IT person lifts this by restoring the connection (the waiting payments are then sent), or by changing the offline limit in the settings.</source>
        <translation>Снять запрет может ИТ-специалист филиала, восстановив связь (тогда ожидающие платежи отправятся) или изменив лимит работы без связи в настройках.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>New payments are stopped: the payments not yet sent to the processing center exceed the offline limit of %1.</source>
        <translation>Приём новых платежей остановлен: платежи, ещё не отправленные в расчётный центр, превышают лимит работы без связи %1.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>New payments are stopped: payments have not reached the processing center for over %1 h.</source>
        <translation>Приём новых платежей остановлен: платежи не доходят до расчётного центра больше %1 ч.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>No connection to the processing center: the oldest unsent payment was accepted %1. Go on accepting payments; they are kept and sent later.</source>
        <translation>Нет связи с расчётным центром: самый старый неотправленный платёж принят %1. Продолжайте принимать платежи: они сохраняются и будут отправлены позже.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>After %1 h without a connection new payments stop: tell the branch IT person now.</source>
        <translation>После %1 ч без связи приём новых платежей остановится: сообщите ИТ-специалисту филиала сейчас.</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Queue…  (F6)</source>
        <translation>Очередь…  (F6)</translation>
    </message>
</context>
<context>
    <name>OpeningForm</name>
    <message>
        <location filename="../../ui/dialogs/drawer_forms.py" line="-109" />
        <source>No cash session is open on this workstation.</source>
        <translation>На этом рабочем месте смена не открыта.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Count the cash in the drawer and type it as the opening float (0 if the drawer is empty), then press Enter.</source>
        <translation>Пересчитайте наличные в кассе и введите сумму как остаток на начало смены (0, если касса пуста), затем нажмите Enter.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Opening float</source>
        <translation>Остаток на начало</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Open session  (Enter)</source>
        <translation>Открыть смену  (Enter)</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Opening float, counted</source>
        <translation>Остаток на начало по пересчёту</translation>
    </message>
</context>
<context>
    <name>OwedReceipts</name>
    <message>
        <location filename="../../ui/desk/owed.py" line="+39" />
        <source>Receipts that were not made before are made now: %1</source>
        <translation>Квитанции, которые не удалось сформировать раньше, сформированы: %1</translation>
    </message>
</context>
<context>
    <name>PayerDialog</name>
    <message>
        <location filename="../../ui/dialogs/payer.py" line="+31" />
        <source>ID card of Kazakhstan</source>
        <translation>Удостоверение личности РК</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Passport of Kazakhstan</source>
        <translation>Паспорт РК</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Residence permit</source>
        <translation>Вид на жительство</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Foreign passport</source>
        <translation>Паспорт иностранного гражданина</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Identify the payer</source>
        <translation>Идентификация плательщика</translation>
    </message>
    <message>
        <location line="+10" />
        <source>12 digits from the ID card</source>
        <translation>12 цифр из удостоверения</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Payer's IIN</source>
        <translation>ИИН плательщика</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Change</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Surname Name Patronymic, as on the document</source>
        <translation>Фамилия Имя Отчество, как в документе</translation>
    </message>
    <message>
        <location line="+8" />
        <source>dd.mm.yyyy</source>
        <translation>дд.мм.гггг</translation>
    </message>
    <message>
        <location line="+9" />
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Identity document</source>
        <translation>Документ, удостоверяющий личность</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Issued on</source>
        <translation>Дата выдачи</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Identified: take the payment</source>
        <translation>Идентифицирован: принять платёж</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+56" />
        <source>Identified at this desk before: check the document against these details, then Enter.</source>
        <translation>Уже идентифицировался на этом рабочем месте: сверьте документ с этими данными и нажмите Enter.</translation>
    </message>
</context>
<context>
    <name>PaymentCard</name>
    <message>
        <location filename="../../ui/dialogs/void_parts.py" line="+37" />
        <source>Receipt №</source>
        <translation>Квитанция №</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Accepted</source>
        <translation>Принят</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Account</source>
        <translation>Лицевой счёт</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Payer</source>
        <translation>Плательщик</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location line="+0" />
        <source>To refund</source>
        <translation>К возврату</translation>
    </message>
</context>
<context>
    <name>PaymentPanel</name>
    <message>
        <location filename="../../ui/desk/payment_panel.py" line="+55" />
        <location line="+57" />
        <source>Cash received</source>
        <translation>Получено наличными</translation>
    </message>
    <message>
        <location line="-39" />
        <source>Add a %1 banknote to the cash received (%2)</source>
        <translation>Добавить купюру %1 к полученной сумме (%2)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Exact  (F5)</source>
        <translation>Без сдачи  (F5)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The cash received equals the total (F5)</source>
        <translation>Получено ровно столько, сколько к оплате (F5)</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Accept payment  (F9)</source>
        <translation>Принять платёж  (F9)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>F9, Ctrl+Enter, or Enter in the cash received field</source>
        <translation>F9, Ctrl+Enter или Enter в поле «Получено наличными»</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Clear  (Esc)</source>
        <translation>Сбросить  (Esc)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Back to the amounts due; the account stays</source>
        <translation>Вернуть начисленные суммы; лицевой счёт остаётся</translation>
    </message>
    <message>
        <location line="+2" />
        <source>New customer  (F2)</source>
        <translation>Новый клиент  (F2)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Empty the form and type the next account</source>
        <translation>Очистить форму и ввести следующий лицевой счёт</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Total to pay</source>
        <translation>Итого к оплате</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Change</source>
        <translation>Сдача</translation>
    </message>
    <message>
        <location line="+58" />
        <source>incl. agent fee %1</source>
        <translation>в т. ч. комиссия агента %1</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Pays everything due</source>
        <translation>Оплачивается всё начисленное</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Part payment: %1 less than due</source>
        <translation>Частичная оплата: на %1 меньше начисленного</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Advance: %1 more than due</source>
        <translation>Аванс: на %1 больше начисленного</translation>
    </message>
    <message>
        <location line="+5" />
        <source>One payment at most %1</source>
        <translation>Один платёж — не более %1</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../ui/common/printing.py" line="+59" />
        <source>the receipt printer at %1</source>
        <translation>принтер чеков %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the default printer</source>
        <translation>принтер по умолчанию</translation>
    </message>
    <message>
        <location line="+23" />
        <source>the printer is out of paper, put in a new roll</source>
        <translation>в принтере закончилась бумага, вставьте новый рулон</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the printer's cover is open, close it</source>
        <translation>открыта крышка принтера, закройте её</translation>
    </message>
    <message>
        <location line="+1" />
        <source>paper is jammed in the printer, clear it</source>
        <translation>в принтере застряла бумага, извлеките её</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the printer is offline, check that it is switched on and connected</source>
        <translation>принтер не в сети, проверьте, что он включён и подключён</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the printer is paused, ask IT to resume it</source>
        <translation>принтер приостановлен, попросите ИТ возобновить его</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the printer does not take jobs, ask IT to enable it</source>
        <translation>принтер не принимает задания, попросите ИТ включить его</translation>
    </message>
    <message>
        <location line="+2" />
        <source>it has waited at the printer too long; check that the printer is on, has paper and is connected, or press Reprint (Ctrl+P)</source>
        <translation>она слишком долго ждёт в очереди принтера; проверьте, что принтер включён, в нём есть бумага и он подключён, или нажмите «Напечатать снова» (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the printing service of this computer is not running, ask IT to start it</source>
        <translation>служба печати этого компьютера не запущена, попросите ИТ запустить её</translation>
    </message>
</context>
<context>
    <name>Queue</name>
    <message>
        <location filename="../../ui/messages.py" line="-49" />
        <source>The processing center does not know this account.</source>
        <translation>Расчётный центр не знает этот лицевой счёт.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A service of this payment is not on the account at the processing center.</source>
        <translation>Услуги из этого платежа нет на лицевом счёте в расчётном центре.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The processing center did not accept an amount of this payment.</source>
        <translation>Расчётный центр не принял одну из сумм этого платежа.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The processing center did not accept the payment's total.</source>
        <translation>Расчётный центр не принял итоговую сумму платежа.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The billing period was closed at the processing center before the payment arrived.</source>
        <translation>Расчётный период закрылся в расчётном центре раньше, чем пришёл платёж.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A meter reading is below the one the processing center already has.</source>
        <translation>Показание счётчика меньше того, что уже есть в расчётном центре.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The processing center refused the payment as malformed.</source>
        <translation>Расчётный центр отклонил платёж как некорректный.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The processing center holds a different payment with the same number.</source>
        <translation>В расчётном центре есть другой платёж с тем же номером.</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+2" />
        <location line="+2" />
        <source>The processing center refused this workstation's credentials: call IT support.</source>
        <translation>Расчётный центр отклонил учётные данные рабочего места: позвоните в ИТ-поддержку.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No connection to the processing center; it is sent again automatically.</source>
        <translation>Нет связи с расчётным центром; платёж будет отправлен повторно автоматически.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The processing center's answer was not understood; it is sent again automatically.</source>
        <translation>Ответ расчётного центра не распознан; платёж будет отправлен повторно автоматически.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The processing center said: {detail}</source>
        <translation>Ответ расчётного центра: {detail}</translation>
    </message>
</context>
<context>
    <name>QueueDialog</name>
    <message>
        <location filename="../../ui/dialogs/queue.py" line="+57" />
        <location line="+141" />
        <source>Payment queue</source>
        <translation>Очередь платежей</translation>
    </message>
    <message>
        <location line="-137" />
        <source>Reading the queue…</source>
        <translation>Читаем очередь…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Receipt №</source>
        <translation>Квитанция №</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Account</source>
        <translation>Лицевой счёт</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Total</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Attempts</source>
        <translation>Попыток</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Age</source>
        <translation>Давность</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Last error</source>
        <translation>Последняя ошибка</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Nothing waits: every payment has reached the processing center.</source>
        <translation>Ничего не ждёт: все платежи дошли до расчётного центра.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Resolve…  (Enter)</source>
        <translation>&amp;Разобрать…  (Enter)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A supervisor records what was done about the refused payment; it leaves the list, and stays in the records</source>
        <translation>Старший кассир записывает, что сделано с отклонённым платежом; платёж уходит из списка, но остаётся в записях</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Send &amp;again…</source>
        <translation>Отправить &amp;снова…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A supervisor sends the refused payment to the processing center again, unchanged, once the cause was fixed there</source>
        <translation>Старший кассир отправляет отклонённый платёж в расчётный центр ещё раз, без изменений, после того как там устранили причину</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Retry &amp;parked</source>
        <translation>Отправить &amp;приостановленные</translation>
    </message>
    <message>
        <location line="+1" />
        <source>After IT has fixed the workstation's credentials: send the parked payments again</source>
        <translation>Когда ИТ исправит учётные данные рабочего места: отправить приостановленные платежи снова</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Refresh offline &amp;copy</source>
        <translation>Обновить сохранённую &amp;копию</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Download the accounts changed at the processing center now</source>
        <translation>Загрузить сейчас лицевые счета, изменённые в расчётном центре</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Close  (Esc)</source>
        <translation>Закрыть  (Esc)</translation>
    </message>
    <message>
        <location line="+77" />
        <source>Waiting</source>
        <translation>Ждёт отправки</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Sending</source>
        <translation>Отправляется</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Parked: credentials</source>
        <translation>Приостановлен: учётные данные</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Refused</source>
        <translation>Отклонён</translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>%n waiting</source>
        <translation>
            <numerusform>%n ждёт отправки</numerusform>
            <numerusform>%n ждут отправки</numerusform>
            <numerusform>%n ждут отправки</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n parked</source>
        <translation>
            <numerusform>%n приостановлен</numerusform>
            <numerusform>%n приостановлено</numerusform>
            <numerusform>%n приостановлено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n refused</source>
        <translation>
            <numerusform>%n отклонён</numerusform>
            <numerusform>%n отклонено</numerusform>
            <numerusform>%n отклонено</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>empty</source>
        <translation>пусто</translation>
    </message>
    <message>
        <location line="+43" />
        <source>Receipt № %1 goes to the processing center again.</source>
        <translation>Квитанция № %1 снова отправляется в расчётный центр.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Receipt № %1 is resolved; it stays in the records.</source>
        <translation>Квитанция № %1 разобрана; она остаётся в записях.</translation>
    </message>
    <message numerus="yes">
        <location line="+12" />
        <source>%n parked payment(s) put back in line.</source>
        <translation>
            <numerusform>%n приостановленный платёж снова поставлен в очередь.</numerusform>
            <numerusform>%n приостановленных платежа снова поставлены в очередь.</numerusform>
            <numerusform>%n приостановленных платежей снова поставлены в очередь.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>The offline copy is being refreshed in the background.</source>
        <translation>Сохранённая копия обновляется в фоне.</translation>
    </message>
</context>
<context>
    <name>ReceiptPanel</name>
    <message>
        <location filename="../../ui/desk/receipt_panel.py" line="+68" />
        <source>✓ Payment accepted and saved</source>
        <translation>✓ Платёж принят и сохранён</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Open receipt</source>
        <translation>Открыть квитанцию</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+57" />
        <source>Print  (Ctrl+P)</source>
        <translation>Печать  (Ctrl+P)</translation>
    </message>
    <message>
        <location line="-55" />
        <source>Next customer  (F2 / Enter)</source>
        <translation>Следующий клиент  (F2 / Enter)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Cash received</source>
        <translation>Получено наличными</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Change to give</source>
        <translation>Выдать сдачу</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Receipt № %1</source>
        <translation>Квитанция № %1</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Give the customer the change and the receipt.</source>
        <translation>Выдайте клиенту сдачу и квитанцию.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The payment is saved, but its receipt file could not be written. Press Print to make it again.</source>
        <translation>Платёж сохранён, но файл квитанции записать не удалось. Нажмите «Печать», чтобы сформировать его снова.</translation>
    </message>
    <message>
        <location line="+89" />
        <source>The printer did not print the receipt. The payment is saved: press Reprint (Ctrl+P).</source>
        <translation>Принтер не напечатал квитанцию. Платёж сохранён: нажмите «Напечатать снова» (Ctrl+P).</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The receipt has not come out: %1.</source>
        <translation>Квитанция не напечаталась: %1.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>It prints once that is fixed.</source>
        <translation>Она напечатается, как только это будет исправлено.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>The cash drawer is open: give the customer the change and the receipt.</source>
        <translation>Денежный ящик открыт: выдайте клиенту сдачу и квитанцию.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The cash drawer did not open: open it with its key and give the customer the change.</source>
        <translation>Денежный ящик не открылся: откройте его ключом и выдайте клиенту сдачу.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>The printer is ready again: press Reprint (Ctrl+P) to print the receipt.</source>
        <translation>Принтер снова готов: нажмите «Напечатать снова» (Ctrl+P), чтобы напечатать квитанцию.</translation>
    </message>
    <message>
        <location line="-91" />
        <location line="+53" />
        <source>Reprint  (Ctrl+P)</source>
        <translation>Напечатать снова  (Ctrl+P)</translation>
    </message>
    <message>
        <location line="-51" />
        <source>The copy was sent to %1 (job %2).</source>
        <translation>Копия отправлена на %1 (задание %2).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The receipt was sent to %1 (job %2).</source>
        <translation>Квитанция отправлена на %1 (задание %2).</translation>
    </message>
    <message>
        <location line="+23" />
        <source>The copy is printed.</source>
        <translation>Копия напечатана.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The receipt is printed.</source>
        <translation>Квитанция напечатана.</translation>
    </message>
    <message>
        <location line="-42" />
        <source>Sending the receipt to the printer…</source>
        <translation>Отправляем квитанцию на принтер…</translation>
    </message>
    <message>
        <location line="-16" />
        <source>No PDF viewer could be opened. The receipt is saved at %1</source>
        <translation>Не удалось открыть программу просмотра PDF. Квитанция сохранена: %1</translation>
    </message>
</context>
<context>
    <name>RefusedDialog</name>
    <message>
        <location filename="../../ui/dialogs/refused.py" line="+27" />
        <source>Receipt № %1, account %2, %3</source>
        <translation>Квитанция № %1, лицевой счёт %2, %3</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The same payment goes to the processing center again, unchanged: do this once the cause was fixed there.</source>
        <translation>Тот же платёж без изменений снова уйдёт в расчётный центр: делайте это, когда там устранили причину.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Send a refused payment again</source>
        <translation>Повторная отправка отклонённого платежа</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Resolve a refused payment</source>
        <translation>Разбор отклонённого платежа</translation>
    </message>
    <message>
        <location line="+2" />
        <source>What was done about it (refund, payment taken again…):</source>
        <translation>Что сделано (возврат денег, платёж принят заново…):</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Send again</source>
        <translation>Отправить снова</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Resolve</source>
        <translation>Разобрать</translation>
    </message>
</context>
<context>
    <name>ServicesTable</name>
    <message>
        <location filename="../../ui/desk/services_table.py" line="+39" />
        <source>Due</source>
        <translation>Начислено</translation>
    </message>
    <message>
        <location line="+0" />
        <source>To pay</source>
        <translation>К оплате</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Service
and provider</source>
        <translation>Услуга
и поставщик</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Meter</source>
        <translation>Счётчик</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Used</source>
        <translation>Расход</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Previous
reading</source>
        <translation>Предыдущее
показание</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Current
reading</source>
        <translation>Текущее
показание</translation>
    </message>
    <message>
        <location line="+62" />
        <source>Advance: the customer has paid ahead</source>
        <translation>Аванс: клиент оплатил вперёд</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Amount to pay for %1</source>
        <translation>Сумма к оплате за «%1»</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Current reading for %1</source>
        <translation>Текущее показание: «%1»</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/dialogs/settings.py" line="+40" />
        <source>Bank on receipts</source>
        <translation>Банк в квитанциях</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Bank's BIN</source>
        <translation>БИН банка</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Branch on receipts</source>
        <translation>Филиал в квитанциях</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Branch address</source>
        <translation>Адрес филиала</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Largest payment</source>
        <translation>Наибольший платёж</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lock after idle</source>
        <translation>Блокировка при бездействии</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Offline: warn after</source>
        <translation>Без связи: предупреждать через</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Offline: stop payments after</source>
        <translation>Без связи: остановить платежи через</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Offline: most unsent</source>
        <translation>Без связи: наибольшая неотправленная сумма</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Confirm an amount over its due ×</source>
        <translation>Подтверждать сумму больше начисленного в ×</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Agent fees</source>
        <translation>Комиссия агента</translation>
    </message>
    <message>
        <location line="+13" />
        <source>no limit</source>
        <translation>без ограничения</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <location line="-6" />
        <location line="+3" />
        <location line="+4" />
        <source>off</source>
        <translation>выключено</translation>
    </message>
    <message>
        <location line="-22" />
        <source>Identify the payer above</source>
        <translation>Идентифицировать плательщика свыше</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Supervisor approves above</source>
        <translation>Подтверждение старшего кассира свыше</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Supervisor approves a count difference above</source>
        <translation>Старший кассир подтверждает расхождение свыше</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Drawer: ask for a handover above</source>
        <translation>Касса: просить сдачу в хранилище свыше</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Drawer: no more cash above</source>
        <translation>Касса: не принимать наличные свыше</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Blind count</source>
        <translation>Слепой пересчёт</translation>
    </message>
    <message>
        <location line="+12" />
        <source>on</source>
        <translation>вкл.</translation>
    </message>
    <message>
        <location line="+23" />
        <location line="+77" />
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location line="-69" />
        <source>A new language is applied when the program starts again.</source>
        <translation>Новый язык применяется при следующем запуске программы.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>the system's default printer</source>
        <translation>принтер системы по умолчанию</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choose a printer from the list or type its CUPS name; empty: the system's default printer</source>
        <translation>Выберите принтер из списка или введите его имя в CUPS; пусто — принтер системы по умолчанию</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Looking for printers…</source>
        <translation>Ищем принтеры…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Print the receipt as soon as the payment is accepted</source>
        <translation>Печатать квитанцию сразу после приёма платежа</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A4 sheet: two copies on a page</source>
        <translation>Лист A4: два экземпляра на странице</translation>
    </message>
    <message>
        <location line="+1" />
        <source>80 mm roll: a copy per cut</source>
        <translation>Рулон 80 мм: каждый экземпляр отрезается</translation>
    </message>
    <message>
        <location line="+3" />
        <source>empty: the roll printer is reached through CUPS</source>
        <translation>пусто: рулонный принтер подключён через CUPS</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A network ESC/POS roll printer as host:port, for example 192.168.1.50:9100</source>
        <translation>Сетевой рулонный принтер ESC/POS в виде хост:порт, например 192.168.1.50:9100</translation>
    </message>
    <message>
        <location line="+3" />
        <source>empty: no drawer, or it opens from the ESC/POS printer</source>
        <translation>пусто: ящика нет, или он открывается от принтера ESC/POS</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The command that opens a cash drawer wired to a CUPS printer; IT sets it up</source>
        <translation>Команда, которая открывает денежный ящик, подключённый к принтеру CUPS; её настраивает ИТ</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check the printer</source>
        <translation>Проверить принтер</translation>
    </message>
    <message>
        <location line="+14" />
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Receipt &amp;printer</source>
        <translation>&amp;Принтер для квитанций</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Printer &amp;kind</source>
        <translation>&amp;Тип принтера</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;ESC/POS printer</source>
        <translation>Принтер &amp;ESC/POS</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cash &amp;drawer command</source>
        <translation>Команда денежного &amp;ящика</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Set by the bank's back office (version %1); they cannot be changed here</source>
        <translation>Задано бэк-офисом банка (версия %1); здесь не изменяется</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The bank's back office has sent no settings for this desk yet</source>
        <translation>Бэк-офис банка ещё не прислал настроек для этого рабочего места</translation>
    </message>
    <message numerus="yes">
        <location line="+20" />
        <source>%n printer(s) found.</source>
        <translation>
            <numerusform>Найден %n принтер.</numerusform>
            <numerusform>Найдено %n принтера.</numerusform>
            <numerusform>Найдено %n принтеров.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>System default: %1</source>
        <translation>По умолчанию в системе: %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No printer found here (CUPS). Type the printer's name or leave it empty.</source>
        <translation>Принтеры (CUPS) не найдены. Введите имя принтера или оставьте поле пустым.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Asking the printer…</source>
        <translation>Опрашиваем принтер…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The printer is ready.</source>
        <translation>Принтер готов.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Type the ESC/POS printer's address as host:port, for example 192.168.1.50:9100, or leave it empty.</source>
        <translation>Введите адрес принтера ESC/POS в виде хост:порт, например 192.168.1.50:9100, или оставьте поле пустым.</translation>
    </message>
</context>
<context>
    <name>SupervisorApproval</name>
    <message>
        <location filename="../../ui/dialogs/approval.py" line="+27" />
        <source>e.g. s.omarov</source>
        <translation>например, s.omarov</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+16" />
        <source>Supervisor's user id</source>
        <translation>Имя пользователя старшего кассира</translation>
    </message>
    <message>
        <location line="-10" />
        <source>Supervisor's password</source>
        <translation>Пароль старшего кассира</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location line="+22" />
        <source>The supervisor types their password here.</source>
        <translation>Старший кассир вводит здесь свой пароль.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Type the supervisor's user id, e.g. s.omarov.</source>
        <translation>Введите имя пользователя старшего кассира, например s.omarov.</translation>
    </message>
</context>
<context>
    <name>TakingsLine</name>
    <message>
        <location filename="../../ui/dialogs/drawer_forms.py" line="+167" />
        <source>Payments of the day: %1 in cash, %2; %3 by card on the bank's terminal, %4 (not in the drawer).</source>
        <translation>Платежи за день: наличными %1 на %2; картой на терминале банка %3 на %4 (не в кассе).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Voids: %1 given back from the drawer, %2; %3 refunded to cards on the terminal, %4.</source>
        <translation>Аннулирования: %1 возвращено из кассы на %2; %3 возвращено на карты через терминал на %4.</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <location filename="../../ui/dialogs/void.py" line="+58" />
        <location line="+4" />
        <source>Void a payment</source>
        <translation>Аннулирование платежа</translation>
    </message>
    <message>
        <location line="+8" />
        <source>e.g. %1-00007 or just 7</source>
        <translation>%1-00007 или 7</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Receipt number</source>
        <translation>Номер квитанции</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Find  (Enter)</source>
        <translation>Найти  (Enter)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Receipt № (for a receipt of today, its last digits are enough)</source>
        <translation>Квитанция № (для сегодняшней достаточно последних цифр)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>e.g. wrong account number typed; money returned to the payer</source>
        <translation>например: ошибка в номере лицевого счёта, деньги возвращены плательщику</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Reason for the void</source>
        <translation>Причина аннулирования</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Supervisor approval at this desk</source>
        <translation>Подтверждение старшего кассира на этом рабочем месте</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The supervisor types their own user id and password. The teller's own do not count: a void needs a second person.</source>
        <translation>Старший кассир вводит свои имя пользователя и пароль. Данные кассира не подходят: для аннулирования нужен второй человек.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Reason for the void (required)</source>
        <translation>Причина аннулирования (обязательно)</translation>
    </message>
    <message>
        <location line="+20" />
        <location line="+187" />
        <source>Print the slip</source>
        <translation>Напечатать акт</translation>
    </message>
    <message>
        <location line="-184" />
        <location line="+217" />
        <source>Void payment  (Enter)</source>
        <translation>Аннулировать  (Enter)</translation>
    </message>
    <message>
        <location line="-215" />
        <source>Enter in the password field does the same</source>
        <translation>То же делает Enter в поле пароля</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cancel  (Esc)</source>
        <translation>Отмена  (Esc)</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Type the receipt number printed on the receipt.</source>
        <translation>Введите номер, напечатанный на квитанции.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Looking for the receipt…</source>
        <translation>Ищем квитанцию…</translation>
    </message>
    <message>
        <location line="+16" />
        <source>No receipt %1 on this workstation. Check the number on the receipt.</source>
        <translation>Квитанции %1 на этом рабочем месте нет. Проверьте номер на квитанции.</translation>
    </message>
    <message>
        <location line="+49" />
        <source>Checking the supervisor's password…</source>
        <translation>Проверяем пароль старшего кассира…</translation>
    </message>
    <message>
        <location line="+15" />
        <source>%1 is not a supervisor: only a supervisor can approve a void.</source>
        <translation>%1 — не старший кассир: подтвердить аннулирование может только старший кассир.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Close  (Esc)</source>
        <translation>Закрыть  (Esc)</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+46" />
        <source>Printing the void slip…</source>
        <translation>Печатаем акт аннулирования…</translation>
    </message>
    <message>
        <location line="-19" />
        <source>Print a copy of the slip</source>
        <translation>Напечатать копию акта</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Checking…</source>
        <translation>Проверяем…</translation>
    </message>
</context>
<context>
    <name>VoidDone</name>
    <message>
        <location filename="../../ui/dialogs/void_parts.py" line="+39" />
        <source>Payment voided</source>
        <translation>Платёж аннулирован</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The cancellation goes to the processing center by itself; while the center cannot be reached it waits in the queue (F6) and is sent later.</source>
        <translation>Отмена уйдёт в расчётный центр сама; пока связи нет, она ждёт в очереди (F6) и будет отправлена позже.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Receipt № %1 is voided. Give the payer back %2 from the drawer.</source>
        <translation>Квитанция № %1 аннулирована. Верните плательщику %2 из кассы.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Receipt № %1 is voided.</source>
        <translation>Квитанция № %1 аннулирована.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Refund %1 to the card on the bank's terminal (RRN %2): it never was in the drawer.</source>
        <translation>Верните %1 на карту через терминал банка (RRN %2): этих денег в кассе не было.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Writing the void slip…</source>
        <translation>Сохраняем акт аннулирования…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Void slip: %1</source>
        <translation>Акт аннулирования: %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The slip went to the printer: the payer signs the bank's copy.</source>
        <translation>Акт отправлен на принтер: плательщик расписывается на экземпляре банка.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Automatic printing is off: press “Print the slip” to print it.</source>
        <translation>Автоматическая печать выключена: нажмите «Напечатать акт».</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The void is saved, but the slip did not print (%1). Check the printer, then press “Print the slip”.</source>
        <translation>Аннулирование сохранено, но акт не напечатался (%1). Проверьте принтер и нажмите «Напечатать акт».</translation>
    </message>
</context>
</TS>
