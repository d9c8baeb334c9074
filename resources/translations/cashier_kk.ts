<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk" sourcelanguage="en">
<context>
    <name>AccountBar</name>
    <message>
        <location filename="../../ui/desk/account_bar.py" line="+30" />
        <location line="+11" />
        <source>Personal account</source>
        <translation>Дербес шот</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Find (Enter)</source>
        <translation>Іздеу (Enter)</translation>
    </message>
    <message>
        <location line="+70" />
        <source>Looking the account up…</source>
        <translation>Дербес шот ізделуде…</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Demo: %1</source>
        <translation>Демо: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Demo accounts: %1</source>
        <translation>Демо шоттар: %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>4 to 20 digits</source>
        <translation>4-тен 20-ға дейін цифр</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Type or scan the personal account number and press Enter.</source>
        <translation>Дербес шот нөмірін енгізіңіз немесе сканерлеңіз, содан кейін Enter басыңыз.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Account %1 · period %2 · currency %3</source>
        <translation>Дербес шот %1 · кезең %2 · валюта %3</translation>
    </message>
    <message>
        <location line="+7" />
        <source>⚠ Offline data from %1 (%2): the processing center is not reachable, amounts may be out of date</source>
        <translation>⚠ %1 сақталған деректер (%2): есеп айырысу орталығымен байланыс жоқ, сомалар өзгеруі мүмкін</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Live data from the processing center</source>
        <translation>Есеп айырысу орталығының өзекті деректері</translation>
    </message>
</context>
<context>
    <name>AddressSearchDialog</name>
    <message>
        <location filename="../../ui/dialogs/address_search.py" line="+56" />
        <location line="+48" />
        <source>Find an account by address</source>
        <translation>Дербес шотты мекенжай бойынша іздеу</translation>
    </message>
    <message>
        <location line="-40" />
        <source>Account</source>
        <translation>Дербес шот</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Holder</source>
        <translation>Иесі</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+16" />
        <source>Address</source>
        <translation>Мекенжай</translation>
    </message>
    <message>
        <location line="-16" />
        <source>Data</source>
        <translation>Деректер</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Street, house, flat — e.g. Абая 10</source>
        <translation>Көше, үй, пәтер — мысалы, Абай 10</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Part of the address</source>
        <translation>Мекенжайдың бөлігі</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Type part of the address; the results appear as you type.</source>
        <translation>Мекенжайдың бір бөлігін енгізіңіз; нәтижелер теру барысында шығады.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Choose  (Enter)</source>
        <translation>Таңдау  (Enter)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Close  (Esc)</source>
        <translation>Жабу  (Esc)</translation>
    </message>
    <message>
        <location line="+48" />
        <source>Searching…</source>
        <translation>Ізделуде…</translation>
    </message>
    <message>
        <location line="+22" />
        <source>The first %1 matches: type more of the address to narrow them down. ↑↓ choose, Enter takes the account.</source>
        <translation>Алғашқы %1 сәйкестік: іздеуді тарылту үшін мекенжайды толығырақ жазыңыз. ↑↓ — таңдау, Enter — шотты ашу.</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%n account(s) found. ↑↓ choose, Enter takes the account.</source>
        <translation>
            <numerusform>%n дербес шот табылды. ↑↓ — таңдау, Enter — шотты ашу.</numerusform>
            <numerusform>%n дербес шот табылды. ↑↓ — таңдау, Enter — шотты ашу.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>No account has an address with “%1”.</source>
        <translation>Мекенжайында «%1» бар дербес шот жоқ.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>processing center</source>
        <translation>есеп айырысу орталығы</translation>
    </message>
    <message>
        <location line="+6" />
        <source>offline copy from %1</source>
        <translation>%1 сақталған көшірме</translation>
    </message>
</context>
<context>
    <name>Age</name>
    <message>
        <location filename="../../ui/common/wording.py" line="+31" />
        <source>just now</source>
        <translation>жаңа ғана</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n min ago</source>
        <translation>
            <numerusform>%n минут бұрын</numerusform>
            <numerusform>%n минут бұрын</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n h ago</source>
        <translation>
            <numerusform>%n сағат бұрын</numerusform>
            <numerusform>%n сағат бұрын</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n days ago</source>
        <translation>
            <numerusform>%n күн бұрын</numerusform>
            <numerusform>%n күн бұрын</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="+114" />
        <source>Unexpected error</source>
        <translation>Күтпеген қате</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Something went wrong in the program. The payment data already saved is safe. If this repeats, tell IT support and give them the details below.</source>
        <translation>Бағдарламада қате орын алды. Сақталған төлемдер қауіпсіз. Қате қайталанса, IT қолдау қызметіне хабарлаңыз және төмендегі мәліметтерді беріңіз.</translation>
    </message>
</context>
<context>
    <name>ApprovedActDialog</name>
    <message>
        <location filename="../../ui/dialogs/approved_act.py" line="+53" />
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <location line="+18" />
        <source>A supervisor approves: they type their own user id and password.</source>
        <translation>Аға кассир растайды: ол өзінің пайдаланушы аты мен құпиясөзін енгізеді.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
</context>
<context>
    <name>BackofficeLink</name>
    <message>
        <location filename="../../ui/desk/backoffice_link.py" line="+140" />
        <source>Your user was disabled at the bank's back office, so the desk was signed out. Ask your supervisor.</source>
        <translation>Сіздің пайдаланушыңыз банктің бэк-офисінде өшірілді, сондықтан жұмыс орнынан шығу орындалды. Аға кассирге хабарласыңыз.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The back office's alarm</source>
        <translation>Бэк-офис дабылы</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What was done about it (who was called, ticket number…):</source>
        <translation>Не істелді (кімге хабарласты, өтінім нөмірі…):</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Acknowledge</source>
        <translation>Растау</translation>
    </message>
    <message>
        <location line="+19" />
        <source>No bank back office is configured for this desk: the branch view needs one (backoffice_url in config.toml; the branch IT person sets it).</source>
        <translation>Бұл жұмыс орны үшін банктің бэк-офисі бапталмаған, ал филиал шолуы онсыз жұмыс істемейді (config.toml ішіндегі backoffice_url; филиалдың IT маманы баптайды).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The branch view is for supervisors: ask yours to open it (Ctrl+B).</source>
        <translation>Филиал шолуы аға кассирлерге арналған: аға кассирден оны ашуды сұраңыз (Ctrl+B).</translation>
    </message>
</context>
<context>
    <name>Basket</name>
    <message>
        <location filename="../../ui/desk/basket.py" line="+118" />
        <source>Enter an amount for this account before adding another (F7).</source>
        <translation>Келесісін қоспас бұрын осы шот бойынша соманы енгізіңіз (F7).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Account %1 is in this payment already.</source>
        <translation>%1 дербес шоты бұл төлемде бар.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Account %1 is in the payment. Type or scan the next account; F9 takes them all.</source>
        <translation>%1 дербес шоты төлемге қосылды. Келесі шотты енгізіңіз немесе сканерлеңіз; F9 барлығын қабылдайды.</translation>
    </message>
</context>
<context>
    <name>BasketStrip</name>
    <message numerus="yes">
        <location line="-78" />
        <source>Also in this payment (%n account(s), %1):</source>
        <translation>
            <numerusform>Осы төлемде тағы (%n шот, %1):</numerusform>
            <numerusform>Осы төлемде тағы (%n шот, %1):</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1, %2: click to take this account out of the payment</source>
        <translation>%1, %2: бұл шотты төлемнен алып тастау үшін басыңыз</translation>
    </message>
</context>
<context>
    <name>BlindNote</name>
    <message>
        <location filename="../../ui/dialogs/drawer_controls.py" line="+81" />
        <source>Blind count: the cash the drawer should hold is not shown before the close. Count the drawer, type the total and submit it; the expected cash and the difference are shown then.</source>
        <translation>Соқыр санау: кассада болуы керек сома жабуға дейін көрсетілмейді. Кассаны санап, жалпы соманы енгізіп, растаңыз — сонда күтілген сома мен айырма көрсетіледі.</translation>
    </message>
</context>
<context>
    <name>BranchCloseDialog</name>
    <message>
        <location filename="../../ui/dialogs/branch_close.py" line="+34" />
        <location line="+35" />
        <source>Close the branch's day</source>
        <translation>Филиалдың күнін жабу</translation>
    </message>
    <message>
        <location line="-32" />
        <source>Branch %1, business day %2</source>
        <translation>%1 филиалы, операциялық күн %2</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The vault, counted by denomination:</source>
        <translation>Қойма, номиналдар бойынша санау:</translation>
    </message>
    <message>
        <location line="+9" />
        <source>A note for the register (optional)</source>
        <translation>Тізілімге ескертпе (міндетті емес)</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Open the register</source>
        <translation>Тізілімді ашу</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The back office checks that every desk has closed its own day.</source>
        <translation>Бэк-офис әр жұмыс орны өз күнін жапқанын тексереді.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Still open: %1. Each desk closes its own day first (F12 there); the back office will refuse until then.</source>
        <translation>Әлі ашық: %1. Алдымен әр жұмыс орны өз күнін жабады (сонда F12); оған дейін бэк-офис бас тартады.</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>Every desk of the branch has closed its day (%n desk(s)).</source>
        <translation>
            <numerusform>Филиалдың барлық жұмыс орындары өз күнін жапты (%n орын).</numerusform>
            <numerusform>Филиалдың барлық жұмыс орындары өз күнін жапты (%n орын).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>Counted: %1</source>
        <translation>Саналды: %1</translation>
    </message>
    <message>
        <location line="+28" />
        <source>The branch's day %1 is closed.</source>
        <translation>Филиалдың %1 күні жабылды.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The branch's day %1 had been closed already; its register is written again here.</source>
        <translation>Филиалдың %1 күні бұрын жабылған; оның тізілімі мұнда қайта жасалды.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Payments: %1 for %2</source>
        <translation>Төлемдер: %1, сомасы %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Vault expected %1, counted %2, difference %3</source>
        <translation>Қоймада %1 күтілді, %2 саналды, айырма %3</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Done</source>
        <translation>Дайын</translation>
    </message>
</context>
<context>
    <name>BranchDialog</name>
    <message>
        <location filename="../../ui/dialogs/branch_view.py" line="+45" />
        <source>Branch %1</source>
        <translation>%1 филиалы</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Business day</source>
        <translation>Операциялық күн</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Asking the back office…</source>
        <translation>Бэк-офиске сұрау…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Desk</source>
        <translation>Жұмыс орны</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Last seen</source>
        <translation>Соңғы байланыс</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Signed in</source>
        <translation>Кірген</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Cash session</source>
        <translation>Кассалық ауысым</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cash expected</source>
        <translation>Кассада күтіледі</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Payments</source>
        <translation>Төлемдер</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Voids</source>
        <translation>Жоюлар</translation>
    </message>
    <message>
        <location line="+1" />
        <source>SPC queue</source>
        <translation>ЕРО кезегі</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Day</source>
        <translation>Күн</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Alarms</source>
        <translation>Дабылдар</translation>
    </message>
    <message>
        <location line="+11" />
        <source>No desk of this branch has sent its journal yet.</source>
        <translation>Филиалдың бірде-бір жұмыс орны әлі журналын жібермеді.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Refresh  (F5)</source>
        <translation>&amp;Жаңарту  (F5)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Close the branch's &amp;day…</source>
        <translation>Филиалдың &amp;күнін жабу…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Once every desk has closed its own day: count the vault, write the branch register</source>
        <translation>Барлық жұмыс орындары өз күнін жапқанда: қойманы санап, филиал тізілімін жасау</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Close  (Esc)</source>
        <translation>Жабу  (Esc)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Business day:</source>
        <translation>Операциялық күн:</translation>
    </message>
    <message numerus="yes">
        <location line="+76" />
        <source>%n desk(s)</source>
        <translation>
            <numerusform>%n жұмыс орны</numerusform>
            <numerusform>%n жұмыс орны</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>cash expected %1</source>
        <translation>кассаларда %1 күтіледі</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n payment(s) not yet at the SPC</source>
        <translation>
            <numerusform>%n төлем әлі ЕРО-да емес</numerusform>
            <numerusform>%n төлем әлі ЕРО-да емес</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n desk(s) with an alarm</source>
        <translation>
            <numerusform>дабылы бар %n орын</numerusform>
            <numerusform>дабылы бар %n орын</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25" />
        <source>never</source>
        <translation>ешқашан</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+6" />
        <source>closed</source>
        <translation>жабық</translation>
    </message>
    <message>
        <location line="+0" />
        <source>open</source>
        <translation>ашық</translation>
    </message>
    <message numerus="yes">
        <location line="+16" />
        <source>Not heard from for over %n min: is the desk switched off or cut off from the bank's network?</source>
        <translation>
            <numerusform>%n минуттан астам байланыс жоқ: жұмыс орны өшірулі ме, әлде банк желісінен ажыратылған ба?</numerusform>
            <numerusform>%n минуттан астам байланыс жоқ: жұмыс орны өшірулі ме, әлде банк желісінен ажыратылған ба?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11" />
        <source>warning level %1</source>
        <translation>ескерту деңгейі %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>hard limit %1</source>
        <translation>шекті лимит %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Above the hard limit: the desk takes no cash until a handover.</source>
        <translation>Шекті лимиттен жоғары: жұмыс орны қоймаға тапсырғанға дейін қолма-қол ақша қабылдамайды.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Above the warning level: the desk should hand cash over to the vault.</source>
        <translation>Ескерту деңгейінен жоғары: жұмыс орны қолма-қол ақшаны қоймаға тапсыруы керек.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Within the cash limits.</source>
        <translation>Кассалық лимиттер шегінде.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Coloured by this desk's cash limits (%1), as this desk holds the bank's settings.</source>
        <translation>Түсі осы жұмыс орнының кассалық лимиттері бойынша (%1), банк баптаулары мұнда қалай сақталса, солай.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>all sent</source>
        <translation>бәрі жіберілді</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n waiting</source>
        <translation>
            <numerusform>%n жіберуді күтуде</numerusform>
            <numerusform>%n жіберуді күтуде</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>oldest %1</source>
        <translation>ең ертесі — %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n refused</source>
        <translation>
            <numerusform>%n қабылданбады</numerusform>
            <numerusform>%n қабылданбады</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>SPC unreachable</source>
        <translation>ЕРО қолжетімсіз</translation>
    </message>
    <message>
        <location line="+6" />
        <source>journal rewritten after it was sent (record %1)</source>
        <translation>журнал жіберілгеннен кейін өзгертілген (%1 жазба)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>a journal record does not match its checksum (record %1)</source>
        <translation>журнал жазбасы бақылау сомасына сәйкес емес (%1 жазба)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>a payer matched the sanctions list (%1): the compliance officer reviews it</source>
        <translation>төлеуші санкциялық тізімге сәйкес келді (%1): комплаенс-бақылаушы тексереді</translation>
    </message>
    <message numerus="yes">
        <location line="+9" />
        <source>Data as of %1 (%n s ago); it is read again every %2 s</source>
        <translation>
            <numerusform>Деректер %1 бойынша (%n с бұрын); әр %2 с сайын жаңартылады</numerusform>
            <numerusform>Деректер %1 бойынша (%n с бұрын); әр %2 с сайын жаңартылады</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>Nothing read yet.</source>
        <translation>Әзірге ештеңе алынған жоқ.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The last rows read are shown.</source>
        <translation>Соңғы алынған деректер көрсетілген.</translation>
    </message>
</context>
<context>
    <name>CacheText</name>
    <message>
        <location filename="../../ui/common/wording.py" line="+24" />
        <source>Offline copy of the accounts: not read yet</source>
        <translation>Дербес шоттардың сақталған көшірмесі: әлі оқылмаған</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Offline copy of the accounts: %1</source>
        <translation>Дербес шоттардың сақталған көшірмесі: %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>refreshed %1</source>
        <translation>жаңартылды: %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>not downloaded yet</source>
        <translation>әлі жүктелмеген</translation>
    </message>
    <message>
        <location line="+2" />
        <source>refresh in progress</source>
        <translation>жаңартылуда</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Last refresh failed: %1</source>
        <translation>Соңғы жаңарту сәтсіз аяқталды: %1</translation>
    </message>
