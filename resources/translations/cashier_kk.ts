<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk" sourcelanguage="en">
<context>
    <name>AccountBar</name>
    <message>
        <location filename="../../ui/account_bar.py" line="+67"/>
        <location line="+11"/>
        <source>Personal account</source>
        <translation>Дербес шот</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find (Enter)</source>
        <translation>Іздеу (Enter)</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Looking the account up…</source>
        <translation>Дербес шот ізделуде…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Demo: %1</source>
        <translation>Демо: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo accounts: %1</source>
        <translation>Демо шоттар: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>4 to 20 digits</source>
        <translation>4-тен 20-ға дейін цифр</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type or scan the personal account number and press Enter.</source>
        <translation>Дербес шот нөмірін енгізіңіз немесе сканерлеңіз, содан кейін Enter басыңыз.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Account %1 · period %2 · currency %3</source>
        <translation>Дербес шот %1 · кезең %2 · валюта %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Offline copy from %1 (%2): the processing center is not reachable, amounts may be out of date</source>
        <translation>Сақталған көшірме, %1 (%2): есеп айырысу орталығымен байланыс жоқ, сомалар ескірген болуы мүмкін</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Live data from the processing center</source>
        <translation>Есеп айырысу орталығының өзекті деректері</translation>
    </message>
</context>
<context>
    <name>Age</name>
    <message>
        <location line="-174"/>
        <source>just now</source>
        <translation>жаңа ғана</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>%n минут бұрын</numerusform>
            <numerusform>%n минут бұрын</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>%n сағат бұрын</numerusform>
            <numerusform>%n сағат бұрын</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
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
        <location filename="../../ui/app.py" line="+114"/>
        <source>Unexpected error</source>
        <translation>Күтпеген қате</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong in the program. The payment data already saved is safe. If this repeats, tell IT support and give them the details below.</source>
        <translation>Бағдарламада қате орын алды. Сақталған төлемдер қауіпсіз. Қате қайталанса, IT қолдау қызметіне хабарлаңыз және төмендегі мәліметтерді беріңіз.</translation>
    </message>