</context>
<context>
    <name>CardFields</name>
    <message>
        <location filename="../../ui/desk/card_fields.py" line="+27" />
        <source>Paid by card</source>
        <translation>Картамен төленді</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+14" />
        <source>Authorisation code</source>
        <translation>Авторизация коды</translation>
    </message>
    <message>
        <location line="-10" />
        <source>RRN</source>
        <translation>RRN</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Paid by card (Ctrl+K)</source>
        <translation>Картамен (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>RRN from the slip</source>
        <translation>Терминал чегіндегі RRN</translation>
    </message>
</context>
<context>
    <name>CashCountGrid</name>
    <message>
        <location filename="../../ui/dialogs/cash_count.py" line="+35" />
        <source>Notes</source>
        <translation>Банкноттар</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Coins</source>
        <translation>Монеталар</translation>
    </message>
</context>
<context>
    <name>CloseApproval</name>
    <message>
        <location filename="../../ui/dialogs/drawer_controls.py" line="+10" />
        <source>A supervisor's approval</source>
        <translation>Аға кассирдің растауы</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The count differs from the expected cash by %1, more than %2: a supervisor other than the session's teller approves the close with their own user id and password.</source>
        <translation>Саналған сома күтілгеннен %1 ерекшеленеді, бұл %2-ден көп: жабуды осы ауысымның кассирі емес аға кассир өз пайдаланушы аты мен құпиясөзімен растайды.</translation>
    </message>
</context>
<context>
    <name>CloseForm</name>
    <message>
        <location filename="../../ui/dialogs/drawer_forms.py" line="+186" />
        <source>Close the session</source>
        <translation>Ауысымды жабу</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+17" />
        <source>Cash counted in the drawer</source>
        <translation>Кассада саналған қолма-қол ақша</translation>
    </message>
    <message>
        <location line="-10" />
        <source>why the cash is over or short</source>
        <translation>неге артық немесе кем</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Note on the difference</source>
        <translation>Айырма туралы ескертпе</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Close session</source>
        <translation>Ауысымды жабу</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Note (required: why the count differs)</source>
        <translation>Ескертпе (міндетті: айырманың себебі)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Note (needed when the count differs)</source>
        <translation>Ескертпе (айырма болса, қажет)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The cash is over by %1: write why before closing.</source>
        <translation>%1 артық: жабу алдында себебін жазыңыз.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The cash is short by %1: write why before closing.</source>
        <translation>%1 кем: жабу алдында себебін жазыңыз.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>over by %1</source>
        <translation>%1 артық</translation>
    </message>
    <message>
        <location line="+2" />
        <source>short by %1</source>
        <translation>%1 кем</translation>
    </message>
    <message>
        <location line="+2" />
        <source>no difference</source>
        <translation>айырма жоқ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The session is closed: counted %1, expected %2, %3.</source>
        <translation>Ауысым жабылды: саналды %1, күтілген %2, %3.</translation>
    </message>
</context>
<context>
    <name>ControlsFlow</name>
    <message>
        <location filename="../../ui/desk/controls_flow.py" line="+46" />
        <source>Do not take this payment</source>
        <translation>Бұл төлемді қабылдамаңыз</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Check the amount</source>
        <translation>Соманы тексеріңіз</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Accept anyway</source>
        <translation>Бәрібір қабылдау</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Correct the amount</source>
        <translation>Соманы түзету</translation>
    </message>
    <message>
        <location line="+26" />
        <source>A supervisor approves the payment</source>
        <translation>Төлемді аға кассир растайды</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Approve and take the payment</source>
        <translation>Растау және төлемді қабылдау</translation>
    </message>
</context>
<context>
    <name>DayCloseDialog</name>
    <message>
        <location filename="../../ui/dialogs/day_close.py" line="+52" />
        <source>Close the day %1</source>
        <translation>%1 операциялық күнін жабу</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Loading…</source>
        <translation>Жүктелуде…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>1. Payments not yet at the SPC</source>
        <translation>1. ЕРЦ-қа жетпеген төлемдер</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Compare with the SPC</source>
        <translation>ЕРЦ-пен салыстыру</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Not compared yet.</source>
        <translation>Әлі салыстырылған жоқ.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Differences found: say what was done about them (required to close)</source>
        <translation>Айырмашылықтар бар: олар бойынша не істелгенін жазыңыз (жабу үшін міндетті)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>2. Reconciliation with the SPC's register</source>
        <translation>2. ЕРЦ тізілімімен салыстыру</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cash_count.py" line="+72" />
        <source>Submit the count</source>
        <translation>Санауды растау</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Recount</source>
        <translation>Қайта санау</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Count the cash again: the new count is recorded as a recount</source>
        <translation>Қолма-қол ақшаны қайта санау: жаңа санау қайта санау ретінде тіркеледі</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Expected in the drawer</source>
        <translation>Кассада болуы керек</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Counted</source>
        <translation>Саналды</translation>
    </message>
    <message>
        <location line="+2" />
        <location filename="../../ui/dialogs/day_close.py" line="+167" />
        <source>Difference</source>
        <translation>Айырма</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Count %1 is recorded. If the difference is not right, count again (Recount); else close the day, with a note when it differs.</source>
        <translation>№%1 санау тіркелді. Айырма дұрыс болмаса, қайта санаңыз; әйтпесе күнді жабыңыз, айырма болса себебін жазыңыз.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Blind count: the expected cash is shown after you submit the count.</source>
        <translation>Соқыр санау: күтілген сома санауды растағаннан кейін көрсетіледі.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>hidden until the count is submitted</source>
        <translation>санау расталғанға дейін жасырын</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/day_close.py" line="-147" />
        <source>Over or short: say why (required when the count differs)</source>
        <translation>Артық немесе кем: себебін жазыңыз (айырма болса, міндетті)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>3. Cash count by denomination</source>
        <translation>3. Кассаны номиналдар бойынша санау</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Close the day</source>
        <translation>Күнді жабу</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Open the next business day</source>
        <translation>Келесі операциялық күнді ашу</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Payments taken from now on are dated to the next business day</source>
        <translation>Осы сәттен бастап қабылданған төлемдер келесі операциялық күнге жатады</translation>
    </message>
    <message>
        <location line="+27" />
        <source>The business day %1 was never closed: close it first, then F12 closes %2.</source>
        <translation>%1 операциялық күні жабылмаған: алдымен соны жабыңыз, содан кейін F12 %2 күнін жабады.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Closing the day needs a supervisor. Lock the desk (Ctrl+L) and let the supervisor sign in.</source>
        <translation>Күнді аға кассир жабады. Аға кассир кіруі үшін жұмыс орнын құлыптаңыз (Ctrl+L).</translation>
    </message>
    <message>
        <location line="+21" />
        <source>… and %1 more</source>
        <translation>… және тағы %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 payment(s) of the day have no receipt: it could not be made. Ask IT to free disk space, then open this window again.</source>
        <translation>Күннің төлемдерінде (%1) түбіртек жоқ: оны жасау мүмкін болмады. IT-қызметтен дискіде орын босатуды сұраңыз, содан кейін осы терезені қайта ашыңыз.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 payment(s) or void(s) of the day have not reached the SPC: send them first (the queue, F6) or resolve the refused ones.</source>
        <translation>ЕРЦ-қа жетпеген күндік төлемдер мен жоюлар: %1. Алдымен оларды жіберіңіз (кезек, F6) немесе қабылданбағандарын шешіңіз.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>None: everything of the day reached the SPC.</source>
        <translation>Жоқ: күннің барлық операциялары ЕРЦ-қа жетті.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cash_count.py" line="-29" />
        <source>Float %1 + received %2 − change %3 − handed to the vault %4 − void refunds %5</source>
        <translation>Бастапқы қалдық %1 + қабылданды %2 − қайтарым %3 − қоймаға %4 − жою қайтарымы %5</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/day_close.py" line="+5" />
        <source>A cash session of %1 is still open; close it first (F11).</source>
        <translation>%1 күнгі кассалық ауысым әлі ашық; алдымен оны жабыңыз (F11).</translation>
    </message>
    <message>
        <location line="+12" />
        <source>its receipt could not be made (is the disk full?)</source>
        <translation>түбіртекті жасау мүмкін болмады (диск толы ма?)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Asking the SPC for its register…</source>
        <translation>ЕРЦ тізілімі сұралуда…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Here: %1 payments, %2. At the SPC: %3 payments, %4. Matching: %5.</source>
        <translation>Мұнда: %1 төлем, сомасы %2. ЕРЦ-та: %3 төлем, сомасы %4. Сәйкес келді: %5.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>at the SPC, not here</source>
        <translation>ЕРЦ-та бар, мұнда жоқ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>here, not at the SPC</source>
        <translation>мұнда бар, ЕРЦ-та жоқ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>amounts differ</source>
        <translation>сомалар әртүрлі</translation>
    </message>
    <message>
        <location line="+1" />
        <source>voided on one side only</source>
        <translation>тек бір жақта жойылған</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Receipt</source>
        <translation>Түбіртек</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Here</source>
        <translation>Мұнда</translation>
    </message>
    <message>
        <location line="+0" />
        <source>SPC</source>
        <translation>ЕРЦ</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 difference(s):</source>
        <translation>Айырмашылықтар (%1):</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The day closes only after the SPC's register was compared: try again when the SPC answers.</source>
        <translation>Күн ЕРЦ тізілімімен салыстырғаннан кейін ғана жабылады: ЕРЦ жауап бергенде қайталаңыз.</translation>
    </message>
    <message>
        <location line="+84" />
        <source>The count differs from the expected cash by %1: write why in the note.</source>
        <translation>Саналған сома күтілгеннен %1 ерекшеленеді: себебін ескертпеде жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cash_count.py" line="+40" />
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location line="+2" />
        <source>over by %1</source>
        <translation>%1 артық</translation>
    </message>
    <message>
        <location line="+2" />
        <source>short by %1</source>
        <translation>%1 кем</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/day_close.py" line="+7" />
        <source>Register (PDF)</source>
        <translation>Тізілім (PDF)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Register (CSV)</source>
        <translation>Тізілім (CSV)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Z-report (PDF)</source>
        <translation>Z-есеп (PDF)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The day %1 is closed by %2. No payment can be dated to it any more.</source>
        <translation>%1 операциялық күнін %2 жапты. Бұл күнмен енді төлем өткізуге болмайды.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Counted %1, expected %2.</source>
        <translation>Саналды %1, күтілген %2.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location line="+26" />
        <source>The business day %1 is open: payments from now on are dated to it.</source>
        <translation>%1 операциялық күні ашық: осы сәттен бастап төлемдер соған жатады.</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../../ui/demo/people.py" line="+66" />
        <source>Demo users (user / password): %1</source>
        <translation>Демо пайдаланушылар (пайдаланушы / құпиясөз): %1</translation>
    </message>
</context>
<context>
    <name>DeskPage</name>
    <message>
        <location filename="../../ui/desk/page.py" line="+63" />
        <source>Services  (F4: amounts and readings; Enter: next field)</source>
        <translation>Қызметтер  (F4 — сомалар мен көрсеткіштер; Enter — келесі өріс)</translation>
    </message>
</context>
<context>
    <name>DeskStatusBar</name>
    <message>
        <location filename="../../ui/desk/status_bar.py" line="+115" />
        <source>Processing center: checking…</source>
        <translation>Есеп айырысу орталығы: байланыс тексерілуде…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Queue: —</source>
        <translation>Кезек: —</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Teller: %1</source>
        <translation>Кассир: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Workstation %1</source>
        <translation>Жұмыс орны %1</translation>
    </message>
    <message>
        <location line="+77" />
        <source>Processing center: credentials refused, call IT</source>
        <translation>Есеп айырысу орталығы: тіркелгі деректері қабылданбады, IT-ге хабарласыңыз</translation>
    </message>
    <message numerus="yes">
        <location line="+55" />
        <source>%n refused: supervisor needed</source>
        <translation>
            <numerusform>%n қабылданбады: аға кассир қажет</numerusform>
            <numerusform>%n қабылданбады: аға кассир қажет</numerusform>
        </translation>
    </message>
    <message>
        <location line="-46" />
        <source>(never reached)</source>
        <translation>(байланыс әлі болған жоқ)</translation>
    </message>
    <message>
        <location line="-123" />
        <source>Payments waiting, parked and refused: click or press F6</source>
        <translation>Күтудегі, тоқтатылған және қабылданбаған төлемдер: басыңыз немесе F6 пернесін басыңыз</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The business day payments are dated to</source>
        <translation>Төлемдер жататын операциялық күн</translation>
    </message>
    <message>
        <location line="+49" />
        <source>Business day %1</source>
        <translation>Операциялық күн %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>closed</source>
        <translation>жабық</translation>
    </message>
    <message>
        <location line="+2" />
        <source>day %1 not closed (F12)</source>
        <translation>%1 күні жабылмаған (F12)</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Drawer over its limit: hand cash over (F11)</source>
        <translation>Касса лимиттен асты: ақшаны тапсырыңыз (F11)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The drawer holds more cash than the bank's hard limit: no payment is taken until cash is handed over to the vault (F11).</source>
        <translation>Кассада банктің шекті лимитінен көп қолма-қол ақша бар: ақша қоймаға тапсырылмайынша төлем қабылданбайды (F11).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Drawer above the warning level: hand cash over (F11)</source>
        <translation>Касса ескерту деңгейінен жоғары: ақшаны тапсырыңыз (F11)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The drawer holds more cash than the bank's warning level: hand the surplus over to the vault (F11) before it reaches the hard limit.</source>
        <translation>Кассада банктің ескерту деңгейінен көп қолма-қол ақша бар: шекті лимитке жеткенше артығын қоймаға тапсырыңыз (F11).</translation>
    </message>
    <message numerus="yes">
        <location line="+61" />
        <source>Clock %n min behind</source>
        <translation>
            <numerusform>Сағат %n мин қалып келеді</numerusform>
            <numerusform>Сағат %n мин қалып келеді</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>This computer's clock is %n min behind the processing center's: call IT</source>
        <translation>
            <numerusform>Бұл компьютердің сағаты есеп айырысу орталығының сағатынан %n минутқа қалып келеді: IT-ге хабарласыңыз</numerusform>
            <numerusform>Бұл компьютердің сағаты есеп айырысу орталығының сағатынан %n минутқа қалып келеді: IT-ге хабарласыңыз</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>Clock %n min ahead</source>
        <translation>
            <numerusform>Сағат %n мин озып кеткен</numerusform>
            <numerusform>Сағат %n мин озып кеткен</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>This computer's clock is %n min ahead of the processing center's: call IT</source>
        <translation>
            <numerusform>Бұл компьютердің сағаты есеп айырысу орталығының сағатынан %n минутқа озып кеткен: IT-ге хабарласыңыз</numerusform>
            <numerusform>Бұл компьютердің сағаты есеп айырысу орталығының сағатынан %n минутқа озып кеткен: IT-ге хабарласыңыз</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10" />
        <source>%n receipt(s) not made</source>
        <translation>
            <numerusform>%n түбіртек жасалмады</numerusform>
            <numerusform>%n түбіртек жасалмады</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>Payments saved whose receipt could not be made yet (is the disk full?). They are made as soon as they can be; the day cannot be closed before.</source>
        <translation>Түбіртегі әлі жасалмаған сақталған төлемдер (диск толы ма?). Мүмкін болған бойда олар жасалады; оған дейін күнді жабуға болмайды.</translation>
    </message>
    <message numerus="yes">
        <location line="+10" />
        <source>%n parked</source>
        <translation>
            <numerusform>%n тоқтатылған</numerusform>
            <numerusform>%n тоқтатылған</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%n payment(s) parked until the credentials are fixed</source>
        <translation>
            <numerusform>%n төлем тіркелгі деректері түзетілгенше тоқтатылған</numerusform>
            <numerusform>%n төлем тіркелгі деректері түзетілгенше тоқтатылған</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17" />
        <source>Back office: journal refused</source>
        <translation>Бэк-офис: журнал қабылданбады</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Back office: credentials refused, call IT</source>
        <translation>Бэк-офис: тіркелгі деректері қабылданбады, IT-ге хабарласыңыз</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Back office: not contacted yet</source>
        <translation>Бэк-офис: әлі байланыс болған жоқ</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Back office: unreachable since %1</source>
        <translation>Бэк-офис: %1 бастап қолжетімсіз</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Back office: unreachable</source>
        <translation>Бэк-офис: қолжетімсіз</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>Back office: sending %n record(s)</source>
        <translation>
            <numerusform>Бэк-офис: %n жазба жіберілуде</numerusform>
            <numerusform>Бэк-офис: %n жазба жіберілуде</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>Back office: up to date</source>
        <translation>Бэк-офис: бәрі жіберілді</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The bank's back office holds %1 of this desk's %2 journal records</source>
        <translation>Банктің бэк-офисінде осы жұмыс орны журналының %2 жазбасының %1 жазбасы бар</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+14" />
        <source>Last successful contact: %1</source>
        <translation>Соңғы сәтті байланыс: %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No successful contact yet</source>
        <translation>Сәтті байланыс әлі болған жоқ</translation>
    </message>
    <message>
        <location line="-14" />
        <location line="+16" />
        <source>Last error: %1</source>
        <translation>Соңғы қате: %1</translation>
    </message>
    <message>
        <location line="-117" />
        <source>Processing center: not contacted yet</source>
        <translation>Есеп айырысу орталығы: байланыс әлі болған жоқ</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Processing center: online</source>
        <translation>Есеп айырысу орталығы: байланыс бар</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Processing center: unreachable since %1</source>
        <translation>Есеп айырысу орталығы: %1 бастап байланыс жоқ</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Processing center: unreachable</source>
        <translation>Есеп айырысу орталығы: байланыс жоқ</translation>
    </message>
    <message>
        <location line="+4" />
        <source>All payments sent</source>
        <translation>Барлық төлемдер жіберілді</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n payment(s) waiting to be sent</source>
        <translation>
            <numerusform>%n төлем жіберуді күтуде</numerusform>
            <numerusform>%n төлем жіберуді күтуде</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>oldest %1</source>
        <translation>ең ертесі — %1</translation>
    </message>
</context>
<context>
    <name>DeskWindow</name>
    <message>
        <location filename="../../ui/desk/window.py" line="+82" />
        <source>Utility payments — %1</source>
        <translation>Коммуналдық төлемдер — %1</translation>
    </message>
    <message>
        <location line="+167" />
        <source>The cash session of %1 is open on this workstation: they close it with a count (F11), or a supervisor does.</source>
        <translation>Бұл жұмыс орнында ауысым ашық (кассир %1): оны санап (F11) сол кассир немесе аға кассир жабады.</translation>
    </message>
    <message>
        <location line="+59" />
        <source>Receipt %1 voided; the cancel goes to the SPC.</source>
        <translation>%1 түбіртегі жойылды; жою есеп айырысу орталығына жіберіледі.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Settings saved.</source>
        <translation>Баптаулар сақталды.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The new language is used from the next start.</source>
        <translation>Жаңа тіл келесі іске қосқанда қолданылады.</translation>
    </message>
</context>
<context>
    <name>DraftForm</name>
    <message>
        <location filename="../../ui/desk/draft_form.py" line="+78" />
        <source>Type the cash received, then press Enter or F9.</source>
        <translation>Алынған қолма-қол соманы енгізіп, Enter немесе F9 басыңыз.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Ready: press Enter or F9 to accept the payment.</source>
        <translation>Дайын: төлемді қабылдау үшін Enter немесе F9 басыңыз.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>%1: %2 is more than %3 times the amount due (%4). Is that right?</source>
        <translation>%1: %2 төленетін сомадан (%4) %3 еседен артық. Дұрыс па?</translation>
    </message>
    <message>
        <location line="+36" />
        <source>amount</source>
        <translation>сома</translation>
    </message>
    <message>
        <location line="+0" />
        <source>reading</source>
        <translation>көрсеткіш</translation>
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
        <translation>%1 жұмыс орнының кассалық ауысымы</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Reading the drawer…</source>
        <translation>Касса деректері оқылуда…</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Close window  (Esc)</source>
        <translation>Терезені жабу  (Esc)</translation>
    </message>
    <message>
        <location line="+103" />
        <source>Only a teller or a supervisor opens a cash session.</source>
        <translation>Ауысымды тек кассир немесе аға кассир аша алады.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Open · teller %1</source>
        <translation>Ашық · кассир %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Opened %1 · business day %2</source>
        <translation>Ашылды %1 · операциялық күн %2</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Only a teller or a supervisor handles the cash.</source>
        <translation>Қолма-қол ақшамен тек кассир немесе аға кассир жұмыс істейді.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This session belongs to %1: only they or a supervisor can hand cash over or close it.</source>
        <translation>Бұл ауысымды %1 ашқан: ақшаны тапсыруды немесе ауысымды жабуды тек өзі немесе аға кассир жасай алады.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Type the float counted in the drawer (0 if it is empty).</source>
        <translation>Кассада саналған қалдықты енгізіңіз (бос болса, 0).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Opening the session…</source>
        <translation>Ауысым ашылуда…</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The cash session is open with a float of %1.</source>
        <translation>Ауысым ашылды, бастапқы қалдық %1.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Type the amount taken to the vault.</source>
        <translation>Қоймаға тапсырылатын соманы енгізіңіз.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Recording the handover…</source>
        <translation>Тапсыру тіркелуде…</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1 handed over to the vault.</source>
        <translation>%1 қоймаға тапсырылды.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/drawer_close.py" line="+45" />
        <source>Recount</source>
        <translation>Қайта санау</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Count the drawer again: the new count is recorded as a recount</source>
        <translation>Кассаны қайта санау: жаңа санау қайта санау ретінде тіркеледі</translation>
    </message>
    <message>
        <location line="+58" />
        <source>Not an amount yet: type digits, a comma before the tiyn.</source>
        <translation>Бұл әлі сома емес: цифрларды енгізіңіз, тиын — үтірден кейін.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Over by %1: say why in the note.</source>
        <translation>%1 артық: себебін ескертпеде жазыңыз.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Short by %1: say why in the note.</source>
        <translation>%1 кем: себебін ескертпеде жазыңыз.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Matches the expected cash.</source>
        <translation>Күтілген сомамен сәйкес.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Expected in the drawer: %1. You counted %2.</source>
        <translation>Кассада болуы керек: %1. Сіз санадыңыз: %2.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Or count again (Recount).</source>
        <translation>Немесе қайта санаңыз.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Submit the count</source>
        <translation>Санауды растау</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Close session</source>
        <translation>Ауысымды жабу</translation>
    </message>
    <message>
        <location line="+12" />
        <location line="+9" />
        <source>Type the cash counted in the drawer.</source>
        <translation>Кассада саналған соманы енгізіңіз.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Closing the session…</source>
        <translation>Ауысым жабылуда…</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Recording the count…</source>
        <translation>Санау тіркелуде…</translation>
    </message>
    <message>
        <location line="+34" />
        <source>The count differs from the expected cash by %1: write why in the note.</source>
        <translation>Саналған сома күтілгеннен %1 ерекшеленеді: себебін ескертпеде жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/drawer_forms.py" line="-187" />
        <source>An amount cannot be negative.</source>
        <translation>Сома теріс бола алмайды.</translation>
    </message>
</context>
<context>
    <name>DrawerFigures</name>
    <message>
        <location line="+60" />
        <source>Opening float</source>
        <translation>Бастапқы қалдық</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Received from payers</source>
        <translation>Төлеушілерден қабылданды</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Change given</source>
        <translation>Берілген қайтарым</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Handed over to the vault</source>
        <translation>Қоймаға тапсырылды</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Refunded for voids</source>
        <translation>Жою бойынша қайтарылды</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Expected in the drawer</source>
        <translation>Кассада болуы керек</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Paid by card on the terminal (not in the drawer)</source>
        <translation>Терминалда картамен төленді (кассада жоқ)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Refunded to cards on the terminal</source>
        <translation>Терминал арқылы карталарға қайтарылды</translation>
    </message>
</context>
<context>
    <name>EmailReceipt</name>
    <message>
        <location filename="../../ui/dialogs/email_receipt.py" line="+137" />
        <source>E-mail to %1: sent ✓</source>
        <translation>%1 адресіне хат: жіберілді ✓</translation>
    </message>
    <message>
        <location line="+2" />
        <source>E-mail to %1: not sent, the mail server refused it (%2). Check the address with the customer and send again (Ctrl+E).</source>
        <translation>%1 адресіне хат жіберілмеді: пошта сервері қабылдамады (%2). Мекенжайды клиентпен тексеріп, қайта жіберіңіз (Ctrl+E).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>E-mail to %1: queued; the mail server has not taken it yet (%2). It goes by itself.</source>
        <translation>%1 адресіне хат кезекте: пошта сервері оны әлі қабылдаған жоқ (%2). Хат өзі жіберіледі.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>E-mail to %1: queued, it goes in a moment.</source>
        <translation>%1 адресіне хат кезекте, қазір жіберіледі.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>E-mail  (%1)</source>
        <translation>Поштаға  (%1)</translation>
    </message>
</context>
<context>
    <name>EmailReceiptDialog</name>
    <message>
        <location line="-119" />
        <source>E-mail the receipt</source>
        <translation>Түбіртекті электрондық поштамен жіберу</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Receipt № %1, %2, goes to the customer as a PDF, in Russian and Kazakh. The desk sends it in the background: nobody waits for the mail server.</source>
        <translation>№ %1 түбіртек (%2) клиентке PDF файлымен орыс және қазақ тілдерінде жіберіледі. Касса оны фонда жібереді: пошта серверін күтудің қажеті жоқ.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>e.g. aigerim@mail.kz</source>
        <translation>мысалы, aigerim@mail.kz</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+2" />
        <source>Customer's e-mail</source>
        <translation>Клиенттің электрондық поштасы</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Send  (Enter)</source>
        <translation>Жіберу  (Enter)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancel  (Esc)</source>
        <translation>Болдырмау  (Esc)</translation>
    </message>
</context>
<context>
    <name>EntryController</name>
    <message>
        <location filename="../../ui/desk/entry.py" line="+163" />
        <source>The scanned invoice is for %1, the processing center now bills %2: check the amounts with the customer.</source>
        <translation>Сканерленген шот %1 кезеңіне, ал есеп айырысу орталығы қазір %2 кезеңіне шот қояды: сомаларды клиентпен тексеріңіз.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>The amounts in the table are enough to accept the payment.</source>
        <translation>Төлемді қабылдау үшін кестедегі сомалар жеткілікті.</translation>
    </message>
    <message>
        <location line="+88" />
        <source>Saving the payment…</source>
        <translation>Төлем сақталуда…</translation>
    </message>
    <message>
        <location line="+70" />
        <source>The payment was not saved.</source>
        <translation>Төлем сақталмады.</translation>
    </message>
</context>
<context>
    <name>GateScreen</name>
    <message>
        <location filename="../../ui/desk/gate.py" line="+45" />
        <source>Workstation %1</source>
        <translation>Жұмыс орны %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>e.g. t.sadykova</source>
        <translation>мысалы, t.sadykova</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Another user</source>
        <translation>Басқа пайдаланушы</translation>
    </message>
    <message>
        <location line="+14" />
        <source>User</source>
        <translation>Пайдаланушы</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Password</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <location line="+29" />
        <location line="+1" />
        <source>Sign in</source>
        <translation>Кіру</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Locked</source>
        <translation>Құлыпталған</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unlock</source>
        <translation>Құлыпты ашу</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 stepped away. The unfinished payment is kept; enter the password to go on.</source>
        <translation>%1 орнынан кетті. Аяқталмаған төлем сақталды; жалғастыру үшін құпиясөзді енгізіңіз.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>No users on this workstation yet: they come from the bank's back office as soon as it is reached. If this lasts, call the bank's IT.</source>
        <translation>Бұл жұмыс орнында әлі пайдаланушылар жоқ: байланыс орнаған бойда олар банктің бэк-офисінен келеді. Егер бұл ұзаққа созылса, банктің IT қызметіне хабарласыңыз.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No users on this workstation yet. The administrator adds them: cashier users add ID --name NAME --role teller.</source>
        <translation>Бұл жұмыс орнында әлі пайдаланушылар жоқ. Оларды әкімші қосады: cashier users add ID --name NAME --role teller.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Enter your user id.</source>
        <translation>Пайдаланушы атын енгізіңіз.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Enter your password.</source>
        <translation>Құпиясөзді енгізіңіз.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Checking…</source>
        <translation>Тексерілуде…</translation>
    </message>
</context>
<context>
    <name>HandoverForm</name>
    <message>
        <location filename="../../ui/dialogs/drawer_forms.py" line="+31" />
        <source>Hand over to the vault</source>
        <translation>Қоймаға тапсыру</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Amount handed over</source>
        <translation>Тапсырылатын сома</translation>
    </message>
    <message>
        <location line="+4" />
        <source>e.g. bag 0412, seal 77813</source>
        <translation>мысалы, сөмке 0412, пломба 77813</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Handover note</source>
        <translation>Тапсыру туралы ескертпе</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hand over</source>
        <translation>Тапсыру</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Amount</source>
        <translation>Сома</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Note (bag, seal; optional)</source>
        <translation>Ескертпе (сөмке, пломба; міндетті емес)</translation>
    </message>
</context>
<context>
    <name>InvoiceView</name>
    <message>
        <location filename="../../ui/desk/invoice_view.py" line="+41" />
        <location line="+82" />
        <source>Invoice</source>
        <translation>Шот-хабарлама</translation>
    </message>
    <message>
        <location line="-55" />
        <source>Zoom out (Ctrl+-)</source>
        <translation>Кішірейту (Ctrl+-)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Zoom in (Ctrl+=)</source>
        <translation>Үлкейту (Ctrl+=)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fit to width (Ctrl+0)</source>
        <translation>Ені бойынша (Ctrl+0)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Whole page (Ctrl+9)</source>
        <translation>Бетті толық көрсету (Ctrl+9)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Previous page (PgUp)</source>
        <translation>Алдыңғы бет (PgUp)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Next page (PgDn)</source>
        <translation>Келесі бет (PgDn)</translation>
    </message>
    <message>
        <location line="+42" />
        <source>Receipt</source>
        <translation>Түбіртек</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The invoice appears here once an account is found.</source>
        <translation>Дербес шот табылғанда, шот-хабарлама осында көрсетіледі.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Loading the invoice from the processing center…</source>
        <translation>Шот-хабарлама есеп айырысу орталығынан жүктелуде…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The invoice image is not available.</source>
        <translation>Шот-хабарлама бейнесі қолжетімсіз.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The processing center sent an empty file.</source>
        <translation>Есеп айырысу орталығы бос файл жіберді.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>The file from the processing center is not a readable PDF (%1).</source>
        <translation>Есеп айырысу орталығынан келген файл оқылатын PDF емес (%1).</translation>
    </message>
    <message>
        <location line="+76" />
        <source>width</source>
        <translation>ені бойынша</translation>
    </message>
    <message>
        <location line="+2" />
        <source>page</source>
        <translation>бет</translation>
    </message>
</context>
<context>
    <name>JournalAlarm</name>
    <message>
        <location filename="../../ui/desk/backoffice_link.py" line="-112" />
        <source>The bank's back office refuses this desk's journal: record %1 does not match its checksum.</source>
        <translation>Банктің бэк-офисі осы жұмыс орнының журналын қабылдамайды: %1 жазбасы өзінің бақылау сомасына сәйкес келмейді.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The bank's back office holds this desk's journal up to record %1, and this desk has fewer: records were deleted from this desk.</source>
        <translation>Банктің бэк-офисінде осы жұмыс орнының журналы %1 жазбасына дейін сақтаулы, ал мұнда жазбалар аз: жазбалар осы жұмыс орнынан жойылған.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The bank's back office refuses this desk's journal: record %1 differs from the one it received earlier, so this desk's records were changed after they were sent.</source>
        <translation>Банктің бэк-офисі осы жұмыс орнының журналын қабылдамайды: %1 жазбасы бұрын алынғанынан өзгеше, демек осы жұмыс орнының жазбалары жіберілгеннен кейін өзгертілген.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Do not switch off or reinstall this computer; call the branch supervisor and the bank's IT security. Go on serving customers.</source>
        <translation>Бұл компьютерді өшірмеңіз және қайта орнатпаңыз; филиалдың аға кассиріне және банктің IT-қауіпсіздік қызметіне хабарласыңыз. Клиенттерге қызмет көрсетуді жалғастырыңыз.</translation>
    </message>
</context>
<context>
    <name>JournalAlarmBanner</name>
    <message>
        <location line="-31" />
        <source>Acknowledge…  (supervisor)</source>
        <translation>Растау…  (аға кассир)</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <location filename="../../ui/desk/keys.py" line="+71" />
        <source>next customer</source>
        <translation>келесі клиент</translation>
    </message>
    <message>
        <location line="+1" />
        <source>find by address</source>
        <translation>мекенжай бойынша іздеу</translation>
    </message>
    <message>
        <location line="+1" />
        <source>amounts</source>
        <translation>сомалар</translation>
    </message>
    <message>
        <location line="+1" />
        <source>next field</source>
        <translation>келесі өріс</translation>
    </message>
    <message>
        <location line="+1" />
        <source>exact cash</source>
        <translation>қайтарымсыз</translation>
    </message>
    <message>
        <location line="+1" />
        <source>banknotes</source>
        <translation>банкноттар</translation>
    </message>
    <message>
        <location line="+1" />
        <source>another account</source>
        <translation>тағы шот</translation>
    </message>
    <message>
        <location line="+1" />
        <source>card</source>
        <translation>карта</translation>
    </message>
    <message>
        <location line="+1" />
        <source>accept</source>
        <translation>қабылдау</translation>
    </message>
    <message>
        <location line="+1" />
        <source>clear</source>
        <translation>тазарту</translation>
    </message>
    <message>
        <location line="+1" />
        <source>print</source>
        <translation>басып шығару</translation>
    </message>
    <message>
        <location line="+1" />
        <source>e-mail</source>
        <translation>поштаға</translation>
    </message>
    <message>
        <location line="+1" />
        <source>queue</source>
        <translation>кезек</translation>
    </message>
    <message>
        <location line="+1" />
        <source>void</source>
        <translation>жою</translation>
    </message>
    <message>
        <location line="+1" />
        <source>cash</source>
        <translation>касса</translation>
    </message>
    <message>
        <location line="+1" />
        <source>close day</source>
        <translation>күнді жабу</translation>
    </message>
    <message>
        <location line="+1" />
        <source>branch</source>
        <translation>филиал</translation>
    </message>
    <message>
        <location line="+1" />
        <source>lock</source>
        <translation>құлыптау</translation>
    </message>
    <message>
        <location line="+1" />
        <source>settings</source>
        <translation>баптаулар</translation>
    </message>
</context>
<context>
    <name>LimitPanel</name>
    <message>
        <location filename="../../ui/dialogs/drawer_controls.py" line="-51" />
        <source>warning level %1</source>
        <translation>ескерту деңгейі %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>hard limit %1</source>
        <translation>шекті лимит %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The bank's cash limits for a drawer: %1.</source>
        <translation>Банктің кассалық лимиттері: %1.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Above the hard limit: no more cash is taken until you hand %1 over to the vault (filled in below).</source>
        <translation>Шекті лимиттен жоғары: %1 қоймаға тапсырмайынша қолма-қол ақша қабылданбайды (сома төменде толтырылған).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Above the warning level: hand %1 over to the vault (filled in below).</source>
        <translation>Ескерту деңгейінен жоғары: %1 қоймаға тапсырыңыз (сома төменде толтырылған).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Within the bank's cash limits.</source>
        <translation>Банктің кассалық лимиттері шегінде.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ui/messages.py" line="+22" />
        <source>Type the personal account number from the invoice, then press Enter.</source>
        <translation>Шот-хабарламадағы дербес шот нөмірін енгізіп, Enter басыңыз.</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+2" />
        <source>A personal account number has 4 to 20 digits. Check the number on the invoice and type it again.</source>
        <translation>Дербес шот нөмірі 4–20 цифрдан тұрады. Нөмірді шот-хабарламамен салыстырып, қайта енгізіңіз.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Account {account} is not known to the processing center. Check the number on the invoice; if it is right, the customer should contact the service provider.</source>
        <translation>Есеп айырысу орталығында {account} дербес шоты табылмады. Нөмірді шот-хабарламамен салыстырыңыз; егер ол дұрыс болса, клиент қызмет жеткізушіге жүгінуі керек.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The processing center cannot be reached and account {account} was never looked up here, so there is no offline copy. Take the payment when the connection is back.</source>
        <translation>Есеп айырысу орталығымен байланыс жоқ, ал {account} дербес шоты мұнда бұрын ашылмаған, сондықтан сақталған көшірме жоқ. Байланыс қалпына келгенде төлемді қабылдаңыз.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The invoice barcode did not read correctly. Scan it again or type the account number by hand.</source>
        <translation>Шот-хабарлама штрихкоды қате оқылды. Оны қайта сканерлеңіз немесе дербес шот нөмірін қолмен енгізіңіз.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The QR code was read only in part. Scan it again.</source>
        <translation>QR-код толық оқылмады. Оны қайта сканерлеңіз.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The QR code is damaged. Scan it again or type the account number by hand.</source>
        <translation>QR-код бүлінген. Оны қайта сканерлеңіз немесе дербес шот нөмірін қолмен енгізіңіз.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The QR code has no personal account. Type the account number from the invoice by hand.</source>
        <translation>QR-кодта дербес шот жоқ. Шот-хабарламадағы дербес шот нөмірін қолмен енгізіңіз.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The QR code's personal account is not 4 to 20 digits. Type the account number from the invoice by hand.</source>
        <translation>QR-кодтағы дербес шот 4–20 цифрдан тұрмайды. Шот-хабарламадағы дербес шот нөмірін қолмен енгізіңіз.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The QR code's amount is damaged. Scan it again or type the account number by hand.</source>
        <translation>QR-кодтағы сома бүлінген. Оны қайта сканерлеңіз немесе дербес шот нөмірін қолмен енгізіңіз.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A meter reading in the QR code is damaged. Scan it again or type the account number by hand.</source>
        <translation>QR-кодтағы есептегіш көрсеткіші бүлінген. Оны қайта сканерлеңіз немесе дербес шот нөмірін қолмен енгізіңіз.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The QR code's payment period is damaged. Scan it again or type the account number by hand.</source>
        <translation>QR-кодтағы төлем кезеңі бүлінген. Оны қайта сканерлеңіз немесе дербес шот нөмірін қолмен енгізіңіз.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Enter an amount, or leave the field empty to skip the service.</source>
        <translation>Соманы енгізіңіз немесе бұл қызметті төлемеу үшін өрісті бос қалдырыңыз.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Not an amount. Type digits with a comma before the tiyn, for example 1272,26.</source>
        <translation>Бұл сома емес. Цифрларды енгізіңіз, тиынды үтірден кейін жазыңыз, мысалы 1272,26.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Too many digits after the comma: an amount has at most two (tiyn), for example 1272,26.</source>
        <translation>Үтірден кейін цифр тым көп: сомада екі цифрдан артық болмайды (тиын), мысалы 1272,26.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>An amount cannot be negative. Type the sum the customer pays, or leave the field empty to skip the service.</source>
        <translation>Сома теріс бола алмайды. Клиент төлейтін соманы енгізіңіз немесе қызметті төлемеу үшін өрісті бос қалдырыңыз.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The amount is far too large. Check it and type it again.</source>
        <translation>Сома тым үлкен. Оны тексеріп, қайта енгізіңіз.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This service is not on the account. Look the account up again.</source>
        <translation>Бұл қызмет дербес шотта жоқ. Дербес шотты қайта іздеңіз.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Enter the current meter reading, or leave the field empty.</source>
        <translation>Есептегіштің ағымдағы көрсеткішін енгізіңіз немесе өрісті бос қалдырыңыз.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Not a meter reading. Type the digits from the meter, for example 12410 or 12410,5.</source>
        <translation>Бұл есептегіш көрсеткіші емес. Есептегіштегі цифрларды енгізіңіз, мысалы 12410 немесе 12410,5.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Too many digits after the comma: a reading has at most three.</source>
        <translation>Үтірден кейін цифр тым көп: көрсеткіште үш цифрдан артық болмайды.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A meter reading cannot be negative.</source>
        <translation>Есептегіш көрсеткіші теріс бола алмайды.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The reading is far too large. Check the meter and type it again.</source>
        <translation>Көрсеткіш тым үлкен. Есептегішті тексеріп, қайта енгізіңіз.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The reading is below the previous one ({previous} {unit}). Check the meter and the number you typed.</source>
        <translation>Көрсеткіш алдыңғысынан аз ({previous} {unit}). Есептегіш көрсеткішін енгізілген санмен салыстырыңыз.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This service has no meter: leave the reading empty.</source>
        <translation>Бұл қызметте есептегіш жоқ: көрсеткішті бос қалдырыңыз.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A reading is sent together with a payment: enter an amount for this service, or clear the reading.</source>
        <translation>Көрсеткіш төлеммен бірге жіберіледі: бұл қызмет бойынша соманы енгізіңіз немесе көрсеткішті өшіріңіз.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Nothing to pay: enter an amount for at least one service.</source>
        <translation>Төлейтін ештеңе жоқ: кемінде бір қызмет бойынша соманы енгізіңіз.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The fee cannot be negative.</source>
        <translation>Комиссия теріс бола алмайды.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>One payment may not exceed {limit}: take at most that much in this payment. The limit is the bank's setting (max_payment).</source>
        <translation>Бір төлем {limit} сомасынан аспауы керек: бұл төлемде одан көп қабылдамаңыз. Лимитті банк белгілейді (max_payment баптауы).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The cash received is less than the total: {missing} more is needed.</source>
        <translation>Алынған ақша төлем сомасынан аз: тағы {missing} қажет.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Type the cash received from the customer.</source>
        <translation>Клиенттен алынған қолма-қол ақша сомасын енгізіңіз.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The business day is closed: no payment can be accepted. A supervisor opens the next business day (F12, Open the next business day).</source>
        <translation>Операциялық күн жабық: төлемдер қабылданбайды. Аға кассир келесі операциялық күнді ашады (F12, «Келесі операциялық күнді ашу»).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Payments have not reached the processing center for over {hours} h, so new payments are stopped. Ask the branch IT person to restore the connection (or to change the offline limit in the settings).</source>
        <translation>Төлемдер есеп айырысу орталығына {hours} сағаттан астам жетпей жатыр, сондықтан жаңа төлемдерді қабылдау тоқтатылды. Филиалдың IT маманынан байланысты қалпына келтіруді (немесе баптаулардағы байланыссыз жұмыс лимитін өзгертуді) сұраңыз.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Unsent payments would exceed the offline limit of {limit}, so new payments are stopped. Ask the branch IT person to restore the connection (or to change the offline limit in the settings).</source>
        <translation>Жіберілмеген төлемдер байланыссыз жұмыс лимитінен ({limit}) асып кетер еді, сондықтан жаңа төлемдерді қабылдау тоқтатылды. Филиалдың IT маманынан байланысты қалпына келтіруді (немесе баптаулардағы лимитті өзгертуді) сұраңыз.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Write what was done about the refused payment (refund, payment taken again...).</source>
        <translation>Қабылданбаған төлем бойынша не істелгенін жазыңыз (ақша қайтарылды, төлем қайта қабылданды…).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This payment is no longer waiting for a decision: someone has resolved it already.</source>
        <translation>Бұл төлем енді шешімді күтпейді: оны біреу шешіп қойған.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Type part of the address: a street, a house number, a flat.</source>
        <translation>Мекенжайдың бір бөлігін енгізіңіз: көше, үй нөмірі, пәтер.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The settings could not be saved: {detail}. Nothing was changed.</source>
        <translation>Баптауларды сақтау мүмкін болмады: {detail}. Ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Printing is not set up on this computer (the CUPS commands are missing). The payment is saved: open the receipt and print it from the viewer, or call IT support.</source>
        <translation>Бұл компьютерде басып шығару бапталмаған (CUPS командалары жоқ). Төлем сақталды: түбіртекті ашып, қарау бағдарламасынан басып шығарыңыз немесе IT қолдау қызметіне қоңырау шалыңыз.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No receipt printer is chosen and the computer has no default printer. The payment is saved: choose a printer in Settings (F10), then press Reprint.</source>
        <translation>Түбіртек принтері таңдалмаған және компьютерде әдепкі принтер жоқ. Төлем сақталды: баптауларда (F10) принтерді таңдап, «Қайта басып шығару» батырмасын басыңыз.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The printing service of this computer is not running. The payment is saved: ask IT to start it, then press Reprint.</source>
        <translation>Бұл компьютердің басып шығару қызметі іске қосылмаған. Төлем сақталды: IT маманынан оны іске қосуды сұрап, «Қайта басып шығару» батырмасын басыңыз.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The printer chosen in Settings does not exist on this computer. The payment is saved: choose another printer (F10), then press Reprint.</source>
        <translation>Баптауларда таңдалған принтер бұл компьютерде жоқ. Төлем сақталды: басқа принтерді таңдап (F10), «Қайта басып шығару» батырмасын басыңыз.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The printer does not take jobs now (it is stopped or paused). The payment is saved: ask IT to enable it, then press Reprint.</source>
        <translation>Принтер қазір тапсырмаларды қабылдамайды (тоқтатылған немесе кідіртілген). Төлем сақталды: IT маманынан оны қосуды сұрап, «Қайта басып шығару» батырмасын басыңыз.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The printing service did not answer in time. The payment is saved: check the printer, then press Reprint.</source>
        <translation>Басып шығару қызметі уақытында жауап бермеді. Төлем сақталды: принтерді тексеріп, «Қайта басып шығару» батырмасын басыңыз.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The receipt could not be sent to the printer: {detail}. The payment is saved: check the printer and press Reprint.</source>
        <translation>Түбіртекті принтерге жіберу мүмкін болмады: {detail}. Төлем сақталды: принтерді тексеріп, «Қайта басып шығару» батырмасын басыңыз.</translation>
    </message>
    <message>
        <location line="-56" />
        <source>This payment is not on this workstation.</source>
        <translation>Бұл төлем осы жұмыс орнында жоқ.</translation>
    </message>
    <message>
        <location line="-88" />
        <source>This payment needs the payer identified (above {threshold}, alone or with the account's payments today): ask for the IIN and the identity document.</source>
        <translation>Бұл төлем үшін төлеушіні сәйкестендіру қажет ({threshold} жоғары — өзі немесе шоттың бүгінгі төлемдерімен бірге): ЖСН мен жеке басын куәландыратын құжатты сұраңыз.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A payment above {threshold} needs a supervisor's approval: a supervisor types their own password at this desk.</source>
        <translation>{threshold} жоғары төлемді аға кассир растайды: ол осы жұмыс орнында өз құпиясөзін енгізеді.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Do not take this payment: the payer matches the bank's sanctions list. Call the compliance officer now and do not tell the customer why.</source>
        <translation>Бұл төлемді қабылдамаңыз: төлеуші банктің санкциялық тізіміне сәйкес келеді. Комплаенс-бақылаушыға дереу хабарласыңыз және клиентке себебін айтпаңыз.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The bank's sanctions list cannot be read, so no identified payer can be screened. Call IT; payments that need no identification can still be taken.</source>
        <translation>Банктің санкциялық тізімі оқылмайды, сондықтан сәйкестендірілген төлеушілерді тексеру мүмкін емес. АТ бөліміне хабарласыңыз; сәйкестендіруді қажет етпейтін төлемдерді қабылдауға болады.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>An IIN is 12 digits. Type the 12 digits from the customer's ID card.</source>
        <translation>ЖСН — 12 цифр. Клиенттің жеке куәлігіндегі 12 цифрды енгізіңіз.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This IIN does not exist: a digit is mistyped. Check it against the ID card.</source>
        <translation>Мұндай ЖСН жоқ: бір цифр қате терілген. Жеке куәлікпен салыстырыңыз.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The IIN's first digits are not a real birth date. Check the IIN against the ID card.</source>
        <translation>ЖСН-ның алғашқы цифрлары нақты туған күн емес. ЖСН-ды жеке куәлікпен салыстырыңыз.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Type the payer's surname and name (and patronymic) as on the document: letters, at least two words.</source>
        <translation>Төлеушінің тегі мен атын (және әкесінің атын) құжаттағыдай енгізіңіз: әріптермен, кемінде екі сөз.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose the identity document from the list.</source>
        <translation>Жеке басын куәландыратын құжатты тізімнен таңдаңыз.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Type the document's number as printed on it: 5 to 20 digits or capital Latin letters.</source>
        <translation>Құжат нөмірін басылғандай енгізіңіз: 5-тен 20-ға дейін цифр немесе бас латын әріптері.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Type the document's issue date as on it, like 15.03.2019: not after today and not before the birth date in the IIN.</source>
        <translation>Құжаттың берілген күнін ондағыдай енгізіңіз, мысалы 15.03.2019: бүгіннен кеш емес және ЖСН-дағы туған күннен ерте емес.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The document is TYPE:NUMBER:DATE, like id_card:043256789:15.03.2019.</source>
        <translation>Құжат ТҮРІ:НӨМІРІ:КҮНІ түрінде беріледі, мысалы id_card:043256789:15.03.2019.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The sanctions list {path} does not exist: call IT (sanctions_list in config.toml). Identified payers cannot be screened until it is found.</source>
        <translation>{path} санкциялық тізімі жоқ: АТ бөліміне хабарласыңыз (config.toml ішіндегі sanctions_list). Ол табылғанша сәйкестендірілген төлеушілерді тексеру мүмкін емес.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The sanctions list {path} cannot be read ({error}): call IT.</source>
        <translation>{path} санкциялық тізімі оқылмайды ({error}): АТ бөліміне хабарласыңыз.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The sanctions list {path} is refused at line {line}; the list in force stays as it was. Call IT to fix the file.</source>
        <translation>{path} санкциялық тізімі {line}-жолда қабылданбады; қолданыстағы тізім өзгерген жоқ. Файлды түзету үшін АТ бөліміне хабарласыңыз.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Load an account to take a payment.</source>
        <translation>Төлем қабылдау үшін дербес шотты табыңыз.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>An account is in the basket twice: remove one and put its amounts together.</source>
        <translation>Дербес шот себетте екі рет тұр: біреуін алып тастап, сомаларын біріктіріңіз.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>With several accounts each amount names its account: ACCOUNT:CODE=AMOUNT.</source>
        <translation>Бірнеше шот болғанда әр сома өз шотын көрсетеді: ШОТ:КОД=СОМА.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>With several accounts each reading names its account: ACCOUNT:CODE=VALUE.</source>
        <translation>Бірнеше шот болғанда әр көрсеткіш өз шотын көрсетеді: ШОТ:КОД=МӘН.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Type the amount paid by card as the terminal's slip shows it.</source>
        <translation>Картамен төленген соманы терминал чегіндегідей енгізіңіз.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Type the authorisation code from the terminal's slip: 6 letters or digits.</source>
        <translation>Терминал чегіндегі авторизация кодын енгізіңіз: 6 әріп немесе цифр.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Type the RRN from the terminal's slip: 12 digits or letters.</source>
        <translation>Терминал чегіндегі RRN енгізіңіз: 12 цифр немесе әріп.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The card part is more than the total {total}: a card pays at most the total.</source>
        <translation>Карта бойынша сома жалпы сомадан ({total}) көп: картамен жалпы сомадан артық төлеуге болмайды.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The cash drawer's command runs a program at this desk: a supervisor or IT sets it.</source>
        <translation>Ақша жәшігінің командасы осы жұмыс орнында бағдарлама іске қосады: оны аға кассир немесе АТ бөлімі орнатады.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This payer was not identified at this desk before: give the full name and the identity document too.</source>
        <translation>Бұл төлеуші бұрын мұнда сәйкестендірілмеген: аты-жөнін және жеке басын куәландыратын құжатты да көрсетіңіз.</translation>
    </message>
    <message>
        <location line="+66" />
        <source>The processing center cannot be reached. Check the network cable; payments accepted meanwhile are kept and sent later.</source>
        <translation>Есеп айырысу орталығымен байланыс жоқ. Желі кабелін тексеріңіз; осы уақытта қабылданған төлемдер сақталады және кейін жіберіледі.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The processing center refused this workstation's credentials. Call IT support: the workstation token must be renewed.</source>
        <translation>Есеп айырысу орталығы жұмыс орнының тіркелгі деректерін қабылдамады. IT қолдау қызметіне қоңырау шалыңыз: жұмыс орнының токенін жаңарту қажет.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The processing center sent an answer this program does not understand. Try again; if it repeats, call IT support.</source>
        <translation>Есеп айырысу орталығы бағдарлама түсінбейтін жауап жіберді. Қайталап көріңіз; қате қайталанса, IT қолдау қызметіне қоңырау шалыңыз.</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+2" />
        <source>The processing center sent damaged account data. Try again; if it repeats, call IT support.</source>
        <translation>Есеп айырысу орталығы дербес шоттың бүлінген деректерін жіберді. Қайталап көріңіз; қате қайталанса, IT қолдау қызметіне қоңырау шалыңыз.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The processing center sent incomplete account data. Try again; if it repeats, call IT support.</source>
        <translation>Есеп айырысу орталығы дербес шоттың толық емес деректерін жіберді. Қайталап көріңіз; қате қайталанса, IT қолдау қызметіне қоңырау шалыңыз.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The processing center sent a damaged amount. Try again; if it repeats, call IT support.</source>
        <translation>Есеп айырысу орталығы бүлінген соманы жіберді. Қайталап көріңіз; қате қайталанса, IT қолдау қызметіне қоңырау шалыңыз.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The processing center sent a damaged meter reading. Try again; if it repeats, call IT support.</source>
        <translation>Есеп айырысу орталығы бүлінген есептегіш көрсеткішін жіберді. Қайталап көріңіз; қате қайталанса, IT қолдау қызметіне қоңырау шалыңыз.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The processing center already holds a different payment with the same number. Call IT support.</source>
        <translation>Есеп айырысу орталығында нөмірі осындай басқа төлем бар. IT қолдау қызметіне қоңырау шалыңыз.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The processing center refused the request as malformed. Call IT support.</source>
        <translation>Есеп айырысу орталығы сұрауды қате деп қабылдамады. IT қолдау қызметіне қоңырау шалыңыз.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This workstation has no access token for the processing center. Call IT support to register the workstation.</source>
        <translation>Жұмыс орнында есеп айырысу орталығына кіру токені жоқ. Жұмыс орнын тіркеу үшін IT қолдау қызметіне қоңырау шалыңыз.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The secure storage for the workstation token is not available. Call IT support.</source>
        <translation>Жұмыс орны токеніне арналған қорғалған қойма қолжетімсіз. IT қолдау қызметіне қоңырау шалыңыз.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The secure storage refused the workstation token. Call IT support.</source>
        <translation>Қорғалған қойма жұмыс орнының токенін қабылдамады. IT қолдау қызметіне қоңырау шалыңыз.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Another program is already sending this workstation's payments; they will still be sent.</source>
        <translation>Бұл жұмыс орнының төлемдерін басқа бағдарлама жіберіп жатыр; олар бәрібір жіберіледі.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The offline copy of the accounts is already being refreshed. Try again in a few minutes.</source>
        <translation>Дербес шоттардың сақталған көшірмесі қазір жаңартылуда. Бірнеше минуттан кейін қайталаңыз.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The processing center has closed this billing period. Look the account up again to get the current invoice.</source>
        <translation>Есеп айырысу орталығы бұл есептік кезеңді жапты. Ағымдағы шот-хабарламаны алу үшін дербес шотты қайта іздеңіз.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The processing center did not accept the total. Call IT support.</source>
        <translation>Есеп айырысу орталығы жалпы соманы қабылдамады. IT қолдау қызметіне қоңырау шалыңыз.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The processing center did not accept an amount. Check the amounts.</source>
        <translation>Есеп айырысу орталығы сомалардың бірін қабылдамады. Сомаларды тексеріңіз.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>The original receipt {receipt_no} was already printed; only a copy can be printed now.</source>
        <translation>{receipt_no} түбіртегінің түпнұсқасы басылып қойған; енді тек көшірмесін басып шығаруға болады.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The receipt file is missing. The payment is saved; ask the supervisor to reprint the receipt.</source>
        <translation>Түбіртек файлы табылмады. Төлем сақталды; аға кассирден түбіртекті қайта басып шығаруды сұраңыз.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The processing center has no invoice image for this account.</source>
        <translation>Есеп айырысу орталығында бұл дербес шот үшін шот-хабарлама жоқ.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Wrong user id or password. Type the password again; after five wrong tries the user is locked for a few minutes.</source>
        <translation>Пайдаланушы аты немесе құпиясөз қате. Құпиясөзді қайта енгізіңіз; бес рет қате енгізілсе, пайдаланушы бірнеше минутқа бұғатталады.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Too many wrong passwords: this user is locked for a few minutes. Wait, or ask the administrator to reset the password.</source>
        <translation>Құпиясөз тым көп рет қате енгізілді: пайдаланушы бірнеше минутқа бұғатталды. Күтіңіз немесе әкімшіден құпиясөзді қалпына келтіруді сұраңыз.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This user is disabled. Ask the administrator.</source>
        <translation>Бұл пайдаланушы өшірілген. Әкімшіге жүгініңіз.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>There is no such user on this workstation. Check the user id.</source>
        <translation>Бұл жұмыс орнында мұндай пайдаланушы жоқ. Пайдаланушы атын тексеріңіз.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sign in first.</source>
        <translation>Алдымен жүйеге кіріңіз.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Your role does not allow this. Ask a supervisor.</source>
        <translation>Сіздің рөліңіз бұған рұқсат бермейді. Аға кассирге жүгініңіз.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Write why the payment is voided (at least a few words), for example: wrong account number typed.</source>
        <translation>Төлемнің неге жойылатынын жазыңыз (кемінде бірнеше сөз), мысалы: дербес шот нөмірі қате енгізілді.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A void needs a second person: a supervisor other than you must type their own user id and password.</source>
        <translation>Жою үшін екінші адам қажет: сізден басқа аға кассир өзінің пайдаланушы аты мен құпиясөзін енгізуі керек.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This payment is already voided. Nothing more to do.</source>
        <translation>Бұл төлем жойылып қойған. Басқа ештеңе істеудің қажеті жоқ.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This payment is from an earlier business day: only payments of today can be voided. Ask the supervisor how to return the money.</source>
        <translation>Бұл төлем өткен операциялық күнде қабылданған: тек бүгінгі төлемдерді жоюға болады. Ақшаны қалай қайтару керектігін аға кассирден сұраңыз.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The processing center refused this payment, so it is not voided here: a supervisor resolves it in the payment queue (F6).</source>
        <translation>Есеп айырысу орталығы бұл төлемді қабылдамады, сондықтан ол мұнда жойылмайды: оны аға кассир төлемдер кезегінде (F6) шешеді.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The void slip of {receipt_no} was already printed; only a copy can be printed now.</source>
        <translation>{receipt_no} түбіртегі бойынша жою актісі басылып қойған; енді тек көшірмесін басып шығаруға болады.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The void slip file is missing. The void stands: print a copy and tell IT support.</source>
        <translation>Жою актісінің файлы табылмады. Жою күшінде қалады: көшірмесін басып шығарып, IT қолдау қызметіне хабарлаңыз.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The archived void slip was changed after it was written. The void stands: print a copy and tell IT support.</source>
        <translation>Мұрағаттағы жою актісі жазылғаннан кейін өзгертілген. Жою күшінде қалады: көшірмесін басып шығарып, IT қолдау қызметіне хабарлаңыз.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Too many copies of this void slip. Call IT support.</source>
        <translation>Бұл жою актісінің көшірмелері тым көп. IT қолдау қызметіне қоңырау шалыңыз.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The void stands, but its slip could not be saved: {detail}. Tell IT support, then print the slip again.</source>
        <translation>Жою күшінде қалады, бірақ актіні сақтау мүмкін болмады: {detail}. IT қолдау қызметіне хабарлап, актіні қайта басып шығарыңыз.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No cash session is open on this workstation. Count the drawer and open a session with that float first.</source>
        <translation>Бұл жұмыс орнында кассалық ауысым ашылмаған. Алдымен кассаны санап, сол қалдықпен ауысым ашыңыз.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The open cash session belongs to another teller: they or a supervisor must close it with a cash count first.</source>
        <translation>Ашық ауысым басқа кассирге тиесілі: алдымен оны кассаны санап, сол кассир немесе аға кассир жабуы керек.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A cash session is already open on this workstation (by {user_id}). Close it with a cash count first.</source>
        <translation>Бұл жұмыс орнында ауысым ашық тұр ({user_id}). Алдымен оны кассаны санап жабыңыз.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The cash session was opened for {business_date}. Close it with a cash count and open one for today.</source>
        <translation>Ауысым {business_date} күніне ашылған. Оны кассаны санап жабыңыз да, бүгінгі ауысымды ашыңыз.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This cash session no longer exists. Close the window and open it again.</source>
        <translation>Бұл кассалық ауысым енді жоқ. Терезені жауып, қайта ашыңыз.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The drawer does not hold that much cash by the records. Type a smaller amount (at most the expected cash).</source>
        <translation>Жазбалар бойынша кассада мұнша қолма-қол ақша жоқ. Азырақ соманы енгізіңіз (кассада болуы керек сомадан аспайтын).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Type an amount greater than zero.</source>
        <translation>Нөлден үлкен соманы енгізіңіз.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>The workstation is not set up correctly: {message}</source>
        <translation>Жұмыс орны дұрыс бапталмаған: {message}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Unexpected error: {error}. The data already saved is safe; if this repeats, call IT support.</source>
        <translation>Күтпеген қате: {error}. Сақталған деректер қауіпсіз; қате қайталанса, IT қолдау қызметіне қоңырау шалыңыз.</translation>
    </message>
    <message>
        <location line="+57" />
        <source>Check the input</source>
        <translation>Енгізілгенді тексеріңіз</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Not found</source>
        <translation>Табылмады</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Not allowed</source>
        <translation>Рұқсат етілмейді</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Workstation setup</source>
        <translation>Жұмыс орнын баптау</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Processing center</source>
        <translation>Есеп айырысу орталығы</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Error</source>
        <translation>Қате</translation>
    </message>
    <message>
        <location filename="../../ui/messages_more.py" line="+16" />
        <source>The business day {business_date} is already closed. Its reports are kept; nothing more to do.</source>
        <translation>{business_date} операциялық күні жабылған. Оның есептері сақталған; басқа ештеңе істеудің қажеті жоқ.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The business day {business_date} has not begun: only the current or an earlier business day can be closed.</source>
        <translation>{business_date} операциялық күні әлі басталған жоқ: тек ағымдағы немесе одан бұрынғы күнді жабуға болады.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The business day {business_date} is still open: close it with a cash count (F12) before opening the next one.</source>
        <translation>{business_date} операциялық күні әлі ашық: келесісін ашпас бұрын оны кассаны санап жабыңыз (F12).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The next business day must come after {business_date}.</source>
        <translation>Келесі операциялық күн {business_date} күнінен кейін болуы керек.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A business day can be opened at most one day ahead (until {latest}): the processing center refuses payments dated further ahead.</source>
        <translation>Операциялық күнді бір күннен артық алдын ала ашуға болмайды ({latest} дейін): есеп айырысу орталығы одан кейінгі күнмен төлемдерді қабылдамайды.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Some payments or voids of the day have not reached the processing center yet. Send them first (the queue, F6), or ask IT to restore the connection.</source>
        <translation>Күннің кейбір төлемдері немесе жойылуы есеп айырысу орталығына әлі жеткен жоқ. Алдымен оларды жіберіңіз (кезек, F6) немесе IT-қызметтен байланысты қалпына келтіруді сұраңыз.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The processing center refused payments of the day and nobody has resolved them yet: a supervisor resolves them in the queue (F6).</source>
        <translation>Есеп айырысу орталығы күннің төлемдерін қабылдамады, оларды әлі ешкім қараған жоқ: аға кассир оларды кезекте қарайды (F6).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Some payments of the day have no receipt: it could not be made (is the disk full?). Ask IT to free disk space, then try again.</source>
        <translation>Күннің кейбір төлемдерінде түбіртек жоқ: оны жасау мүмкін болмады (диск толы ма?). IT-қызметтен дискіде орын босатуды сұраңыз, содан кейін қайталаңыз.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Payments of the day changed while the close was being prepared. Check the figures and close again.</source>
        <translation>Жабу дайындалып жатқанда күннің төлемдері өзгерді. Сандарды тексеріп, күнді қайта жабыңыз.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The processing center's register could not be fetched, so the day cannot be closed yet. Check the connection and try again.</source>
        <translation>Есеп айырысу орталығының тізілімін алу мүмкін болмады, сондықтан күнді әзірге жабуға болмайды. Байланысты тексеріп, қайталаңыз.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The processing center's register differs from this workstation. Resolve the differences, or explain them in the note to close anyway.</source>
        <translation>Есеп айырысу орталығының тізілімі осы жұмыс орнының деректерінен өзгеше. Айырмашылықтарды жойыңыз немесе күнді бәрібір жабу үшін оларды ескертпеде түсіндіріңіз.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The day's reports cannot be saved: too many files with the same name. Call IT support.</source>
        <translation>Күн есептерін сақтау мүмкін емес: бірдей атаулы файлдар тым көп. IT-қолдау қызметіне хабарласыңыз.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Not a date: write it as YYYY-MM-DD, for example 2026-11-22.</source>
        <translation>Бұл күн емес: оны ЖЖЖЖ-АА-КК түрінде жазыңыз, мысалы 2026-11-22.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A count is a whole number of pieces, for example 12.</source>
        <translation>Саны — тұтас дана саны, мысалы 12.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A count cannot be negative.</source>
        <translation>Саны теріс бола алмайды.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>That is more pieces than a drawer holds. Check the count.</source>
        <translation>Кассаға мұнша дана сыймайды. Санауды тексеріңіз.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This note or coin is counted twice: give each one once.</source>
        <translation>Бұл банкнот немесе тиын екі рет көрсетілген: әрқайсысын бір рет көрсетіңіз.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{denomination} is not a tenge note or coin. Notes: 20000 10000 5000 2000 1000 500 200n; coins: 200c 100 50 20 10 5 2 1.</source>
        <translation>{denomination} — теңгенің банкноты да, тиыны да емес. Банкноттар: 20000 10000 5000 2000 1000 500 200n; тиындар: 200c 100 50 20 10 5 2 1.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{value} tenge is both a note and a coin: write {value}n for notes or {value}c for coins.</source>
        <translation>{value} теңге — әрі банкнот, әрі тиын: банкноттар үшін {value}n, тиындар үшін {value}c деп жазыңыз.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The notes and coins counted add up to {pieces}, not {counted}: check the count.</source>
        <translation>Саналған банкноттар мен монеталар {counted} емес, {pieces} құрайды: санауды тексеріңіз.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The drawer would hold {cash}, above the bank's limit of {limit}: no more cash is taken until a handover. Hand cash over to the vault first (F11), at least {at_least}.</source>
        <translation>Кассада {cash} болар еді — бұл банктің {limit} лимитінен көп: қоймаға тапсырғанға дейін қолма-қол ақша қабылданбайды. Алдымен қоймаға кемінде {at_least} тапсырыңыз (F11).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The count differs from the expected cash by {difference}, more than {limit}: a supervisor other than the session's teller approves the close with their user id and password.</source>
        <translation>Саналған сома күтілгеннен {difference} ерекшеленеді, бұл {limit}-ден көп: жабуды осы ауысымның кассирі емес аға кассир өз пайдаланушы аты мен құпиясөзімен растайды.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A close with this difference needs a second person: a supervisor other than the session's teller approves it with their own password.</source>
        <translation>Мұндай айырмамен жабу үшін екінші адам қажет: оны осы ауысымның кассирі емес аға кассир өз құпиясөзімен растайды.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{service}: {amount} is more than {ratio} times the amount due ({due}). Check the amount; if it is right, confirm it.</source>
        <translation>{service}: {amount} төленетін сомадан ({due}) {ratio} еседен артық. Соманы тексеріңіз; дұрыс болса, растаңыз.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The amount of {service} is given twice: give each service once.</source>
        <translation>{service} қызметінің сомасы екі рет көрсетілген: әр қызметті бір рет көрсетіңіз.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The reading of {service} is given twice: give each service once.</source>
        <translation>{service} қызметінің көрсеткіші екі рет көрсетілген: әр қызметті бір рет көрсетіңіз.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Wrong user id or password. {left} more wrong tries at this desk pause this supervisor's approvals here for a few minutes.</source>
        <translation>Пайдаланушы аты немесе құпиясөз қате. Осы жұмыс орнында тағы {left} қате әрекет жасалса, бұл аға кассирдің растаулары мұнда бірнеше минутқа тоқтатылады.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Too many wrong passwords for {user_id} at this desk: approvals by {user_id} are paused here for {minutes} min. {user_id} can still sign in, and another supervisor can approve meanwhile.</source>
        <translation>Осы жұмыс орнында {user_id} үшін қате құпиясөз тым көп: {user_id} растаулары мұнда {minutes} минутқа тоқтатылды. {user_id} жүйеге кіре береді, ал әзірге басқа аға кассир растай алады.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{supervisor_id} took this payment and cannot also approve its void: another supervisor must approve it.</source>
        <translation>{supervisor_id} бұл төлемді қабылдаған, сондықтан оның жойылуын өзі растай алмайды: оны басқа аға кассир растауы керек.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The reason is too short: write at least {min} characters that say why, for example: wrong account typed.</source>
        <translation>Себеп тым қысқа: неге екенін кемінде {min} таңбамен жазыңыз, мысалы: дербес шот нөмірі қате терілді.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The reason must be plain text on one line, at most {max} characters.</source>
        <translation>Себеп бір жолдағы қарапайым мәтін болуы керек, {max} таңбадан аспауы тиіс.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Receipt {receipt_no} is not voided, so it has no void slip.</source>
        <translation>{receipt_no} түбіртегі жойылмаған, сондықтан оның жою актісі жоқ.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>There is no record of this void on this workstation.</source>
        <translation>Осы жұмыс орнында бұл жоюдың жазбасы жоқ.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The processing center refused the payment itself, so there is nothing to cancel there.</source>
        <translation>Есеп айырысу орталығы төлемнің өзін қабылдамады, сондықтан онда жоятын ештеңе жоқ.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The first user of a workstation must be an administrator.</source>
        <translation>Жұмыс орнының алғашқы пайдаланушысы әкімші болуы керек.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A user id is 2 to 40 lowercase letters, digits, dots, dashes or underscores, for example t.sadykova.</source>
        <translation>Пайдаланушы аты — 2-ден 40-қа дейін кіші латын әріптері, цифрлар, нүктелер, сызықшалар немесе астын сызу таңбалары, мысалы t.sadykova.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A role is teller, supervisor or admin.</source>
        <translation>Рөлі: teller (кассир), supervisor (аға кассир) немесе admin (әкімші).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This computer's clock is behind: it says {today}, but the business day {business_date} has already begun here. Ask IT to set the clock; nothing can be dated until then.</source>
        <translation>Бұл компьютердің сағаты артта қалған: онда {today}, ал {business_date} операциялық күні мұнда басталып қойған. АТ-дан уақытты дұрыстауды сұраңыз; оған дейін ештеңе жүргізуге болмайды.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Type the person's name.</source>
        <translation>Қызметкердің атын енгізіңіз.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A name is plain text on one line, at most 200 characters.</source>
        <translation>Аты — бір жолдағы қарапайым мәтін, 200 таңбадан аспайды.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This user already exists. Choose another user id.</source>
        <translation>Мұндай пайдаланушы бар. Басқа пайдаланушы атын таңдаңыз.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A password needs at least {min} characters.</source>
        <translation>Құпиясөз кемінде {min} таңбадан тұруы керек.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A password cannot start or end with a space.</source>
        <translation>Құпиясөз бос орынмен басталмауы және аяқталмауы керек.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No password was given: type it at the prompt.</source>
        <translation>Құпиясөз берілмеді: оны сұрау бойынша енгізіңіз.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>An administrator cannot disable their own account.</source>
        <translation>Әкімші өз тіркелгісін өшіре алмайды.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>An administrator cannot change their own role.</source>
        <translation>Әкімші өз рөлін өзгерте алмайды.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The workstation's disk is full, so this was not saved and nothing changed. Do not take cash for it. Ask IT to free disk space, then try again.</source>
        <translation>Жұмыс орнының дискісі толы, сондықтан ештеңе сақталмады және ештеңе өзгерген жоқ. Бұл үшін қолма-қол ақша қабылдамаңыз. IT-қызметтен дискіде орын босатуды сұраңыз, содан кейін қайталаңыз.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The workstation's database could not be written (a disk error). Nothing was saved. Ask IT to check the disk.</source>
        <translation>Жұмыс орнының дерекқорына жазу мүмкін болмады (диск қатесі). Ештеңе сақталмады. IT-қызметтен дискіні тексеруді сұраңыз.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The receipt could not be made now; it is made as soon as it can be.</source>
        <translation>Түбіртекті қазір жасау мүмкін болмады; мүмкін болған бойда ол жасалады.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The archived receipt was changed after it was written. The payment is saved: print a copy and tell IT support.</source>
        <translation>Мұрағаттағы түбіртек жазылғаннан кейін өзгертілген. Төлем сақталған: көшірмесін басып шығарып, IT-қолдау қызметіне хабарлаңыз.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Too many copies of this receipt. Call IT support.</source>
        <translation>Бұл түбіртектің көшірмелері тым көп. IT-қолдау қызметіне хабарласыңыз.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The receipt's verification code cannot be made for this payment. The payment is saved; call IT support.</source>
        <translation>Бұл төлем үшін түбіртектің тексеру кодын жасау мүмкін емес. Төлем сақталған; IT-қолдау қызметіне хабарласыңыз.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The receipt verification key is damaged. Receipts print without a verification code until IT replaces it.</source>
        <translation>Түбіртектерді тексеру кілті бүлінген. IT-қызмет оны ауыстырғанша түбіртектер тексеру кодынсыз басылады.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The receipt verification key cannot be kept on this computer (no desktop keyring). Receipts print without a verification code; ask IT to enable the keyring.</source>
        <translation>Бұл компьютерде түбіртектерді тексеру кілтін сақтайтын орын жоқ (кілттер бумасы жоқ). Түбіртектер тексеру кодынсыз басылады; IT-қызметтен кілттер бумасын қосуды сұраңыз.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The keyring refused the receipt verification key. Receipts print without a verification code; call IT support.</source>
        <translation>Кілттер бумасы түбіртектерді тексеру кілтін қабылдамады. Түбіртектер тексеру кодынсыз басылады; IT-қолдау қызметіне хабарласыңыз.</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+2" />
        <source>The setting {key} in {file} is wrong: it must be {expected}, like {example}; it is {got}. Ask IT to fix it.</source>
        <translation>{file} ішіндегі {key} баптауы қате: {expected} болуы керек, мысалы {example}; қазір {got}. IT-қызметтен оны түзетуді сұраңыз.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The setting {key} in {file} is a bare number; amounts are written as text with two decimals, for example "{as_tiyn}". Ask IT to fix it.</source>
        <translation>{file} ішіндегі {key} баптауы — жай сан; сомалар нүктеден кейін екі таңбасы бар мәтінмен жазылады, мысалы "{as_tiyn}". IT-қызметтен оны түзетуді сұраңыз.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The setting {key} in {file} is not known to this version. Ask IT to remove or correct it.</source>
        <translation>{file} ішіндегі {key} баптауы бұл нұсқаға белгісіз. IT-қызметтен оны жоюды немесе түзетуді сұраңыз.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The setting {key} in {file} does not fit with {other}. Ask IT to fix it.</source>
        <translation>{file} ішіндегі {key} баптауы {other} баптауымен сәйкес келмейді. IT-қызметтен оны түзетуді сұраңыз.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The workstation's settings file cannot be read. Ask IT to fix or replace config.toml.</source>
        <translation>Жұмыс орнының баптаулар файлын оқу мүмкін емес. IT-қызметтен config.toml файлын түзетуді немесе ауыстыруды сұраңыз.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The workstation's settings file is not UTF-8 text. Ask IT to save config.toml as UTF-8.</source>
        <translation>Жұмыс орнының баптаулар файлы UTF-8 мәтіні емес. IT-қызметтен config.toml файлын UTF-8 түрінде сақтауды сұраңыз.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No token was given. Paste the processing center's token for this workstation.</source>
        <translation>Токен берілмеді. Осы жұмыс орнына арналған есеп айырысу орталығының токенін қойыңыз.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>That is not a processing center token: a token is one word with no spaces.</source>
        <translation>Бұл есеп айырысу орталығының токені емес: токен — бос орынсыз бір сөз.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The token file can be read by other users, so it is not used. Ask IT to make it readable by this user only (mode 0600).</source>
        <translation>Токен файлын басқа пайдаланушылар оқи алады, сондықтан ол пайдаланылмайды. IT-қызметтен оны тек осы пайдаланушыға қолжетімді етуді сұраңыз (0600 режимі).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The token file cannot be read. Ask IT to check token_file in config.toml.</source>
        <translation>Токен файлын оқу мүмкін емес. IT-қызметтен config.toml ішіндегі token_file баптауын тексеруді сұраңыз.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The token file cannot be changed. Ask IT to check its folder and permissions.</source>
        <translation>Токен файлын өзгерту мүмкін емес. IT-қызметтен оның қалтасы мен рұқсаттарын тексеруді сұраңыз.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A page holds 1 to 5000 accounts.</source>
        <translation>Бір бетте 1-ден 5000-ға дейін дербес шот болады.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The bank's back office cannot be reached. The desk goes on working; its journal is sent when the connection is back.</source>
        <translation>Банктің бэк-офисімен байланыс жоқ. Жұмыс орны жұмысын жалғастырады; оның журналы байланыс қалпына келгенде жіберіледі.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The back office refused this workstation's credentials. Call IT support: the back office token must be renewed.</source>
        <translation>Бэк-офис осы жұмыс орнының тіркелгі деректерін қабылдамады. IT қолдау қызметіне қоңырау шалыңыз: бэк-офис токенін жаңарту қажет.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The back office sent an answer this program does not understand. Try again; if it repeats, call IT support.</source>
        <translation>Бэк-офис бағдарлама түсінбейтін жауап жіберді. Қайталап көріңіз; қате қайталанса, IT қолдау қызметіне қоңырау шалыңыз.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No back office is set up for this workstation. Ask IT to set backoffice_url in config.toml.</source>
        <translation>Бұл жұмыс орны үшін бэк-офис бапталмаған. IT бөлімінен config.toml ішінде backoffice_url мәнін көрсетуді сұраңыз.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Another program is already sending this desk's journal to the back office. Wait until it has finished.</source>
        <translation>Бұл жұмыс орнының журналын бэк-офиске басқа бағдарлама жіберіп жатыр. Ол аяқталғанша күтіңіз.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>There is no back office alarm to acknowledge.</source>
        <translation>Растайтын бэк-офис дабылы жоқ.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The branch's day cannot be closed yet: these desks have not closed their own day: {desks}. Close each (F12 there), wait until its journal reaches the back office (a minute), then try again.</source>
        <translation>Филиалдың күнін әзірге жабуға болмайды: бұл жұмыс орындары өз күнін жапқан жоқ: {desks}. Әрқайсысын жабыңыз (сонда F12), журнал бэк-офиске жеткенше күтіңіз (бір минут), содан кейін қайталаңыз.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The branch's day is closed already, and the back office cannot give its figures back: ask the bank's IT for the branch register.</source>
        <translation>Филиалдың күні бұрын жабылған, ал бэк-офис оның деректерін қайтара алмайды: филиал тізілімін банктің IT қызметінен сұраңыз.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The back office recorded another vault count than the one sent. Do not count again: call the bank's IT.</source>
        <translation>Бэк-офис жіберілгеннен басқа қойма санағын жазды. Қайта санамаңыз: банктің IT қызметіне хабарласыңыз.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This desk's users are managed at the bank's back office: ask the bank's IT to add or change the user there. The desk takes the change within a minute.</source>
        <translation>Бұл жұмыс орнының пайдаланушылары банктің бэк-офисінде жүргізіледі: пайдаланушыны сонда қосуды немесе өзгертуді банктің IT қызметінен сұраңыз. Жұмыс орны өзгерісті бір минут ішінде алады.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Type the customer's e-mail address, e.g. aigerim@mail.kz.</source>
        <translation>Клиенттің электрондық пошта мекенжайын енгізіңіз, мысалы aigerim@mail.kz.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>An e-mail address has at most {limit} characters.</source>
        <translation>Электрондық пошта мекенжайы {limit} таңбадан аспайды.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>An e-mail address has one @ between the name and the domain, e.g. aigerim@mail.kz.</source>
        <translation>Электрондық пошта мекенжайында атау мен доменнің арасында бір @ белгісі болады, мысалы aigerim@mail.kz.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The part before @ has Cyrillic letters: switch the keyboard to Latin and type it again.</source>
        <translation>@ белгісіне дейінгі бөлікте кирилл әріптері бар: пернетақтаны латын әрпіне ауыстырып, мекенжайды қайта енгізіңіз.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The part before @ may hold Latin letters, digits and . _ - + only, with no space, no dot at its start or end and no two dots in a row.</source>
        <translation>@ белгісіне дейін тек латын әріптері, цифрлар және . _ - + белгілері болады: бос орынсыз, басында не соңында нүктесіз, қатарынан екі нүктесіз.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The part after @ is not a mail domain: it looks like mail.kz or почта.қаз, with no spaces or commas.</source>
        <translation>@ белгісінен кейінгі бөлік пошта домені емес: ол mail.kz немесе почта.қаз сияқты, бос орынсыз және үтірсіз болады.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>E-mailed receipts are not set up at this workstation. Ask IT to set the mail server (smtp_host, smtp_sender) in the settings.</source>
        <translation>Бұл жұмыс орнында түбіртекті электрондық поштамен жіберу бапталмаған. IT қызметінен баптауларда пошта серверін (smtp_host, smtp_sender) көрсетуді сұраңыз.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The payment {receipt_no} was voided: its receipt is not e-mailed.</source>
        <translation>{receipt_no} төлемі жойылған: оның түбіртегі поштамен жіберілмейді.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Another program is already sending this desk's e-mailed receipts; it will send them.</source>
        <translation>Бұл кассаның түбіртектерін поштамен басқа бағдарлама жіберіп жатыр; оларды сол жібереді.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The mail server did not take the e-mail now ({reason}). It waits and is sent again by itself.</source>
        <translation>Пошта сервері хатты қазір қабылдамады ({reason}). Хат күтеді және өзі қайта жіберіледі.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The e-mail cannot be sent as the desk is set up ({reason}). It waits; ask IT to check the mail server settings.</source>
        <translation>Кассаның қазіргі баптауларымен хатты жіберу мүмкін емес ({reason}). Хат күтеді; IT қызметінен пошта сервері баптауларын тексеруді сұраңыз.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The mail server refused the e-mail for good: {reason}. Check the address with the customer and send the receipt again.</source>
        <translation>Пошта сервері хатты біржола қабылдамады: {reason}. Мекенжайды клиентпен тексеріп, түбіртекті қайта жіберіңіз.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The receipt printer is out of paper. The payment is saved: put in a new roll, then press Reprint (Ctrl+P).</source>
        <translation>Түбіртек принтерінде қағаз бітті. Төлем сақталды: жаңа орам салып, «Қайта басып шығару» (Ctrl+P) батырмасын басыңыз.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The receipt printer's cover is open. The payment is saved: close it, then press Reprint (Ctrl+P).</source>
        <translation>Түбіртек принтерінің қақпағы ашық. Төлем сақталды: оны жауып, «Қайта басып шығару» (Ctrl+P) батырмасын басыңыз.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Paper is jammed in the receipt printer. The payment is saved: clear it, then press Reprint (Ctrl+P).</source>
        <translation>Түбіртек принтерінде қағаз кептеліп қалды. Төлем сақталды: оны шығарып, «Қайта басып шығару» (Ctrl+P) батырмасын басыңыз.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The receipt printer is offline: check that it is switched on and connected. The payment is saved: press Reprint (Ctrl+P) once it is back.</source>
        <translation>Түбіртек принтері желіде жоқ: оның қосулы және жалғанғанын тексеріңіз. Төлем сақталды: принтер жұмыс істей бастағанда «Қайта басып шығару» (Ctrl+P) батырмасын басыңыз.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The receipt printer is paused in the printing service. The payment is saved: ask IT to resume it, then press Reprint (Ctrl+P) if the receipt did not come out by itself.</source>
        <translation>Түбіртек принтері басып шығару қызметінде тоқтатылған. Төлем сақталды: IT маманынан оны қайта іске қосуды сұраңыз; түбіртек өздігінен басылмаса, «Қайта басып шығару» (Ctrl+P) батырмасын басыңыз.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The receipt has waited at the printer too long and has not come out: check that the printer is on, has paper and is connected.</source>
        <translation>Түбіртек принтер кезегінде тым ұзақ күтіп, басылмады: принтердің қосулы екенін, қағазы бар екенін және жалғанғанын тексеріңіз.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The receipt printer does not answer: check that it is switched on and its network cable is in. The payment is saved: press Reprint (Ctrl+P) once it is back.</source>
        <translation>Түбіртек принтері жауап бермейді: оның қосулы екенін және желі кабелі жалғанғанын тексеріңіз. Төлем сақталды: принтер жұмыс істей бастағанда «Қайта басып шығару» (Ctrl+P) батырмасын басыңыз.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The connection to the receipt printer broke while printing. The payment is saved: check the printer, then press Reprint (Ctrl+P).</source>
        <translation>Басып шығару кезінде түбіртек принтерімен байланыс үзілді. Төлем сақталды: принтерді тексеріп, «Қайта басып шығару» (Ctrl+P) батырмасын басыңыз.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This computer cannot prepare receipts for the roll printer (a program is missing). The payment is saved: call IT support.</source>
        <translation>Бұл компьютер орамды принтерге түбіртек дайындай алмайды (бағдарлама жетіспейді). Төлем сақталды: IT қолдау қызметіне қоңырау шалыңыз.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The cash drawer did not open ({detail}). Open it with its key.</source>
        <translation>Ақша жәшігі ашылмады ({detail}). Оны кілтпен ашыңыз.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The cash drawer did not answer in time. Open it with its key.</source>
        <translation>Ақша жәшігі уақытында жауап бермеді. Оны кілтпен ашыңыз.</translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <location filename="../../ui/desk/banner.py" line="+29" />
        <source>The branch IT person lifts this by restoring the connection (the waiting payments are then sent), or by changing the offline limit in the settings.</source>
        <translation>Тыйымды филиалдың IT маманы байланысты қалпына келтіріп (сонда күтудегі төлемдер жіберіледі) немесе баптаулардағы байланыссыз жұмыс лимитін өзгертіп алып тастай алады.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>New payments are stopped: the payments not yet sent to the processing center exceed the offline limit of %1.</source>
        <translation>Жаңа төлемдерді қабылдау тоқтатылды: есеп айырысу орталығына әлі жіберілмеген төлемдер байланыссыз жұмыс лимитінен (%1) асып кетті.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>New payments are stopped: payments have not reached the processing center for over %1 h.</source>
        <translation>Жаңа төлемдерді қабылдау тоқтатылды: төлемдер есеп айырысу орталығына %1 сағаттан астам жетпей жатыр.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>No connection to the processing center: the oldest unsent payment was accepted %1. Go on accepting payments; they are kept and sent later.</source>
        <translation>Есеп айырысу орталығымен байланыс жоқ: ең ескі жіберілмеген төлем %1 қабылданған. Төлемдерді қабылдай беріңіз: олар сақталады және кейін жіберіледі.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>After %1 h without a connection new payments stop: tell the branch IT person now.</source>
        <translation>Байланыссыз %1 сағаттан кейін жаңа төлемдерді қабылдау тоқтайды: филиалдың IT маманына қазір хабарлаңыз.</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Queue…  (F6)</source>
        <translation>Кезек…  (F6)</translation>
    </message>
</context>
<context>
    <name>OpeningForm</name>
    <message>
        <location filename="../../ui/dialogs/drawer_forms.py" line="-109" />
        <source>No cash session is open on this workstation.</source>
        <translation>Бұл жұмыс орнында кассалық ауысым ашылмаған.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Count the cash in the drawer and type it as the opening float (0 if the drawer is empty), then press Enter.</source>
        <translation>Кассадағы қолма-қол ақшаны санап, оны бастапқы қалдық ретінде енгізіңіз (касса бос болса, 0), содан кейін Enter басыңыз.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Opening float</source>
        <translation>Бастапқы қалдық</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Open session  (Enter)</source>
        <translation>Ауысымды ашу  (Enter)</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Opening float, counted</source>
        <translation>Бастапқы қалдық, саналған</translation>
    </message>
</context>
<context>
    <name>OwedReceipts</name>
    <message>
        <location filename="../../ui/desk/owed.py" line="+39" />
        <source>Receipts that were not made before are made now: %1</source>
        <translation>Бұрын жасалмаған түбіртектер енді жасалды: %1</translation>
    </message>
</context>
<context>
    <name>PayerDialog</name>
    <message>
        <location filename="../../ui/dialogs/payer.py" line="+31" />
        <source>ID card of Kazakhstan</source>
        <translation>ҚР жеке куәлігі</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Passport of Kazakhstan</source>
        <translation>ҚР паспорты</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Residence permit</source>
        <translation>Тұруға ықтиярхат</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Foreign passport</source>
        <translation>Шетел азаматының паспорты</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Identify the payer</source>
        <translation>Төлеушіні сәйкестендіру</translation>
    </message>
    <message>
        <location line="+10" />
        <source>12 digits from the ID card</source>
        <translation>Куәліктегі 12 цифр</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Payer's IIN</source>
        <translation>Төлеушінің ЖСН</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Change</source>
        <translation>Өзгерту</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Surname Name Patronymic, as on the document</source>
        <translation>Тегі Аты Әкесінің аты, құжаттағыдай</translation>
    </message>
    <message>
        <location line="+8" />
        <source>dd.mm.yyyy</source>
        <translation>кк.аа.жжжж</translation>
    </message>
    <message>
        <location line="+9" />
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Identity document</source>
        <translation>Жеке басын куәландыратын құжат</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Issued on</source>
        <translation>Берілген күні</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Identified: take the payment</source>
        <translation>Сәйкестендірілді: төлемді қабылдау</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location line="+56" />
        <source>Identified at this desk before: check the document against these details, then Enter.</source>
        <translation>Осы жұмыс орнында бұрын сәйкестендірілген: құжатты осы деректермен салыстырып, Enter басыңыз.</translation>
    </message>
</context>
<context>
    <name>PaymentCard</name>
    <message>
        <location filename="../../ui/dialogs/void_parts.py" line="+37" />
        <source>Receipt №</source>
        <translation>Түбіртек №</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Accepted</source>
        <translation>Қабылданды</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Account</source>
        <translation>Дербес шот</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Payer</source>
        <translation>Төлеуші</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Address</source>
        <translation>Мекенжай</translation>
    </message>
    <message>
        <location line="+0" />
        <source>To refund</source>
        <translation>Қайтаруға</translation>
    </message>
</context>
<context>
    <name>PaymentPanel</name>
    <message>
        <location filename="../../ui/desk/payment_panel.py" line="+55" />
        <location line="+57" />
        <source>Cash received</source>
        <translation>Алынған қолма-қол ақша</translation>
    </message>
    <message>
        <location line="-39" />
        <source>Add a %1 banknote to the cash received (%2)</source>
        <translation>Алынған сомаға %1 банкнотын қосу (%2)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Exact  (F5)</source>
        <translation>Қайтарымсыз  (F5)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The cash received equals the total (F5)</source>
        <translation>Алынған сома төленетін сомаға тең (F5)</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Accept payment  (F9)</source>
        <translation>Төлемді қабылдау  (F9)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>F9, Ctrl+Enter, or Enter in the cash received field</source>
        <translation>F9, Ctrl+Enter немесе «Алынған қолма-қол ақша» өрісінде Enter</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Clear  (Esc)</source>
        <translation>Тазарту  (Esc)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Back to the amounts due; the account stays</source>
        <translation>Есептелген сомаларды қайтару; дербес шот қалады</translation>
    </message>
    <message>
        <location line="+2" />
        <source>New customer  (F2)</source>
        <translation>Жаңа клиент  (F2)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Empty the form and type the next account</source>
        <translation>Форманы тазартып, келесі дербес шотты енгізу</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Total to pay</source>
        <translation>Барлығы төлеуге</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Change</source>
        <translation>Қайтарым</translation>
    </message>
    <message>
        <location line="+58" />
        <source>incl. agent fee %1</source>
        <translation>оның ішінде агент комиссиясы %1</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Pays everything due</source>
        <translation>Есептелгеннің бәрі төленеді</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Part payment: %1 less than due</source>
        <translation>Ішінара төлем: есептелгеннен %1 кем</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Advance: %1 more than due</source>
        <translation>Аванс: есептелгеннен %1 артық</translation>
    </message>
    <message>
        <location line="+5" />
        <source>One payment at most %1</source>
        <translation>Бір төлем — %1 аспауы керек</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../ui/common/printing.py" line="+59" />
        <source>the receipt printer at %1</source>
        <translation>%1 түбіртек принтері</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the default printer</source>
        <translation>әдепкі принтер</translation>
    </message>
    <message>
        <location line="+23" />
        <source>the printer is out of paper, put in a new roll</source>
        <translation>принтерде қағаз бітті, жаңа орам салыңыз</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the printer's cover is open, close it</source>
        <translation>принтердің қақпағы ашық, оны жабыңыз</translation>
    </message>
    <message>
        <location line="+1" />
        <source>paper is jammed in the printer, clear it</source>
        <translation>принтерде қағаз кептелді, оны шығарыңыз</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the printer is offline, check that it is switched on and connected</source>
        <translation>принтер желіде жоқ, оның қосулы және жалғанғанын тексеріңіз</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the printer is paused, ask IT to resume it</source>
        <translation>принтер тоқтатылған, IT маманынан оны қайта іске қосуды сұраңыз</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the printer does not take jobs, ask IT to enable it</source>
        <translation>принтер тапсырмаларды қабылдамайды, IT маманынан оны қосуды сұраңыз</translation>
    </message>
    <message>
        <location line="+2" />
        <source>it has waited at the printer too long; check that the printer is on, has paper and is connected, or press Reprint (Ctrl+P)</source>
        <translation>ол принтер кезегінде тым ұзақ күтуде; принтердің қосулы екенін, қағазы бар екенін және жалғанғанын тексеріңіз немесе «Қайта басып шығару» (Ctrl+P) батырмасын басыңыз</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the printing service of this computer is not running, ask IT to start it</source>
        <translation>бұл компьютердің басып шығару қызметі жұмыс істемейді, IT маманынан оны іске қосуды сұраңыз</translation>
    </message>
</context>
<context>
    <name>Queue</name>
    <message>
        <location filename="../../ui/messages.py" line="-49" />
        <source>The processing center does not know this account.</source>
        <translation>Есеп айырысу орталығы бұл дербес шотты білмейді.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A service of this payment is not on the account at the processing center.</source>
        <translation>Бұл төлемдегі қызмет есеп айырысу орталығындағы дербес шотта жоқ.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The processing center did not accept an amount of this payment.</source>
        <translation>Есеп айырысу орталығы бұл төлемнің бір сомасын қабылдамады.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The processing center did not accept the payment's total.</source>
        <translation>Есеп айырысу орталығы төлемнің жалпы сомасын қабылдамады.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The billing period was closed at the processing center before the payment arrived.</source>
        <translation>Төлем келгенге дейін есеп айырысу орталығында есепті кезең жабылды.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A meter reading is below the one the processing center already has.</source>
        <translation>Есептегіш көрсеткіші есеп айырысу орталығындағы көрсеткіштен аз.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The processing center refused the payment as malformed.</source>
        <translation>Есеп айырысу орталығы төлемді қате деп қабылдамады.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The processing center holds a different payment with the same number.</source>
        <translation>Есеп айырысу орталығында нөмірі осындай басқа төлем бар.</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+2" />
        <location line="+2" />
        <source>The processing center refused this workstation's credentials: call IT support.</source>
        <translation>Есеп айырысу орталығы жұмыс орнының тіркелгі деректерін қабылдамады: IT қолдау қызметіне қоңырау шалыңыз.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No connection to the processing center; it is sent again automatically.</source>
        <translation>Есеп айырысу орталығымен байланыс жоқ; төлем автоматты түрде қайта жіберіледі.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The processing center's answer was not understood; it is sent again automatically.</source>
        <translation>Есеп айырысу орталығының жауабы түсініксіз; төлем автоматты түрде қайта жіберіледі.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The processing center said: {detail}</source>
        <translation>Есеп айырысу орталығының жауабы: {detail}</translation>
    </message>
</context>
<context>
    <name>QueueDialog</name>
    <message>
        <location filename="../../ui/dialogs/queue.py" line="+57" />
        <location line="+141" />
        <source>Payment queue</source>
        <translation>Төлемдер кезегі</translation>
    </message>
    <message>
        <location line="-137" />
        <source>Reading the queue…</source>
        <translation>Кезек оқылуда…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Receipt №</source>
        <translation>Түбіртек №</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Account</source>
        <translation>Дербес шот</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Total</source>
        <translation>Сомасы</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Attempts</source>
        <translation>Әрекеттер</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Age</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Last error</source>
        <translation>Соңғы қате</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Nothing waits: every payment has reached the processing center.</source>
        <translation>Ештеңе күтпейді: барлық төлемдер есеп айырысу орталығына жетті.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Resolve…  (Enter)</source>
        <translation>&amp;Шешу…  (Enter)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A supervisor records what was done about the refused payment; it leaves the list, and stays in the records</source>
        <translation>Аға кассир қабылданбаған төлем бойынша не істелгенін жазады; төлем тізімнен шығады, бірақ жазбаларда қалады</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Send &amp;again…</source>
        <translation>Қайта &amp;жіберу…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A supervisor sends the refused payment to the processing center again, unchanged, once the cause was fixed there</source>
        <translation>Аға кассир қабылданбаған төлемді себебі жойылғаннан кейін есеп айырысу орталығына өзгеріссіз қайта жібереді</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Retry &amp;parked</source>
        <translation>Тоқтатылғандарды &amp;қайта жіберу</translation>
    </message>
    <message>
        <location line="+1" />
        <source>After IT has fixed the workstation's credentials: send the parked payments again</source>
        <translation>IT жұмыс орнының тіркелгі деректерін түзеткеннен кейін: тоқтатылған төлемдерді қайта жіберу</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Refresh offline &amp;copy</source>
        <translation>Сақталған &amp;көшірмені жаңарту</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Download the accounts changed at the processing center now</source>
        <translation>Есеп айырысу орталығында өзгерген дербес шоттарды қазір жүктеу</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Close  (Esc)</source>
        <translation>Жабу  (Esc)</translation>
    </message>
    <message>
        <location line="+77" />
        <source>Waiting</source>
        <translation>Жіберуді күтуде</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Sending</source>
        <translation>Жіберілуде</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Parked: credentials</source>
        <translation>Тоқтатылған: тіркелгі деректері</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Refused</source>
        <translation>Қабылданбады</translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>%n waiting</source>
        <translation>
            <numerusform>%n жіберуді күтуде</numerusform>
            <numerusform>%n жіберуді күтуде</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n parked</source>
        <translation>
            <numerusform>%n тоқтатылған</numerusform>
            <numerusform>%n тоқтатылған</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n refused</source>
        <translation>
            <numerusform>%n қабылданбады</numerusform>
            <numerusform>%n қабылданбады</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>empty</source>
        <translation>бос</translation>
    </message>
    <message>
        <location line="+43" />
        <source>Receipt № %1 goes to the processing center again.</source>
        <translation>№ %1 түбіртек есеп айырысу орталығына қайта жіберіледі.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Receipt № %1 is resolved; it stays in the records.</source>
        <translation>№ %1 түбіртек шешілді; ол жазбаларда қалады.</translation>
    </message>
    <message numerus="yes">
        <location line="+12" />
        <source>%n parked payment(s) put back in line.</source>
        <translation>
            <numerusform>%n тоқтатылған төлем кезекке қайта қойылды.</numerusform>
            <numerusform>%n тоқтатылған төлем кезекке қайта қойылды.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>The offline copy is being refreshed in the background.</source>
        <translation>Сақталған көшірме фондық режимде жаңартылуда.</translation>
    </message>
</context>
<context>
    <name>ReceiptPanel</name>
    <message>
        <location filename="../../ui/desk/receipt_panel.py" line="+68" />
        <source>✓ Payment accepted and saved</source>
        <translation>✓ Төлем қабылданды және сақталды</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Open receipt</source>
        <translation>Түбіртекті ашу</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+57" />
        <source>Print  (Ctrl+P)</source>
        <translation>Басып шығару  (Ctrl+P)</translation>
    </message>
    <message>
        <location line="-55" />
        <source>Next customer  (F2 / Enter)</source>
        <translation>Келесі клиент  (F2 / Enter)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Total</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Cash received</source>
        <translation>Алынған қолма-қол ақша</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Change to give</source>
        <translation>Берілетін қайтарым</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Receipt № %1</source>
        <translation>Түбіртек № %1</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Give the customer the change and the receipt.</source>
        <translation>Клиентке қайтарым мен түбіртекті беріңіз.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The payment is saved, but its receipt file could not be written. Press Print to make it again.</source>
        <translation>Төлем сақталды, бірақ түбіртек файлын жазу мүмкін болмады. Оны қайта жасау үшін «Басып шығару» батырмасын басыңыз.</translation>
    </message>
    <message>
        <location line="+89" />
        <source>The printer did not print the receipt. The payment is saved: press Reprint (Ctrl+P).</source>
        <translation>Принтер түбіртекті басып шығармады. Төлем сақталды: «Қайта басып шығару» (Ctrl+P) батырмасын басыңыз.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The receipt has not come out: %1.</source>
        <translation>Түбіртек басылмады: %1.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>It prints once that is fixed.</source>
        <translation>Бұл түзетілген соң ол басылады.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>The cash drawer is open: give the customer the change and the receipt.</source>
        <translation>Ақша жәшігі ашық: клиентке қайтарым мен түбіртекті беріңіз.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The cash drawer did not open: open it with its key and give the customer the change.</source>
        <translation>Ақша жәшігі ашылмады: оны кілтпен ашып, клиентке қайтарымды беріңіз.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>The printer is ready again: press Reprint (Ctrl+P) to print the receipt.</source>
        <translation>Принтер қайта дайын: түбіртекті басу үшін «Қайта басып шығару» (Ctrl+P) батырмасын басыңыз.</translation>
    </message>
    <message>
        <location line="-91" />
        <location line="+53" />
        <source>Reprint  (Ctrl+P)</source>
        <translation>Қайта басып шығару  (Ctrl+P)</translation>
    </message>
    <message>
        <location line="-51" />
        <source>The copy was sent to %1 (job %2).</source>
        <translation>Көшірме %1 принтеріне жіберілді (тапсырма %2).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The receipt was sent to %1 (job %2).</source>
        <translation>Түбіртек %1 принтеріне жіберілді (тапсырма %2).</translation>
    </message>
    <message>
        <location line="+23" />
        <source>The copy is printed.</source>
        <translation>Көшірме басып шығарылды.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The receipt is printed.</source>
        <translation>Түбіртек басып шығарылды.</translation>
    </message>
    <message>
        <location line="-42" />
        <source>Sending the receipt to the printer…</source>
        <translation>Түбіртек принтерге жіберілуде…</translation>
    </message>
    <message>
        <location line="-16" />
        <source>No PDF viewer could be opened. The receipt is saved at %1</source>
        <translation>PDF қарау бағдарламасы ашылмады. Түбіртек мына жерде сақталған: %1</translation>
    </message>
</context>
<context>
    <name>RefusedDialog</name>
    <message>
        <location filename="../../ui/dialogs/refused.py" line="+27" />
        <source>Receipt № %1, account %2, %3</source>
        <translation>№ %1 түбіртек, дербес шот %2, %3</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The same payment goes to the processing center again, unchanged: do this once the cause was fixed there.</source>
        <translation>Сол төлем өзгеріссіз есеп айырысу орталығына қайта жіберіледі: мұны себебі онда жойылғаннан кейін жасаңыз.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Send a refused payment again</source>
        <translation>Қабылданбаған төлемді қайта жіберу</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Resolve a refused payment</source>
        <translation>Қабылданбаған төлемді қарау</translation>
    </message>
    <message>
        <location line="+2" />
        <source>What was done about it (refund, payment taken again…):</source>
        <translation>Не істелді (ақша қайтарылды, төлем қайта қабылданды…):</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Send again</source>
        <translation>Қайта жіберу</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Resolve</source>
        <translation>Қарау</translation>
    </message>
</context>
<context>
    <name>ServicesTable</name>
    <message>
        <location filename="../../ui/desk/services_table.py" line="+39" />
        <source>Due</source>
        <translation>Есептелді</translation>
    </message>
    <message>
        <location line="+0" />
        <source>To pay</source>
        <translation>Төлеуге</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Service
and provider</source>
        <translation>Қызмет
және жеткізуші</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Meter</source>
        <translation>Есептегіш</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Used</source>
        <translation>Шығын</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Previous
reading</source>
        <translation>Алдыңғы
көрсеткіш</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Current
reading</source>
        <translation>Ағымдағы
көрсеткіш</translation>
    </message>
    <message>
        <location line="+62" />
        <source>Advance: the customer has paid ahead</source>
        <translation>Аванс: клиент алдын ала төлеген</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Amount to pay for %1</source>
        <translation>«%1» үшін төлем сомасы</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Current reading for %1</source>
        <translation>«%1» ағымдағы көрсеткіші</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/dialogs/settings.py" line="+40" />
        <source>Bank on receipts</source>
        <translation>Түбіртектердегі банк</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Bank's BIN</source>
        <translation>Банктің БСН</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Branch on receipts</source>
        <translation>Түбіртектердегі филиал</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Branch address</source>
        <translation>Филиалдың мекенжайы</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Largest payment</source>
        <translation>Ең үлкен төлем</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lock after idle</source>
        <translation>Әрекетсіз болғанда құлыптау</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Offline: warn after</source>
        <translation>Байланыссыз: ескерту уақыты</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Offline: stop payments after</source>
        <translation>Байланыссыз: төлемдерді тоқтату уақыты</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Offline: most unsent</source>
        <translation>Байланыссыз: жіберілмеген ең көп сома</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Confirm an amount over its due ×</source>
        <translation>Есептелгеннен × артық соманы растау</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Agent fees</source>
        <translation>Агент комиссиясы</translation>
    </message>
    <message>
        <location line="+13" />
        <source>no limit</source>
        <translation>шектеусіз</translation>
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
        <translation>өшірулі</translation>
    </message>
    <message>
        <location line="-22" />
        <source>Identify the payer above</source>
        <translation>Төлеушіні сәйкестендіру, егер сома жоғары болса</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Supervisor approves above</source>
        <translation>Аға кассир растайтын сома, жоғары</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Supervisor approves a count difference above</source>
        <translation>Аға кассир растайтын айырма, жоғары</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Drawer: ask for a handover above</source>
        <translation>Касса: қоймаға тапсыруды сұрау, жоғары</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Drawer: no more cash above</source>
        <translation>Касса: қолма-қол ақша қабылдамау, жоғары</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Blind count</source>
        <translation>Соқыр санау</translation>
    </message>
    <message>
        <location line="+12" />
        <source>on</source>
        <translation>қосулы</translation>
    </message>
    <message>
        <location line="+23" />
        <location line="+77" />
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <location line="-69" />
        <source>A new language is applied when the program starts again.</source>
        <translation>Жаңа тіл бағдарлама қайта іске қосылғанда қолданылады.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>the system's default printer</source>
        <translation>жүйенің әдепкі принтері</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choose a printer from the list or type its CUPS name; empty: the system's default printer</source>
        <translation>Принтерді тізімнен таңдаңыз немесе оның CUPS атауын енгізіңіз; бос болса — жүйенің әдепкі принтері</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Looking for printers…</source>
        <translation>Принтерлер ізделуде…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Print the receipt as soon as the payment is accepted</source>
        <translation>Төлем қабылданған соң түбіртекті бірден басып шығару</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A4 sheet: two copies on a page</source>
        <translation>A4 парағы: бір бетте екі дана</translation>
    </message>
    <message>
        <location line="+1" />
        <source>80 mm roll: a copy per cut</source>
        <translation>80 мм орам: әр дана кесіледі</translation>
    </message>
    <message>
        <location line="+3" />
        <source>empty: the roll printer is reached through CUPS</source>
        <translation>бос: орамды принтер CUPS арқылы қосылған</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A network ESC/POS roll printer as host:port, for example 192.168.1.50:9100</source>
        <translation>Желідегі ESC/POS орамды принтері хост:порт түрінде, мысалы 192.168.1.50:9100</translation>
    </message>
    <message>
        <location line="+3" />
        <source>empty: no drawer, or it opens from the ESC/POS printer</source>
        <translation>бос: жәшік жоқ немесе ол ESC/POS принтерінен ашылады</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The command that opens a cash drawer wired to a CUPS printer; IT sets it up</source>
        <translation>CUPS принтеріне жалғанған ақша жәшігін ашатын команда; оны IT маманы баптайды</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check the printer</source>
        <translation>Принтерді тексеру</translation>
    </message>
    <message>
        <location line="+14" />
        <source>&amp;Language</source>
        <translation>&amp;Тіл</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Receipt &amp;printer</source>
        <translation>Түбіртек &amp;принтері</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Printer &amp;kind</source>
        <translation>Принтер &amp;түрі</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;ESC/POS printer</source>
        <translation>&amp;ESC/POS принтері</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cash &amp;drawer command</source>
        <translation>Ақша &amp;жәшігінің командасы</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Set by the bank's back office (version %1); they cannot be changed here</source>
        <translation>Банктің бэк-офисі белгілеген (%1 нұсқа); мұнда өзгертілмейді</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The bank's back office has sent no settings for this desk yet</source>
        <translation>Банктің бэк-офисі бұл жұмыс орнына әлі баптаулар жіберген жоқ</translation>
    </message>
    <message numerus="yes">
        <location line="+20" />
        <source>%n printer(s) found.</source>
        <translation>
            <numerusform>%n принтер табылды.</numerusform>
            <numerusform>%n принтер табылды.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>System default: %1</source>
        <translation>Жүйедегі әдепкі: %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No printer found here (CUPS). Type the printer's name or leave it empty.</source>
        <translation>Принтерлер (CUPS) табылмады. Принтер атауын енгізіңіз немесе бос қалдырыңыз.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Asking the printer…</source>
        <translation>Принтерден сұрап жатырмыз…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The printer is ready.</source>
        <translation>Принтер дайын.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Type the ESC/POS printer's address as host:port, for example 192.168.1.50:9100, or leave it empty.</source>
        <translation>ESC/POS принтерінің мекенжайын хост:порт түрінде енгізіңіз, мысалы 192.168.1.50:9100, немесе өрісті бос қалдырыңыз.</translation>
    </message>
</context>
<context>
    <name>SupervisorApproval</name>
    <message>
        <location filename="../../ui/dialogs/approval.py" line="+27" />
        <source>e.g. s.omarov</source>
        <translation>мысалы, s.omarov</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+16" />
        <source>Supervisor's user id</source>
        <translation>Аға кассирдің пайдаланушы аты</translation>
    </message>
    <message>
        <location line="-10" />
        <source>Supervisor's password</source>
        <translation>Аға кассирдің құпиясөзі</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Password</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <location line="+22" />
        <source>The supervisor types their password here.</source>
        <translation>Мұнда аға кассир өз құпиясөзін енгізеді.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Type the supervisor's user id, e.g. s.omarov.</source>
        <translation>Аға кассирдің пайдаланушы атын енгізіңіз, мысалы s.omarov.</translation>
    </message>
</context>
<context>
    <name>TakingsLine</name>
    <message>
        <location filename="../../ui/dialogs/drawer_forms.py" line="+167" />
        <source>Payments of the day: %1 in cash, %2; %3 by card on the bank's terminal, %4 (not in the drawer).</source>
        <translation>Күннің төлемдері: қолма-қол %1, сомасы %2; банк терминалында картамен %3, сомасы %4 (кассада жоқ).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Voids: %1 given back from the drawer, %2; %3 refunded to cards on the terminal, %4.</source>
        <translation>Жоюлар: кассадан %1 қайтарылды, сомасы %2; терминал арқылы карталарға %3 қайтарылды, сомасы %4.</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <location filename="../../ui/dialogs/void.py" line="+58" />
        <location line="+4" />
        <source>Void a payment</source>
        <translation>Төлемді жою</translation>
    </message>
    <message>
        <location line="+8" />
        <source>e.g. %1-00007 or just 7</source>
        <translation>%1-00007 немесе 7</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Receipt number</source>
        <translation>Түбіртек нөмірі</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Find  (Enter)</source>
        <translation>Іздеу  (Enter)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Receipt № (for a receipt of today, its last digits are enough)</source>
        <translation>Түбіртек № (бүгінгі түбіртекке соңғы цифрлары жеткілікті)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>e.g. wrong account number typed; money returned to the payer</source>
        <translation>мысалы: дербес шот нөмірі қате енгізілді, ақша төлеушіге қайтарылды</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Reason for the void</source>
        <translation>Жою себебі</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Supervisor approval at this desk</source>
        <translation>Аға кассирдің осы жұмыс орнында растауы</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The supervisor types their own user id and password. The teller's own do not count: a void needs a second person.</source>
        <translation>Аға кассир өзінің пайдаланушы аты мен құпиясөзін енгізеді. Кассирдің деректері жарамайды: жою үшін екінші адам қажет.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Reason for the void (required)</source>
        <translation>Жою себебі (міндетті)</translation>
    </message>
    <message>
        <location line="+20" />
        <location line="+187" />
        <source>Print the slip</source>
        <translation>Актіні басып шығару</translation>
    </message>
    <message>
        <location line="-184" />
        <location line="+217" />
        <source>Void payment  (Enter)</source>
        <translation>Төлемді жою  (Enter)</translation>
    </message>
    <message>
        <location line="-215" />
        <source>Enter in the password field does the same</source>
        <translation>Құпиясөз өрісінде Enter басу да осыны істейді</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cancel  (Esc)</source>
        <translation>Болдырмау  (Esc)</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Type the receipt number printed on the receipt.</source>
        <translation>Түбіртекте басылған нөмірді енгізіңіз.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Looking for the receipt…</source>
        <translation>Түбіртек ізделуде…</translation>
    </message>
    <message>
        <location line="+16" />
        <source>No receipt %1 on this workstation. Check the number on the receipt.</source>
        <translation>Бұл жұмыс орнында %1 түбіртегі жоқ. Түбіртектегі нөмірді тексеріңіз.</translation>
    </message>
    <message>
        <location line="+49" />
        <source>Checking the supervisor's password…</source>
        <translation>Аға кассирдің құпиясөзі тексерілуде…</translation>
    </message>
    <message>
        <location line="+15" />
        <source>%1 is not a supervisor: only a supervisor can approve a void.</source>
        <translation>%1 аға кассир емес: жоюды тек аға кассир растай алады.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Close  (Esc)</source>
        <translation>Жабу  (Esc)</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+46" />
        <source>Printing the void slip…</source>
        <translation>Жою актісі басып шығарылуда…</translation>
    </message>
    <message>
        <location line="-19" />
        <source>Print a copy of the slip</source>
        <translation>Акт көшірмесін басып шығару</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Checking…</source>
        <translation>Тексерілуде…</translation>
    </message>
</context>
<context>
    <name>VoidDone</name>
    <message>
        <location filename="../../ui/dialogs/void_parts.py" line="+39" />
        <source>Payment voided</source>
        <translation>Төлем жойылды</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The cancellation goes to the processing center by itself; while the center cannot be reached it waits in the queue (F6) and is sent later.</source>
        <translation>Жою есеп айырысу орталығына өздігінен жіберіледі; байланыс болмаса, ол кезекте (F6) күтіп, кейін жіберіледі.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Receipt № %1 is voided. Give the payer back %2 from the drawer.</source>
        <translation>№ %1 түбіртек жойылды. Төлеушіге кассадан %2 қайтарыңыз.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Receipt № %1 is voided.</source>
        <translation>№ %1 түбіртек жойылды.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Refund %1 to the card on the bank's terminal (RRN %2): it never was in the drawer.</source>
        <translation>%1 соманы банк терминалы арқылы картаға қайтарыңыз (RRN %2): бұл ақша кассада болған жоқ.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Writing the void slip…</source>
        <translation>Жою актісі сақталуда…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Void slip: %1</source>
        <translation>Жою актісі: %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The slip went to the printer: the payer signs the bank's copy.</source>
        <translation>Акт принтерге жіберілді: төлеуші банктің данасына қол қояды.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Automatic printing is off: press “Print the slip” to print it.</source>
        <translation>Автоматты басып шығару өшірулі: «Актіні басып шығару» батырмасын басыңыз.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The void is saved, but the slip did not print (%1). Check the printer, then press “Print the slip”.</source>
        <translation>Жою сақталды, бірақ акт басылмады (%1). Принтерді тексеріп, «Актіні басып шығару» батырмасын басыңыз.</translation>
    </message>
</context>
</TS>