</context>
<context>
    <name>DeskStatusBar</name>
    <message>
        <location filename="../../ui/status_bar.py" line="+107"/>
        <source>Processing center: checking…</source>
        <translation>Есеп айырысу орталығы: байланыс тексерілуде…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue: —</source>
        <translation>Кезек: —</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Teller: %1</source>
        <translation>Кассир: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workstation %1</source>
        <translation>Жұмыс орны %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Processing center: credentials rejected, call IT</source>
        <translation>Есеп айырысу орталығы тіркелгі деректерін қабылдамады — IT қолдау қызметіне хабарласыңыз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Processing center: not contacted yet</source>
        <translation>Есеп айырысу орталығы: байланыс әлі болған жоқ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Processing center: online</source>
        <translation>Есеп айырысу орталығы: байланыс бар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Processing center: unreachable</source>
        <translation>Есеп айырысу орталығы: байланыс жоқ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(last contact %1)</source>
        <translation>(соңғы байланыс %1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All payments sent</source>
        <translation>Барлық төлемдер жіберілді</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n payment(s) waiting to be sent</source>
        <translation>
            <numerusform>%n төлем жіберуді күтуде</numerusform>
            <numerusform>%n төлем жіберуді күтуде</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>oldest %1</source>
        <translation>ең ертесі — %1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>This computer&apos;s clock is off by %n min: call IT</source>
        <translation>
            <numerusform>Компьютер сағаты %n минутқа ауытқыған — IT қолдау қызметіне хабарласыңыз</numerusform>
            <numerusform>Компьютер сағаты %n минутқа ауытқыған — IT қолдау қызметіне хабарласыңыз</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n payment(s) need the supervisor</source>
        <translation>
            <numerusform>%n төлем аға кассирдің назарын қажет етеді</numerusform>
            <numerusform>%n төлем аға кассирдің назарын қажет етеді</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeskWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+59"/>
        <source>Utility payments — %1</source>
        <translation>Коммуналдық төлемдер — %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Services</source>
        <translation>Қызметтер</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>The scanned invoice is for %1, the processing center now bills %2: check the amounts with the customer.</source>
        <translation>Сканерленген шот-хабарлама %1 кезеңіне арналған, ал есеп айырысу орталығы қазір %2 кезеңін есептейді: сомаларды клиентпен салыстырыңыз.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The amounts in the table are enough to accept the payment.</source>
        <translation>Төлемді қабылдау үшін кестедегі сомалар жеткілікті.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Type the cash received, then press Enter or F9.</source>
        <translation>Алынған қолма-қол ақша сомасын енгізіп, Enter немесе F9 басыңыз.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ready: press F9 or Enter to accept the payment.</source>
        <translation>Дайын: төлемді қабылдау үшін F9 немесе Enter басыңыз.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>amount</source>
        <translation>сома</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>reading</source>
        <translation>көрсеткіш</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Saving the payment…</source>
        <translation>Төлем сақталуда…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The payment was not saved.</source>
        <translation>Төлем сақталған жоқ.</translation>
    </message>
</context>
<context>
    <name>InvoiceView</name>
    <message>
        <location filename="../../ui/invoice_view.py" line="+32"/>
        <source>Invoice</source>
        <translation>Шот-хабарлама</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The invoice appears here once an account is found.</source>
        <translation>Дербес шот табылғанда, шот-хабарлама осында көрсетіледі.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loading the invoice from the processing center…</source>
        <translation>Шот-хабарлама есеп айырысу орталығынан жүктелуде…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The invoice image is not available.</source>
        <translation>Шот-хабарлама бейнесі қолжетімсіз.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The processing center sent an empty file.</source>
        <translation>Есеп айырысу орталығы бос файл жіберді.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The file from the processing center is not a readable PDF (%1).</source>
        <translation>Есеп айырысу орталығынан келген файл оқылатын PDF емес (%1).</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ui/messages.py" line="+22"/>
        <source>Type the personal account number from the invoice, then press Enter.</source>
        <translation>Шот-хабарламадағы дербес шот нөмірін енгізіп, Enter басыңыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>A personal account number has 4 to 20 digits. Check the number on the invoice and type it again.</source>
        <translation>Дербес шот нөмірі 4–20 цифрдан тұрады. Нөмірді шот-хабарламамен салыстырып, қайта енгізіңіз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account {account} is not known to the processing center. Check the number on the invoice; if it is right, the customer should contact the service provider.</source>
        <translation>Есеп айырысу орталығында {account} дербес шоты табылмады. Нөмірді шот-хабарламамен салыстырыңыз; егер ол дұрыс болса, клиент қызмет жеткізушіге жүгінуі керек.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The processing center cannot be reached and account {account} was never looked up here, so there is no offline copy. Take the payment when the connection is back.</source>
        <translation>Есеп айырысу орталығымен байланыс жоқ, ал {account} дербес шоты мұнда бұрын ашылмаған, сондықтан сақталған көшірме жоқ. Байланыс қалпына келгенде төлемді қабылдаңыз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The invoice barcode did not read correctly. Scan it again or type the account number by hand.</source>
        <translation>Шот-хабарлама штрихкоды қате оқылды. Оны қайта сканерлеңіз немесе дербес шот нөмірін қолмен енгізіңіз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The QR code was read only in part. Scan it again.</source>
        <translation>QR-код толық оқылмады. Оны қайта сканерлеңіз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The QR code is damaged. Scan it again or type the account number by hand.</source>
        <translation>QR-код бүлінген. Оны қайта сканерлеңіз немесе дербес шот нөмірін қолмен енгізіңіз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The QR code has no personal account. Type the account number from the invoice by hand.</source>
        <translation>QR-кодта дербес шот жоқ. Шот-хабарламадағы дербес шот нөмірін қолмен енгізіңіз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The QR code&apos;s personal account is not 4 to 20 digits. Type the account number from the invoice by hand.</source>
        <translation>QR-кодтағы дербес шот 4–20 цифрдан тұрмайды. Шот-хабарламадағы дербес шот нөмірін қолмен енгізіңіз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The QR code&apos;s amount is damaged. Scan it again or type the account number by hand.</source>
        <translation>QR-кодтағы сома бүлінген. Оны қайта сканерлеңіз немесе дербес шот нөмірін қолмен енгізіңіз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A meter reading in the QR code is damaged. Scan it again or type the account number by hand.</source>
        <translation>QR-кодтағы есептегіш көрсеткіші бүлінген. Оны қайта сканерлеңіз немесе дербес шот нөмірін қолмен енгізіңіз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The QR code&apos;s payment period is damaged. Scan it again or type the account number by hand.</source>
        <translation>QR-кодтағы төлем кезеңі бүлінген. Оны қайта сканерлеңіз немесе дербес шот нөмірін қолмен енгізіңіз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter an amount, or leave the field empty to skip the service.</source>
        <translation>Соманы енгізіңіз немесе бұл қызметті төлемеу үшін өрісті бос қалдырыңыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not an amount. Type digits with a comma before the tiyn, for example 1272,26.</source>
        <translation>Бұл сома емес. Цифрларды енгізіңіз, тиынды үтірден кейін жазыңыз, мысалы 1272,26.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many digits after the comma: an amount has at most two (tiyn), for example 1272,26.</source>
        <translation>Үтірден кейін цифр тым көп: сомада екі цифрдан артық болмайды (тиын), мысалы 1272,26.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An amount cannot be negative. Type the sum the customer pays, or leave the field empty to skip the service.</source>
        <translation>Сома теріс бола алмайды. Клиент төлейтін соманы енгізіңіз немесе қызметті төлемеу үшін өрісті бос қалдырыңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The amount is far too large. Check it and type it again.</source>
        <translation>Сома тым үлкен. Оны тексеріп, қайта енгізіңіз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This service is not on the account. Look the account up again.</source>
        <translation>Бұл қызмет дербес шотта жоқ. Дербес шотты қайта іздеңіз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the current meter reading, or leave the field empty.</source>
        <translation>Есептегіштің ағымдағы көрсеткішін енгізіңіз немесе өрісті бос қалдырыңыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a meter reading. Type the digits from the meter, for example 12410 or 12410,5.</source>
        <translation>Бұл есептегіш көрсеткіші емес. Есептегіштегі цифрларды енгізіңіз, мысалы 12410 немесе 12410,5.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many digits after the comma: a reading has at most three.</source>
        <translation>Үтірден кейін цифр тым көп: көрсеткіште үш цифрдан артық болмайды.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A meter reading cannot be negative.</source>
        <translation>Есептегіш көрсеткіші теріс бола алмайды.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reading is far too large. Check the meter and type it again.</source>
        <translation>Көрсеткіш тым үлкен. Есептегішті тексеріп, қайта енгізіңіз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reading is below the previous one ({previous} {unit}). Check the meter and the number you typed.</source>
        <translation>Көрсеткіш алдыңғысынан аз ({previous} {unit}). Есептегіш көрсеткішін енгізілген санмен салыстырыңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This service has no meter: leave the reading empty.</source>
        <translation>Бұл қызметте есептегіш жоқ: көрсеткішті бос қалдырыңыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A reading is sent together with a payment: enter an amount for this service, or clear the reading.</source>
        <translation>Көрсеткіш төлеммен бірге жіберіледі: бұл қызмет бойынша соманы енгізіңіз немесе көрсеткішті өшіріңіз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing to pay: enter an amount for at least one service.</source>
        <translation>Төлейтін ештеңе жоқ: кемінде бір қызмет бойынша соманы енгізіңіз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The fee cannot be negative.</source>
        <translation>Комиссия теріс бола алмайды.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One payment may not exceed {limit}. Split it into several payments or ask the supervisor.</source>
        <translation>Бір төлем {limit} сомасынан аспауы керек. Оны бірнеше төлемге бөліңіз немесе аға кассирге жүгініңіз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cash received is less than the total: {missing} more is needed.</source>
        <translation>Алынған ақша төлем сомасынан аз: тағы {missing} қажет.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the cash received from the customer.</source>
        <translation>Клиенттен алынған қолма-қол ақша сомасын енгізіңіз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The business day is closed: no payment can be accepted. Ask the supervisor to open the next day.</source>
        <translation>Операциялық күн жабық: төлемдер қабылданбайды. Аға кассирден келесі күнді ашуды сұраңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payments have not reached the processing center for over {hours} h, so new payments are stopped. Ask the branch IT person to restore the connection.</source>
        <translation>Төлемдер есеп айырысу орталығына {hours} сағаттан астам жетпей жатыр, сондықтан жаңа төлемдерді қабылдау тоқтатылды. Бөлімшенің IT маманынан байланысты қалпына келтіруді сұраңыз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unsent payments would exceed the offline limit of {limit}, so new payments are stopped. Ask the branch IT person to restore the connection.</source>
        <translation>Жіберілмеген төлемдер байланыссыз жұмыс лимитінен ({limit}) асып кетер еді, сондықтан жаңа төлемдерді қабылдау тоқтатылды. Бөлімшенің IT маманынан байланысты қалпына келтіруді сұраңыз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This payment is not on this workstation.</source>
        <translation>Бұл төлем осы жұмыс орнында жоқ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The processing center cannot be reached. Check the network cable; payments accepted meanwhile are kept and sent later.</source>
        <translation>Есеп айырысу орталығымен байланыс жоқ. Желі кабелін тексеріңіз; осы уақытта қабылданған төлемдер сақталады және кейін жіберіледі.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The processing center refused this workstation&apos;s credentials. Call IT support: the workstation token must be renewed.</source>
        <translation>Есеп айырысу орталығы жұмыс орнының тіркелгі деректерін қабылдамады. IT қолдау қызметіне қоңырау шалыңыз: жұмыс орнының токенін жаңарту қажет.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The processing center sent an answer this program does not understand. Try again; if it repeats, call IT support.</source>
        <translation>Есеп айырысу орталығы бағдарлама түсінбейтін жауап жіберді. Қайталап көріңіз; қате қайталанса, IT қолдау қызметіне қоңырау шалыңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>The processing center sent damaged account data. Try again; if it repeats, call IT support.</source>
        <translation>Есеп айырысу орталығы дербес шоттың бүлінген деректерін жіберді. Қайталап көріңіз; қате қайталанса, IT қолдау қызметіне қоңырау шалыңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The processing center sent incomplete account data. Try again; if it repeats, call IT support.</source>
        <translation>Есеп айырысу орталығы дербес шоттың толық емес деректерін жіберді. Қайталап көріңіз; қате қайталанса, IT қолдау қызметіне қоңырау шалыңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The processing center sent a damaged amount. Try again; if it repeats, call IT support.</source>
        <translation>Есеп айырысу орталығы бүлінген соманы жіберді. Қайталап көріңіз; қате қайталанса, IT қолдау қызметіне қоңырау шалыңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The processing center sent a damaged meter reading. Try again; if it repeats, call IT support.</source>
        <translation>Есеп айырысу орталығы бүлінген есептегіш көрсеткішін жіберді. Қайталап көріңіз; қате қайталанса, IT қолдау қызметіне қоңырау шалыңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The processing center already holds a different payment with the same number. Call IT support.</source>
        <translation>Есеп айырысу орталығында нөмірі осындай басқа төлем бар. IT қолдау қызметіне қоңырау шалыңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The processing center refused the request as malformed. Call IT support.</source>
        <translation>Есеп айырысу орталығы сұрауды қате деп қабылдамады. IT қолдау қызметіне қоңырау шалыңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This workstation has no access token for the processing center. Call IT support to register the workstation.</source>
        <translation>Жұмыс орнында есеп айырысу орталығына кіру токені жоқ. Жұмыс орнын тіркеу үшін IT қолдау қызметіне қоңырау шалыңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secure storage for the workstation token is not available. Call IT support.</source>
        <translation>Жұмыс орны токеніне арналған қорғалған қойма қолжетімсіз. IT қолдау қызметіне қоңырау шалыңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secure storage refused the workstation token. Call IT support.</source>
        <translation>Қорғалған қойма жұмыс орнының токенін қабылдамады. IT қолдау қызметіне қоңырау шалыңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another program is already sending this workstation&apos;s payments; they will still be sent.</source>
        <translation>Бұл жұмыс орнының төлемдерін басқа бағдарлама жіберіп жатыр; олар бәрібір жіберіледі.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The offline copy of the accounts is already being refreshed. Try again in a few minutes.</source>
        <translation>Дербес шоттардың сақталған көшірмесі қазір жаңартылуда. Бірнеше минуттан кейін қайталаңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The processing center has closed this billing period. Look the account up again to get the current invoice.</source>
        <translation>Есеп айырысу орталығы бұл есептік кезеңді жапты. Ағымдағы шот-хабарламаны алу үшін дербес шотты қайта іздеңіз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The processing center did not accept the total. Call IT support.</source>
        <translation>Есеп айырысу орталығы жалпы соманы қабылдамады. IT қолдау қызметіне қоңырау шалыңыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The processing center did not accept an amount. Check the amounts.</source>
        <translation>Есеп айырысу орталығы сомалардың бірін қабылдамады. Сомаларды тексеріңіз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printing is not set up on this computer (the lp command is missing). The payment is saved: open the receipt and print it from the viewer, or call IT support.</source>
        <translation>Бұл компьютерде басып шығару бапталмаған (lp командасы жоқ). Төлем сақталды: түбіртекті ашып, қарау бағдарламасынан басып шығарыңыз немесе IT қолдау қызметіне қоңырау шалыңыз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The receipt could not be sent to the printer: {detail}. The payment is saved: check the printer and press Print again.</source>
        <translation>Түбіртекті принтерге жіберу мүмкін болмады: {detail}. Төлем сақталды: принтерді тексеріп, «Басып шығару» түймесін қайта басыңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The receipt file is missing. The payment is saved; ask the supervisor to reprint the receipt.</source>
        <translation>Түбіртек файлы табылмады. Төлем сақталды; аға кассирден түбіртекті қайта басып шығаруды сұраңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The processing center has no invoice image for this account.</source>
        <translation>Есеп айырысу орталығында бұл дербес шот үшін шот-хабарлама жоқ.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The workstation is not set up correctly: {message}</source>
        <translation>Жұмыс орны дұрыс бапталмаған: {message}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unexpected error: {error}. The data already saved is safe; if this repeats, call IT support.</source>
        <translation>Күтпеген қате: {error}. Сақталған деректер қауіпсіз; қате қайталанса, IT қолдау қызметіне қоңырау шалыңыз.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Check the input</source>
        <translation>Енгізілгенді тексеріңіз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not found</source>
        <translation>Табылмады</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not allowed</source>
        <translation>Рұқсат етілмейді</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workstation setup</source>
        <translation>Жұмыс орнын баптау</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Processing center</source>
        <translation>Есеп айырысу орталығы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error</source>
        <translation>Қате</translation>
    </message>
</context>
<context>
    <name>PaymentPanel</name>
    <message>
        <location filename="../../ui/payment_panel.py" line="+37"/>
        <location line="+34"/>
        <source>Cash received</source>
        <translation>Алынған қолма-қол ақша</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Accept payment  (F9)</source>
        <translation>Төлемді қабылдау  (F9)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F9, Ctrl+Enter, or Enter in the cash received field</source>
        <translation>F9, Ctrl+Enter немесе «Алынған қолма-қол ақша» өрісінде Enter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear  (Esc)</source>
        <translation>Тазарту  (Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the amounts due; the account stays</source>
        <translation>Есептелген сомаларды қайтару; дербес шот қалады</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New customer  (F2)</source>
        <translation>Жаңа клиент  (F2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty the form and type the next account</source>
        <translation>Форманы тазартып, келесі дербес шотты енгізу</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Total to pay</source>
        <translation>Барлығы төлеуге</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>Қайтарым</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>incl. agent fee %1</source>
        <translation>оның ішінде агент комиссиясы %1</translation>
    </message>
</context>
<context>
    <name>ReceiptPanel</name>
    <message>
        <location filename="../../ui/receipt_panel.py" line="+27"/>
        <source>✓ Payment accepted and saved</source>
        <translation>✓ Төлем қабылданды және сақталды</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open receipt</source>
        <translation>Түбіртекті ашу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print  (Ctrl+P)</source>
        <translation>Басып шығару  (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next customer  (F2 / Enter)</source>
        <translation>Келесі клиент  (F2 / Enter)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Total</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cash received</source>
        <translation>Алынған қолма-қол ақша</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change to give</source>
        <translation>Берілетін қайтарым</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Receipt № %1</source>
        <translation>Түбіртек № %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give the customer the change and the receipt.</source>
        <translation>Клиентке қайтарым мен түбіртекті беріңіз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The payment is saved, but its receipt file could not be written. Ask the supervisor to reprint the receipt.</source>
        <translation>Төлем сақталды, бірақ түбіртек файлын жазу мүмкін болмады. Аға кассирден түбіртекті қайта басып шығаруды сұраңыз.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sending the receipt to the printer…</source>
        <translation>Түбіртек принтерге жіберілуде…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No PDF viewer could be opened. The receipt is saved at %1</source>
        <translation>PDF қарау бағдарламасы ашылмады. Түбіртек мына жерде сақталған: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The receipt was sent to the printer.</source>
        <translation>Түбіртек принтерге жіберілді.</translation>
    </message>
</context>
<context>
    <name>ServicesTable</name>
    <message>
        <location filename="../../ui/services_table.py" line="+38"/>
        <source>Due</source>
        <translation>Есептелді</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To pay</source>
        <translation>Төлеуге</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Service
and provider</source>
        <translation>Қызмет
және жеткізуші</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meter</source>
        <translation>Есептегіш</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Used</source>
        <translation>Шығын</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Previous
reading</source>
        <translation>Алдыңғы
көрсеткіш</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Current
reading</source>
        <translation>Ағымдағы
көрсеткіш</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Advance: the customer has paid ahead</source>
        <translation>Аванс: клиент алдын ала төлеген</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Amount to pay for %1</source>
        <translation>«%1» үшін төлем сомасы</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Current reading for %1</source>
        <translation>«%1» ағымдағы көрсеткіші</translation>
    </message>
</context>
</TS>
