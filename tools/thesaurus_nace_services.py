"""The NACE Rev. 2 divisions 35–93 (energy, water, construction, trade, transport and services)
of data/reference/nace-cluster-categories.csv as thesaurus concepts (read by
tools/thesaurus_sectors.py, where the sources of the labels are stated). Each block lists en ro
sq hu el bg sl hr sr sk de it mk, one line each."""

DIVISIONS = [
    ("35", """
en electricity, gas, steam and air conditioning supply | energy utilities | district heating
ro furnizarea de energie electrică și termică, gaze, apă caldă și aer condiționat | utilități energetice | termoficare
sq furnizimi me energji elektrike, gaz, avull dhe ajër të kondicionuar | shërbime energjetike | ngrohje qendrore
hu villamosenergia-, gáz-, gőzellátás, légkondicionálás | energiaszolgáltatók | távfűtés
el παροχή ηλεκτρικού ρεύματος, φυσικού αερίου, ατμού και κλιματισμού | τηλεθέρμανση
bg производство и разпределение на електрическа и топлинна енергия и на газообразни горива | енергийни дружества | топлофикация
sl oskrba z električno energijo, plinom in paro | energetska podjetja | daljinsko ogrevanje
hr opskrba električnom energijom, plinom, parom i klimatizacija | energetske tvrtke | toplinarstvo
sr snabdevanje električnom energijom, gasom, parom i klimatizacija | energetska preduzeća | daljinsko grejanje
sk dodávka elektriny, plynu, pary a studeného vzduchu | energetické podniky | centrálne zásobovanie teplom
de Energieversorgung | Energieversorger | Fernwärme
it fornitura di energia elettrica, gas, vapore e aria condizionata | aziende energetiche | teleriscaldamento
mk снабдување со електрична енергија, гас, пареа и климатизација | енергетски компании | централно греење
"""),
    ("36", """
en water collection, treatment and supply | waterworks | drinking water
ro captarea, tratarea și distribuția apei | uzine de apă | apă potabilă
sq grumbullimi, trajtimi dhe furnizimi me ujë | ujësjellës | ujë i pijshëm
hu víztermelés, -kezelés, -ellátás | vízművek | ivóvíz
el συλλογή, επεξεργασία και παροχή νερού | πόσιμο νερό
bg събиране, пречистване и доставяне на води | водопровод | питейна вода
sl zbiranje, prečiščevanje in distribucija vode | vodovod | pitna voda
hr skupljanje, pročišćavanje i opskrba vodom | vodovod | pitka voda
sr skupljanje, prečišćavanje i distribucija vode | vodovod | pijaća voda
sk zber, úprava a dodávka vody | vodárne | pitná voda
de Wasserversorgung (Abteilung 36) | Wasserwerke | Trinkwasser
it raccolta, trattamento e fornitura di acqua | acquedotti | acqua potabile
mk собирање, прочистување и снабдување со вода | водовод | вода за пиење
"""),
    ("37", """
en sewerage | sewage treatment | wastewater treatment plants
ro colectarea și epurarea apelor uzate | stații de epurare
sq kanalizimet | trajtimi i ujërave të zeza | impiante trajtimi
hu szennyvíz gyűjtése, kezelése | szennyvíztisztító telepek
el επεξεργασία λυμάτων | αποχέτευση | μονάδες επεξεργασίας λυμάτων
bg събиране, отвеждане и пречистване на отпадъчни води | канализация | пречиствателни станции
sl ravnanje z odplakami | kanalizacija | čistilne naprave
hr uklanjanje otpadnih voda | kanalizacija | uređaji za pročišćavanje
sr uklanjanje otpadnih voda | kanalizacija | postrojenja za prečišćavanje
sk čistenie a odvod odpadových vôd | kanalizácia | čistiarne odpadových vôd
de Abwasserentsorgung | Kanalisation | Kläranlagen
it gestione delle reti fognarie | fognature | depuratori
mk собирање и прочистување на отпадни води | канализација | пречистителни станици
"""),
    ("38", """
en waste collection, treatment and disposal; materials recovery | waste collection | materials recovery
ro colectarea, tratarea și eliminarea deșeurilor; recuperarea materialelor | colectarea deșeurilor | recuperarea materialelor
sq grumbullimi, trajtimi dhe asgjësimi i mbetjeve | grumbullimi i mbetjeve | rikuperimi i materialeve
hu hulladékgazdálkodás (TEÁOR 38) | hulladékgyűjtés | anyagvisszanyerés
el συλλογή, επεξεργασία και διάθεση αποβλήτων | συλλογή αποβλήτων | ανάκτηση υλικών
bg събиране и обезвреждане на отпадъци; рециклиране на материали | събиране на отпадъци | оползотворяване на материали
sl zbiranje in odvoz odpadkov, ravnanje z odpadki | zbiranje odpadkov | predelava odpadkov
hr skupljanje otpada, obrada i zbrinjavanje otpada | skupljanje otpada | oporaba materijala
sr sakupljanje, tretman i odlaganje otpada | sakupljanje otpada | ponovna upotreba materijala
sk zber, spracúvanie a likvidácia odpadov | zber odpadu | recyklácia materiálov
de Sammlung, Behandlung und Beseitigung von Abfällen; Rückgewinnung | Müllabfuhr | Rückgewinnung
it attività di raccolta, trattamento e smaltimento dei rifiuti; recupero dei materiali | raccolta dei rifiuti | recupero dei materiali
mk собирање, третман и отстранување на отпад | собирање отпад | обновување материјали
"""),
    ("39", """
en remediation activities and other waste management services | remediation | soil decontamination
ro activități și servicii de decontaminare | decontaminare | depoluarea solului
sq veprimtari rehabilitimi dhe shërbime të tjera të menaxhimit të mbetjeve | rehabilitim mjedisor
hu szennyeződésmentesítés, egyéb hulladékkezelés | kármentesítés | talajtisztítás
el δραστηριότητες εξυγίανσης και άλλες υπηρεσίες διαχείρισης αποβλήτων | απορρύπανση
bg възстановяване и други услуги по управление на отпадъци | почистване на замърсени терени
sl saniranje okolja in drugo ravnanje z odpadki | sanacija okolja
hr djelatnosti sanacije okoliša te ostale djelatnosti gospodarenja otpadom | sanacija okoliša
sr sanacija, rekultivacija i ostale usluge u oblasti upravljanja otpadom | sanacija zemljišta
sk sanácia a iné činnosti nakladania s odpadom | sanácia
de Beseitigung von Umweltverschmutzungen und sonstige Entsorgung | Altlastensanierung
it attività di risanamento e altri servizi di gestione dei rifiuti | bonifica
mk дејности на санација и други услуги за управување со отпад | санација
"""),
    ("41", """
en construction of buildings | building contractors | residential construction
ro construcții de clădiri | antreprenori de construcții | construcții rezidențiale
sq ndërtimi i ndërtesave | sipërmarrës ndërtimi | ndërtim banesash
hu épületek építése | építési vállalkozók | lakásépítés
el κατασκευές κτιρίων | εργολάβοι | κατασκευή κατοικιών
bg строителство на сгради | строителни предприемачи | жилищно строителство
sl gradnja stavb (SKD 41) | gradbena podjetja | stanovanjska gradnja
hr gradnja zgrada (NKD 41) | građevinske tvrtke | stambena gradnja
sr izgradnja zgrada (KD 41) | građevinske firme | stambena izgradnja
sk výstavba budov (SK NACE 41) | stavebné firmy | bytová výstavba
de Hochbau (Abteilung 41) | Bauunternehmen | Wohnungsbau
it costruzione di edifici (divisione 41) | imprese edili | edilizia residenziale
mk изградба на згради (НКД 41) | градежни фирми | станбена изградба
"""),
    ("42", """
en civil engineering works | road construction | infrastructure works
ro lucrări de geniu civil (CAEN 42) | construcții de drumuri | lucrări de infrastructură
sq punime të inxhinierisë civile | ndërtimi i rrugëve | punime infrastrukture
hu egyéb építmény építése | útépítés | infrastruktúra-építés
el έργα πολιτικού μηχανικού (NACE 42) | οδοποιία | έργα υποδομής
bg строителство на съоръжения | пътно строителство | инфраструктурни обекти
sl gradnja inženirskih objektov | gradnja cest | infrastrukturna dela
hr gradnja građevina niskogradnje | gradnja cesta | infrastrukturni radovi
sr izgradnja ostalih građevina | izgradnja puteva | infrastrukturni radovi
sk inžinierske stavby (SK NACE 42) | výstavba ciest | infraštruktúrne stavby
de Tiefbau (Abteilung 42) | Straßenbau | Infrastrukturbau
it ingegneria civile (divisione 42) | costruzione di strade | opere infrastrutturali
mk градежни работи на објекти од нискоградба | изградба на патишта | инфраструктурни работи
"""),
    ("43", """
en specialised construction activities | installation works | building completion
ro lucrări speciale de construcții (CAEN 43) | lucrări de instalații | lucrări de finisaj
sq veprimtari të specializuara ndërtimi | punime instalimi | punime përfundimtare
hu speciális szaképítés | szerelési munkák | befejező építés
el εξειδικευμένες κατασκευαστικές δραστηριότητες | εργασίες εγκατάστασης | αποπερατώσεις κτιρίων
bg специализирани строителни дейности (НКИД 43) | инсталационни работи | довършителни работи
sl specializirana gradbena dela (SKD 43) | inštalacijska dela | zaključna gradbena dela
hr specijalizirane građevinske djelatnosti (NKD 43) | instalacijski radovi | završni građevinski radovi
sr specijalizovani građevinski radovi (KD 43) | instalacioni radovi | završni radovi
sk špecializované stavebné práce (SK NACE 43) | inštalačné práce | dokončovacie práce
de vorbereitende Baustellenarbeiten, Bauinstallation und sonstiges Ausbaugewerbe | Bauinstallation | Innenausbau
it lavori di costruzione specializzati (divisione 43) | impiantistica | lavori di completamento
mk специјализирани градежни работи (НКД 43) | инсталатерски работи | завршни работи
"""),
    ("46", """
en wholesale trade, except of motor vehicles | wholesalers | distributors
ro comerț cu ridicata, cu excepția autovehiculelor | angrosiști | distribuitori
sq tregtia me shumicë, përveç automjeteve | shitës me shumicë | distributorë
hu nagykereskedelem (kivéve jármű) | nagykereskedők | forgalmazók
el χονδρικό εμπόριο, εκτός από το εμπόριο μηχανοκίνητων οχημάτων | χονδρέμποροι | διανομείς
bg търговия на едро, без търговията с автомобили | търговци на едро | дистрибутори
sl trgovina na debelo, razen z motornimi vozili | trgovci na debelo | distributerji
hr trgovina na veliko, osim trgovine motornim vozilima | veletrgovci | distributeri
sr trgovina na veliko, osim trgovine motornim vozilima | veletrgovci | distributeri
sk veľkoobchod okrem motorových vozidiel | veľkoobchodníci | distribútori
de Großhandel (ohne Handel mit Kraftfahrzeugen) | Großhändler | Vertriebsunternehmen
it commercio all'ingrosso, escluso quello di autoveicoli | grossisti | distributori
mk трговија на големо, освен со моторни возила | трговци на големо | дистрибутери
"""),
    ("49", """
en land transport and transport via pipelines | road transport | rail transport | haulage companies
ro transporturi terestre și transporturi prin conducte | transport rutier | transport feroviar | firme de transport
sq transporti tokësor dhe transporti me tubacione | transport rrugor | transport hekurudhor
hu szárazföldi és csővezetékes szállítás | közúti szállítás | vasúti szállítás | fuvarozók
el χερσαίες μεταφορές και μεταφορές μέσω αγωγών | οδικές μεταφορές | σιδηροδρομικές μεταφορές
bg сухопътен транспорт | автомобилен транспорт | железопътен транспорт | превозвачи
sl kopenski promet; cevovodni transport | cestni promet | železniški promet | prevozniki
hr kopneni prijevoz i cjevovodni transport | cestovni prijevoz | željeznički prijevoz | prijevoznici
sr kopneni saobraćaj i cevovodni transport | drumski saobraćaj | železnički saobraćaj | prevoznici
sk pozemná doprava a doprava potrubím | cestná doprava | železničná doprava | dopravcovia
de Landverkehr und Transport in Rohrfernleitungen | Straßenverkehr | Eisenbahnverkehr | Speditionen
it trasporto terrestre e trasporto mediante condotte | trasporto su strada | trasporto ferroviario | autotrasportatori
mk копнен транспорт и транспорт преку цевководи | патен транспорт | железнички транспорт | превозници
"""),
    ("50", """
en water transport (NACE 50) | shipping companies | ferries
ro transporturi pe apă (CAEN 50) | companii de navigație | feriboturi
sq transporti ujor (NACE 50) | kompani lundrimi | trage
hu vízi szállítás (TEÁOR 50) | hajózási társaságok | kompok
el πλωτές μεταφορές | ναυτιλιακές εταιρείες | πορθμεία
bg воден транспорт (НКИД 50) | корабни компании | фериботи
sl vodni promet (SKD 50) | ladjarji | trajekti
hr vodeni prijevoz (NKD 50) | brodari | trajekti
sr vodeni saobraćaj (KD 50) | brodarske kompanije | trajekti
sk vodná doprava (SK NACE 50) | lodné spoločnosti | trajekty
de Schifffahrt (Abteilung 50) | Reedereien | Fähren
it trasporto marittimo e per vie d'acqua | compagnie di navigazione | traghetti
mk воден транспорт (НКД 50) | бродски компании | фериботи
"""),
    ("51", """
en air transport (NACE 51) | airlines | air cargo
ro transporturi aeriene | companii aeriene | transport aerian de marfă
sq transporti ajror (NACE 51) | linja ajrore | ngarkesa ajrore
hu légi szállítás (TEÁOR 51) | légitársaságok | légi áruszállítás
el αεροπορικές μεταφορές (NACE 51) | αεροπορικές εταιρείες | αεροπορικό φορτίο
bg въздушен транспорт (НКИД 51) | авиокомпании | въздушни товари
sl zračni promet | letalske družbe | letalski tovor
hr zračni prijevoz (NKD 51) | zrakoplovne tvrtke | zračni teret
sr vazdušni saobraćaj (KD 51) | avio-kompanije | vazdušni teret
sk letecká doprava (SK NACE 51) | letecké spoločnosti | letecký náklad
de Luftfahrt (Abteilung 51) | Fluggesellschaften | Luftfracht
it trasporto aereo (divisione 51) | compagnie aeree | trasporto aereo di merci
mk воздушен транспорт (НКД 51) | авиокомпании | воздушен товар
"""),
    ("52", """
en warehousing and support activities for transportation | warehouses | freight forwarding | cargo handling
ro depozitare și activități auxiliare pentru transporturi | depozite | expediții de mărfuri | manipularea mărfurilor
sq magazinimi dhe veprimtari mbështetëse për transportin | magazina | spedicion | trajtimi i ngarkesave
hu raktározás, szállítást kiegészítő tevékenység | raktárak | szállítmányozók | rakománykezelés
el αποθήκευση και υποστηρικτικές προς τη μεταφορά δραστηριότητες | αποθήκες | διαμεταφορές | διακίνηση φορτίων
bg складиране на товари и спомагателни дейности в транспорта | складове | спедиция | обработка на товари
sl skladiščenje in spremljajoče prometne dejavnosti | skladišča | špedicija | pretovor
hr skladištenje i prateće djelatnosti u prijevozu | skladišta | špedicija | pretovar tereta
sr skladištenje i prateće aktivnosti u saobraćaju | skladišta | špedicija | pretovar
sk skladové a pomocné činnosti v doprave | sklady | špedícia | manipulácia s nákladom
de Lagerei sowie Erbringung von sonstigen Dienstleistungen für den Verkehr | Lagerhäuser | Spedition | Frachtumschlag
it magazzinaggio e attività di supporto ai trasporti | magazzini | spedizioni | movimentazione merci
mk складирање и помошни дејности во транспортот | магацини | шпедиција | претовар
"""),
    ("53", """
en postal and courier activities | courier services | parcel delivery
ro activități de poștă și de curier | servicii de curierat | livrare de colete
sq veprimtari postare dhe korriere | shërbime korriere | dërgimi i pakove
hu postai, futárpostai tevékenység | futárszolgálatok | csomagkézbesítés
el ταχυδρομικές και ταχυμεταφορικές δραστηριότητες | ταχυμεταφορές | διανομή δεμάτων
bg пощенски и куриерски дейности | куриерски услуги | доставка на пратки
sl poštna in kurirska dejavnost | kurirske storitve | dostava paketov
hr poštanske djelatnosti i djelatnosti kurira | kurirske službe | dostava paketa
sr poštanske aktivnosti i aktivnosti kurira | kurirske službe | dostava paketa
sk poštové služby a služby kuriérov | kuriérske služby | doručovanie balíkov
de Post-, Kurier- und Expressdienste | Kurierdienste | Paketzustellung
it servizi postali e attività di corriere | corrieri espressi | consegna pacchi
mk поштенски и курирски дејности | курирски служби | достава на пратки
"""),
    ("55", """
en accommodation (NACE 55) | guesthouses | hostels | campsites
ro servicii de cazare | pensiuni | hosteluri | campinguri
sq shërbime akomodimi | bujtina | hostele | kampingje
hu szálláshely-szolgáltatás | vendégházak | hostelek | kempingek
el υπηρεσίες παροχής καταλύματος | ξενώνες | κάμπινγκ
bg хотелиерство (НКИД 55) | къщи за гости | хостели | къмпинги
sl gostinske nastanitvene dejavnosti | gostišča | hostli | kampi
hr djelatnosti pružanja smještaja | kuće za odmor | hosteli | kampovi
sr usluge smeštaja | seoska domaćinstva | hosteli | kampovi
sk ubytovacie služby | penzióny | hostely | kempy
de Beherbergung (Abteilung 55) | Gästehäuser | Pensionen | Campingplätze
it servizi di alloggio | pensioni | ostelli | campeggi
mk сместување (НКД 55) | куќи за гости | хостели | кампови
"""),
    ("58", """
en publishing activities | publishers | book publishing | software publishing
ro activități de editare | edituri | editarea cărților | editarea produselor software
sq veprimtari botuese | botues | botimi i librave | botimi i softuerit
hu kiadói tevékenység | kiadók | szoftverkiadás
el εκδοτικές δραστηριότητες | εκδότες | έκδοση βιβλίων | έκδοση λογισμικού
bg издателска дейност (НКИД 58) | издателства | издаване на книги | издаване на софтуер
sl založništvo (SKD 58) | založbe | izdajanje knjig | izdajanje programske opreme
hr izdavačke djelatnosti | izdavači | izdavanje knjiga | izdavanje softvera
sr izdavačke delatnosti | izdavači | izdavanje knjiga | izdavanje softvera
sk nakladateľské činnosti | vydavatelia | vydávanie kníh | vydávanie softvéru
de Verlagswesen (Abteilung 58) | Verlage | Buchverlage | Softwareverlage
it attività editoriali | editori | editoria libraria | edizione di software
mk издавачки дејности | издавачи | издавање книги | издавање софтвер
"""),
    ("59", """
en motion picture, video and television programme production, sound recording and music publishing | film studios | music industry
ro activități de producție cinematografică, video și de programe de televiziune; înregistrări audio | studiouri de film | industria muzicală
sq prodhimi i filmave, videove dhe programeve televizive, regjistrimi i zërit | studio filmi | industria muzikore
hu film-, video-, televízióműsor-gyártás, hangfelvétel-kiadás | filmstúdiók | zeneipar
el παραγωγή κινηματογραφικών ταινιών, βίντεο και τηλεοπτικών προγραμμάτων, ηχογραφήσεις | κινηματογραφικά στούντιο | μουσική βιομηχανία
bg производство на филми и телевизионни предавания, звукозаписване и издаване на музика | филмови студия | музикална индустрия
sl dejavnosti v zvezi s filmi, videi in televizijskim programom, snemanje in izdajanje zvočnih zapisov | filmski studii | glasbena industrija
hr proizvodnja filmova, videofilmova i televizijskog programa, djelatnosti snimanja zvučnih zapisa | filmski studiji | glazbena industrija
sr proizvodnja kinematografskih dela, audio-vizuelnih proizvoda i televizijskog programa | filmski studiji | muzička industrija
sk produkcia filmov, videozáznamov a televíznych programov, nahrávanie zvuku | filmové štúdiá | hudobný priemysel
de Herstellung, Verleih und Vertrieb von Filmen und Fernsehprogrammen; Tonstudios und Musikverlage | Filmstudios | Musikwirtschaft
it attività di produzione cinematografica, di video e di programmi televisivi, di registrazioni musicali e sonore | studi cinematografici | industria musicale
mk производство на филмови, видеа и телевизиски програми, снимање звук | филмски студија | музичка индустрија
"""),
    ("60", """
en programming and broadcasting activities | broadcasters | radio stations | television channels
ro activități de difuzare și transmitere de programe | radiodifuzori | posturi de radio | canale de televiziune
sq veprimtari programimi dhe transmetimi | transmetues | stacione radio | kanale televizive
hu műsorösszeállítás, műsorszolgáltatás | műsorszolgáltatók | rádióállomások | televíziós csatornák
el δραστηριότητες προγραμματισμού και ραδιοτηλεοπτικών εκπομπών | ραδιοτηλεοπτικοί σταθμοί | ραδιοφωνικοί σταθμοί | τηλεοπτικά κανάλια
bg радио- и телевизионна дейност (НКИД 60) | радиостанции | телевизионни канали
sl dejavnost radijskih in televizijskih postaj | radijske postaje | televizijski kanali
hr emitiranje programa | radiopostaje | televizijski kanali
sr emitovanje programa | radio-stanice | televizijski kanali
sk tvorba programov a vysielanie | rozhlasové stanice | televízne kanály
de Rundfunkveranstalter | Radiosender | Fernsehsender
it attività di programmazione e trasmissione | emittenti | stazioni radio | canali televisivi
mk програмски и радиодифузни дејности | радиостаници | телевизиски канали
"""),
    ("61", """
en telecommunications (NACE 61) | telecom operators | mobile networks
ro telecomunicații (CAEN 61) | operatori de telecomunicații | rețele mobile
sq telekomunikacioni (NACE 61) | operatorë telekomunikacioni | rrjete celulare
hu távközlés (TEÁOR 61) | távközlési szolgáltatók | mobilhálózatok
el τηλεπικοινωνίες (NACE 61) | πάροχοι τηλεπικοινωνιών | κινητά δίκτυα
bg далекосъобщения | телекомуникационни оператори | мобилни мрежи
sl telekomunikacijske dejavnosti | operaterji | mobilna omrežja
hr telekomunikacije (NKD 61) | telekomunikacijski operateri | mobilne mreže
sr telekomunikacije (KD 61) | telekomunikacioni operateri | mobilne mreže
sk telekomunikácie (SK NACE 61) | telekomunikační operátori | mobilné siete
de Telekommunikation (Abteilung 61) | Telekommunikationsanbieter | Mobilfunknetze
it telecomunicazioni (divisione 61) | operatori di telecomunicazioni | reti mobili
mk телекомуникации (НКД 61) | телекомуникациски оператори | мобилни мрежи
"""),
    ("62", """
en computer programming, consultancy and related activities | software development | software companies | IT outsourcing
ro activități de servicii în tehnologia informației | dezvoltare software | companii de software | externalizare IT
sq programim kompjuterik, konsulencë dhe veprimtari të lidhura | zhvillim softueri | kompani softueri | outsourcing IT
hu számítógépes programozás, szaktanácsadás | szoftverfejlesztés | szoftvercégek | IT-kiszervezés
el προγραμματισμός ηλεκτρονικών υπολογιστών, παροχή συμβουλών και συναφείς δραστηριότητες | ανάπτυξη λογισμικού | εταιρείες λογισμικού | εξωτερική ανάθεση πληροφορικής
bg дейности в областта на информационните технологии | разработка на софтуер | софтуерни компании | ИТ аутсорсинг
sl računalniško programiranje, svetovanje in povezane dejavnosti | razvoj programske opreme | programska podjetja | zunanje izvajanje IT
hr računalno programiranje, savjetovanje i djelatnosti povezane s njima | razvoj softvera | softverske tvrtke | IT outsourcing
sr računarsko programiranje, konsultantske i s tim povezane delatnosti | razvoj softvera | softverske kompanije | IT autsorsing
sk počítačové programovanie, poradenstvo a súvisiace služby | vývoj softvéru | softvérové firmy | IT outsourcing
de Erbringung von Dienstleistungen der Informationstechnologie | Softwareentwicklung | Softwarefirmen | IT-Outsourcing
it produzione di software, consulenza informatica e attività connesse | sviluppo software | aziende di software | outsourcing informatico
mk компјутерско програмирање, консултантски и поврзани дејности | развој на софтвер | софтверски компании | ИТ аутсорсинг
"""),
    ("63", """
en information service activities | data processing | hosting | web portals
ro activități de servicii informatice | prelucrarea datelor | găzduire web | portaluri web
sq veprimtari të shërbimeve të informacionit | përpunimi i të dhënave | strehim uebi | portale
hu információs szolgáltatás | adatfeldolgozás | tárhelyszolgáltatás | webportálok
el δραστηριότητες υπηρεσιών πληροφορίας | επεξεργασία δεδομένων | φιλοξενία ιστοσελίδων | διαδικτυακές πύλες
bg информационни услуги | обработка на данни | хостинг | уеб портали
sl druge informacijske dejavnosti | obdelava podatkov | gostovanje | spletni portali
hr informacijske uslužne djelatnosti | obrada podataka | hosting | web-portali
sr informacione uslužne delatnosti | obrada podataka | hosting | veb-portali
sk informačné služby | spracovanie údajov | webhosting | webové portály
de Informationsdienstleistungen | Datenverarbeitung | Hosting | Webportale
it attività dei servizi d'informazione | elaborazione dati | hosting | portali web
mk информациски услужни дејности | обработка на податоци | хостинг | веб-портали
"""),
    ("64", """
en financial service activities, except insurance and pension funding | credit institutions | lending
ro intermedieri financiare, cu excepția activităților de asigurări și ale fondurilor de pensii | instituții de credit | creditare
sq veprimtari të shërbimeve financiare, përveç sigurimeve | institucione krediti | kreditim
hu pénzügyi szolgáltatás (kivéve biztosítás, nyugdíjalapok) | hitelintézetek | hitelezés
el δραστηριότητες παροχής χρηματοπιστωτικών υπηρεσιών, με εξαίρεση τις ασφαλιστικές | πιστωτικά ιδρύματα | χορηγήσεις δανείων
bg предоставяне на финансови услуги, без застраховане и допълнително пенсионно осигуряване | кредитни институции | кредитиране
sl dejavnost finančnih storitev, razen zavarovalništva in pokojninskih skladov | kreditne institucije | kreditiranje
hr financijske uslužne djelatnosti, osim osiguranja i mirovinskih fondova | kreditne institucije | kreditiranje
sr finansijske usluge, osim osiguranja i penzijskih fondova | kreditne institucije | kreditiranje
sk finančné služby okrem poistenia a dôchodkového financovania | úverové inštitúcie | úverovanie
de Erbringung von Finanzdienstleistungen | Kreditinstitute | Kreditvergabe
it attività di servizi finanziari, escluse le assicurazioni e i fondi pensione | istituti di credito | concessione di prestiti
mk финансиски услужни дејности, освен осигурување и пензиски фондови | кредитни институции | кредитирање
"""),
    ("65", """
en insurance, reinsurance and pension funding | insurers | insurance companies
ro activități de asigurări, reasigurări și ale fondurilor de pensii | asigurători | societăți de asigurare
sq sigurimet, risigurimet dhe fondet e pensioneve | siguruesit | kompani sigurimi
hu biztosítás, viszontbiztosítás, nyugdíjalapok | biztosítók | biztosítótársaságok
el ασφάλιση, αντασφάλιση και συνταξιοδοτικά ταμεία | ασφαλιστές | ασφαλιστικές εταιρείες
bg застраховане, презастраховане и допълнително пенсионно осигуряване | застрахователи | застрахователни дружества
sl dejavnost zavarovalnic, pozavarovalnic in pokojninskih skladov | zavarovalnice
hr osiguranje, reosiguranje i mirovinski fondovi | osiguravatelji | osiguravajuća društva
sr osiguranje, reosiguranje i penzijski fondovi | osiguravači | osiguravajuća društva
sk poistenie, zaistenie a dôchodkové financovanie | poisťovne
de Versicherungen, Rückversicherungen und Pensionskassen | Versicherer | Versicherungsgesellschaften
it assicurazioni, riassicurazioni e fondi pensione | assicuratori | compagnie assicurative
mk осигурување, реосигурување и пензиски фондови | осигурители | осигурителни друштва
"""),
    ("66", """
en activities auxiliary to financial services and insurance | brokers | fund management
ro activități auxiliare intermedierilor financiare și activităților de asigurare | brokeri | administrarea fondurilor
sq veprimtari ndihmëse të shërbimeve financiare dhe sigurimeve | ndërmjetës | menaxhimi i fondeve
hu egyéb pénzügyi tevékenység | brókerek | alapkezelés
el δραστηριότητες συναφείς με τις υπηρεσίες χρηματοπιστωτικής διαμεσολάβησης και τις ασφαλιστικές | μεσίτες | διαχείριση κεφαλαίων
bg спомагателни дейности във финансовите услуги и застраховането | брокери | управление на фондове
sl pomožne dejavnosti za finančne storitve in zavarovalništvo | borzni posredniki | upravljanje skladov
hr pomoćne djelatnosti kod financijskih usluga i djelatnosti osiguranja | brokeri | upravljanje fondovima
sr pomoćne delatnosti u pružanju finansijskih usluga i osiguranju | brokeri | upravljanje fondovima
sk pomocné činnosti finančných služieb a poistenia | makléri | správa fondov
de mit Finanz- und Versicherungsdienstleistungen verbundene Tätigkeiten | Makler | Fondsverwaltung
it attività ausiliarie dei servizi finanziari e delle attività assicurative | intermediari | gestione di fondi
mk помошни дејности во финансиските услуги и осигурувањето | брокери | управување со фондови
"""),
    ("69", """
en legal and accounting activities | law firms | accountants | bookkeeping
ro activități juridice și de contabilitate | firme de avocatură | contabili | contabilitate
sq veprimtari ligjore dhe të kontabilitetit | studio ligjore | kontabilistë | kontabilitet
hu jogi, számviteli, adószakértői tevékenység | ügyvédi irodák | könyvelők | könyvelés
el νομικές και λογιστικές δραστηριότητες | δικηγορικά γραφεία | λογιστές | λογιστική
bg юридически и счетоводни дейности | адвокатски кантори | счетоводители | счетоводство
sl pravne in računovodske dejavnosti | odvetniške pisarne | računovodje | računovodstvo
hr pravne i računovodstvene djelatnosti | odvjetnički uredi | računovođe | knjigovodstvo
sr pravni i računovodstveni poslovi | advokatske kancelarije | računovođe | knjigovodstvo
sk právne a účtovnícke činnosti | advokátske kancelárie | účtovníci | účtovníctvo
de Rechts- und Steuerberatung, Wirtschaftsprüfung | Anwaltskanzleien | Steuerberater | Buchhaltung
it attività legali e contabilità | studi legali | commercialisti | contabilità
mk правни и сметководствени дејности | адвокатски канцеларии | сметководители | сметководство
"""),
    ("70", """
en activities of head offices; management consultancy activities | management consultancy | management consultants
ro activități ale direcțiilor centrale; activități de management și de consultanță în management | consultanță în management
sq veprimtari të zyrave qendrore; konsulencë për menaxhimin | konsulencë menaxheriale
hu üzletvezetés, vezetői tanácsadás | vezetői tanácsadás | menedzsment-tanácsadók
el δραστηριότητες κεντρικών γραφείων· δραστηριότητες παροχής συμβουλών διαχείρισης | συμβουλευτική διοίκησης
bg дейности на централни офиси; консултантски дейности в областта на управлението | консултации по управление
sl dejavnost uprav podjetij; podjetniško in poslovno svetovanje | poslovno svetovanje
hr upravljačke djelatnosti; savjetovanje u vezi s upravljanjem | savjetovanje u upravljanju
sr upravljačke delatnosti; savetovanje u vezi s upravljanjem | menadžment konsalting
sk vedenie firiem; poradenstvo v oblasti riadenia | poradenstvo v oblasti riadenia
de Verwaltung und Führung von Unternehmen; Unternehmensberatung | Managementberatung
it attività di direzione aziendale e di consulenza gestionale | consulenza gestionale | consulenza aziendale
mk управувачки дејности; советување во врска со управувањето | менаџмент консалтинг
"""),
    ("71", """
en architectural and engineering activities; technical testing and analysis | engineering services | architects | testing laboratories
ro activități de arhitectură și inginerie; activități de testări și analiză tehnică | servicii de inginerie | arhitecți | laboratoare de încercări
sq veprimtari arkitekturore dhe inxhinierike; testim dhe analiza teknike | shërbime inxhinierike | arkitektë | laboratorë testimi
hu építészmérnöki tevékenység; műszaki vizsgálat, elemzés | mérnöki szolgáltatások | építészek | vizsgálólaboratóriumok
el αρχιτεκτονικές δραστηριότητες και δραστηριότητες μηχανικών· τεχνικές δοκιμές και αναλύσεις | υπηρεσίες μηχανικών | αρχιτέκτονες | εργαστήρια δοκιμών
bg архитектурни и инженерни дейности; технически изпитвания и анализи | инженерни услуги | архитекти | изпитвателни лаборатории
sl arhitekturno in tehnično projektiranje; tehnično preizkušanje in analiziranje | inženirske storitve | arhitekti | preskusni laboratoriji
hr arhitektonske djelatnosti i inženjerstvo; tehničko ispitivanje i analiza | inženjerske usluge | arhitekti | ispitni laboratoriji
sr arhitektonske i inženjerske delatnosti; tehničko ispitivanje i analize | inženjerske usluge | arhitekte | laboratorije za ispitivanje
sk architektonické a inžinierske činnosti; technické testovanie a analýzy | inžinierske služby | architekti | skúšobné laboratóriá
de Architektur- und Ingenieurbüros; technische, physikalische und chemische Untersuchung | Ingenieurdienstleistungen | Architekten | Prüflabore
it attività degli studi di architettura e d'ingegneria; collaudi ed analisi tecniche | servizi di ingegneria | architetti | laboratori di prova
mk архитектонски и инженерски дејности; техничко испитување и анализа | инженерски услуги | архитекти | лаборатории за испитување
"""),
    ("72", """
en scientific research and development (NACE 72) | research organisations | contract research
ro cercetare-dezvoltare (CAEN 72) | organizații de cercetare | cercetare contractuală
sq kërkimi shkencor dhe zhvillimi (NACE 72) | organizata kërkimore | kërkim me kontratë
hu tudományos kutatás, fejlesztés (TEÁOR 72) | kutatószervezetek | szerződéses kutatás
el επιστημονική έρευνα και ανάπτυξη (NACE 72) | ερευνητικοί οργανισμοί | έρευνα κατά παραγγελία
bg научноизследователска и развойна дейност (НКИД 72) | изследователски организации | договорни изследвания
sl znanstvena raziskovalna in razvojna dejavnost (SKD 72) | raziskovalne organizacije | pogodbene raziskave
hr znanstveno istraživanje i razvoj (NKD 72) | istraživačke organizacije | ugovorna istraživanja
sr naučno istraživanje i razvoj (KD 72) | istraživačke organizacije | ugovorna istraživanja
sk vedecký výskum a vývoj (SK NACE 72) | výskumné organizácie | zmluvný výskum
de Forschung und Entwicklung (Abteilung 72) | Forschungseinrichtungen | Auftragsforschung
it ricerca scientifica e sviluppo (divisione 72) | organismi di ricerca | ricerca su commessa
mk научно истражување и развој (НКД 72) | истражувачки организации | договорно истражување
"""),
    ("73", """
en advertising and market research | advertising agencies | market research companies
ro publicitate și activități de studiere a pieței | agenții de publicitate | firme de cercetare de piață
sq reklamimi dhe kërkimi i tregut | agjenci reklamash | kompani kërkimi tregu
hu reklám, piackutatás | reklámügynökségek | piackutató cégek
el διαφήμιση και έρευνα αγοράς | διαφημιστικές εταιρείες | εταιρείες έρευνας αγοράς
bg рекламна дейност и проучване на пазари | рекламни агенции | агенции за пазарни проучвания
sl oglaševanje in raziskovanje trga | oglaševalske agencije | agencije za raziskavo trga
hr promidžba (reklama i propaganda) i istraživanje tržišta | reklamne agencije | agencije za istraživanje tržišta
sr reklamiranje i istraživanje tržišta | reklamne agencije | agencije za istraživanje tržišta
sk reklama a prieskum trhu | reklamné agentúry | agentúry prieskumu trhu
de Werbung und Marktforschung | Werbeagenturen | Marktforschungsinstitute
it pubblicità e ricerche di mercato | agenzie pubblicitarie | istituti di ricerche di mercato
mk рекламирање и истражување на пазарот | рекламни агенции | агенции за истражување на пазарот
"""),
    ("74", """
en other professional, scientific and technical activities | design activities | industrial design | photography | translation services
ro alte activități profesionale, științifice și tehnice | activități de design | design industrial | fotografie | servicii de traducere
sq veprimtari të tjera profesionale, shkencore dhe teknike | veprimtari dizajni | dizajn industrial | fotografi | shërbime përkthimi
hu egyéb szakmai, tudományos, műszaki tevékenység | formatervezési tevékenység | ipari formatervezés | fényképészet | fordítási szolgáltatás
el άλλες επαγγελματικές, επιστημονικές και τεχνικές δραστηριότητες | εξειδικευμένες δραστηριότητες σχεδιασμού | βιομηχανικός σχεδιασμός | φωτογραφία | μεταφραστικές υπηρεσίες
bg други професионални дейности | дизайнерска дейност | индустриален дизайн | фотография | преводачески услуги
sl druge strokovne in tehnične dejavnosti | oblikovalska dejavnost | industrijsko oblikovanje | fotografska dejavnost | prevajalske storitve
hr ostale stručne, znanstvene i tehničke djelatnosti | specijalizirane dizajnerske djelatnosti | industrijski dizajn | fotografija | prevoditeljske usluge
sr ostale stručne, naučne i tehničke delatnosti | specijalizovane dizajnerske delatnosti | industrijski dizajn | fotografija | prevodilačke usluge
sk ostatné odborné, vedecké a technické činnosti | špecializované dizajnérske činnosti | priemyselný dizajn | fotografia | prekladateľské služby
de sonstige freiberufliche, wissenschaftliche und technische Tätigkeiten | Designateliers | Industriedesign | Fotografie | Übersetzungsdienste
it altre attività professionali, scientifiche e tecniche | attività di design specializzate | design industriale | fotografia | servizi di traduzione
mk други стручни, научни и технички дејности | дизајнерски дејности | индустриски дизајн | фотографија | преведувачки услуги
"""),
    ("77", """
en rental and leasing activities | equipment rental | leasing
ro activități de închiriere și leasing | închirieri de echipamente | leasing
sq veprimtari dhënieje me qira | dhënie me qira e pajisjeve | lizing
hu kölcsönzés, operatív lízing | eszközbérlés | lízing
el δραστηριότητες ενοικίασης και εκμίσθωσης | ενοικίαση εξοπλισμού | χρηματοδοτική μίσθωση
bg даване под наем и оперативен лизинг | отдаване на оборудване под наем | лизинг
sl dajanje v najem in zakup | najem opreme | lizing
hr djelatnosti iznajmljivanja i davanja u zakup | iznajmljivanje opreme | leasing
sr iznajmljivanje i lizing | iznajmljivanje opreme | lizing
sk prenájom a lízing | požičiavanie zariadení | lízing
de Vermietung von beweglichen Sachen | Geräteverleih | Leasing
it attività di noleggio e leasing operativo | noleggio di attrezzature | leasing
mk дејности на изнајмување и лизинг | изнајмување опрема | лизинг
"""),
    ("78", """
en employment activities | employment agencies | temporary work agencies | recruitment
ro activități de servicii privind forța de muncă | agenții de ocupare | agenții de muncă temporară | recrutare
sq veprimtari punësimi | agjenci punësimi | agjenci pune të përkohshme | rekrutim
hu munkaerőpiaci szolgáltatás | munkaközvetítők | munkaerő-kölcsönzők | toborzás
el δραστηριότητες απασχόλησης | γραφεία ευρέσεως εργασίας | εταιρείες προσωρινής απασχόλησης | προσλήψεις
bg дейности по наемане и предоставяне на работна сила | агенции по заетостта | агенции за временна работа | подбор на персонал
sl zaposlovalne dejavnosti | agencije za zaposlovanje | agencije za začasno delo | zaposlovanje kadrov
hr djelatnosti zapošljavanja | agencije za zapošljavanje | agencije za privremeno zapošljavanje | regrutiranje
sr delatnosti zapošljavanja | agencije za zapošljavanje | agencije za privremeno zapošljavanje | regrutovanje
sk sprostredkovanie práce | agentúry práce | agentúry dočasného zamestnávania | nábor zamestnancov
de Vermittlung und Überlassung von Arbeitskräften | Arbeitsvermittlung | Zeitarbeitsfirmen | Personalbeschaffung
it attività di ricerca, selezione, fornitura di personale | agenzie per il lavoro | lavoro interinale | selezione del personale
mk дејности за вработување | агенции за вработување | агенции за привремени вработувања | регрутирање
"""),
    ("79", """
en travel agency, tour operator reservation service and related activities | travel agents | booking services
ro activități ale agențiilor turistice și ale tur-operatorilor | agenți de turism | servicii de rezervare
sq veprimtari të agjencive të udhëtimit dhe operatorëve turistikë | agjentë udhëtimi | shërbime rezervimi
hu utazásközvetítés, utazásszervezés, egyéb foglalás | utazási ügynökök | foglalási szolgáltatások
el δραστηριότητες ταξιδιωτικών πρακτορείων, γραφείων οργανωμένων ταξιδιών | ταξιδιωτικοί πράκτορες | υπηρεσίες κρατήσεων
bg туристическа агентска и операторска дейност | туристически агенти | резервационни услуги
sl dejavnost potovalnih agencij, organizatorjev potovanj | potovalni agenti | rezervacijske storitve
hr putničke agencije, organizatori putovanja i ostale rezervacijske usluge | turistički agenti | usluge rezervacija
sr delatnost putničkih agencija i tur-operatora | turistički agenti | usluge rezervacija
sk činnosti cestovných agentúr a cestovných kancelárií | cestovní agenti | rezervačné služby
de Reisebüros, Reiseveranstalter und Erbringung sonstiger Reservierungsdienstleistungen | Reisevermittler | Buchungsdienste
it attività dei servizi delle agenzie di viaggio, dei tour operator | agenti di viaggio | servizi di prenotazione
mk дејности на патнички агенции и туроператори | туристички агенти | услуги за резервации
"""),
    ("82", """
en office administrative, office support and other business support activities | call centres | business support services | trade fair organisers
ro activități de secretariat, servicii suport și alte activități de servicii prestate în principal întreprinderilor | centre de apel | organizatori de târguri
sq veprimtari administrative dhe mbështetëse të zyrave | qendra thirrjesh | organizatorë panairesh
hu adminisztratív, kiegészítő üzleti szolgáltatás | ügyfélszolgálati központok | vásárszervezők
el διοικητικές δραστηριότητες γραφείου, υποστηρικτικές δραστηριότητες γραφείου | τηλεφωνικά κέντρα | διοργανωτές εκθέσεων
bg административни офис дейности и друго спомагателно обслужване на стопанската дейност | кол центрове | организатори на изложения
sl pisarniške in druge poslovne podporne dejavnosti | klicni centri | organizatorji sejmov
hr uredske administrativne i pomoćne djelatnosti | pozivni centri | organizatori sajmova
sr kancelarijsko-administrativne i druge pomoćne poslovne delatnosti | kol-centri | organizatori sajmova
sk administratívne, pomocné kancelárske a iné obchodné pomocné činnosti | call centrá | organizátori veľtrhov
de Erbringung von wirtschaftlichen Dienstleistungen für Unternehmen | Callcenter | Messeveranstalter
it attività di supporto per le funzioni d'ufficio e altri servizi di supporto alle imprese | call center | organizzatori di fiere
mk канцелариски административни и помошни деловни дејности | повикувачки центри | организатори на саеми
"""),
    ("85", """
en education (NACE 85) | schools | vocational schools | universities
ro învățământ (CAEN 85) | școli | școli profesionale | universități
sq arsimi (NACE 85) | shkolla | shkolla profesionale | universitete
hu oktatás (TEÁOR 85) | iskolák | szakiskolák | egyetemek
el εκπαίδευση (NACE 85) | σχολεία | επαγγελματικές σχολές | πανεπιστήμια
bg образование (НКИД 85) | училища | професионални училища | университети
sl izobraževanje (SKD 85) | šole | poklicne šole | univerze
hr obrazovanje (NKD 85) | škole | strukovne škole | sveučilišta
sr obrazovanje (KD 85) | škole | stručne škole | univerziteti
sk vzdelávanie (SK NACE 85) | školy | odborné školy | univerzity
de Erziehung und Unterricht | Schulen | Berufsschulen | Universitäten
it istruzione (divisione 85) | scuole | scuole professionali | università
mk образование (НКД 85) | училишта | стручни училишта | универзитети
"""),
    ("90", """
en creative, arts and entertainment activities | artists | arts centres
ro activități de creație și interpretare artistică | artiști | centre culturale
sq veprimtari krijuese, artistike dhe argëtuese | artistë | qendra artesh
hu alkotó-, művészeti és szórakoztató tevékenység | művészek | művelődési központok
el δημιουργικές δραστηριότητες, τέχνες και διασκέδαση | καλλιτέχνες | πολιτιστικά κέντρα
bg артистична и творческа дейност | артисти | културни центрове
sl kulturne in razvedrilne dejavnosti | umetniki | kulturni centri
hr kreativne, umjetničke i zabavne djelatnosti | umjetnici | kulturni centri
sr stvaralačke, umetničke i zabavne delatnosti | umetnici | kulturni centri
sk tvorivé, umelecké a zábavné činnosti | umelci | kultúrne centrá
de kreative, künstlerische und unterhaltende Tätigkeiten | Künstler | Kulturzentren
it attività creative, artistiche e di intrattenimento | artisti | centri culturali
mk креативни, уметнички и забавни дејности | уметници | културни центри
"""),
    ("91", """
en libraries, archives, museums and other cultural activities | museums | heritage sites | botanical gardens
ro activități ale bibliotecilor, arhivelor, muzeelor și alte activități culturale | muzee | situri de patrimoniu | grădini botanice
sq veprimtari të bibliotekave, arkivave, muzeve dhe veprimtari të tjera kulturore | muze | vende të trashëgimisë | kopshte botanike
hu könyvtári, levéltári, múzeumi, egyéb kulturális tevékenység | múzeumok | örökségi helyszínek | botanikus kertek
el δραστηριότητες βιβλιοθηκών, αρχειοφυλακείων, μουσείων και λοιπές πολιτιστικές δραστηριότητες | μουσεία | χώροι πολιτιστικής κληρονομιάς | βοτανικοί κήποι
bg дейност на библиотеки, архиви, музеи и други дейности в областта на културата | музеи | обекти на културното наследство | ботанически градини
sl dejavnost knjižnic, arhivov, muzejev in drugih kulturnih ustanov | muzeji | kulturna dediščina | botanični vrtovi
hr knjižnice, arhivi, muzeji i ostale kulturne djelatnosti | muzeji | lokaliteti kulturne baštine | botanički vrtovi
sr delatnost biblioteka, arhiva, muzeja i ostale kulturne delatnosti | muzeji | lokaliteti kulturnog nasleđa | botaničke bašte
sk činnosti knižníc, archívov, múzeí a ostatné kultúrne činnosti | múzeá | pamiatky kultúrneho dedičstva | botanické záhrady
de Bibliotheken, Archive, Museen, botanische und zoologische Gärten | Museen | Kulturerbestätten | botanische Gärten
it attività di biblioteche, archivi, musei ed altre attività culturali | musei | siti del patrimonio | orti botanici
mk дејности на библиотеки, архиви, музеи и други културни дејности | музеи | локалитети на културното наследство | ботанички градини
"""),
    ("93", """
en sports activities and amusement and recreation activities | sports facilities | amusement parks | ski resorts
ro activități sportive, recreative și distractive | baze sportive | parcuri de distracții | stațiuni de schi
sq veprimtari sportive, argëtuese dhe rekreative | objekte sportive | parqe argëtimi | qendra skijimi
hu sport-, szórakoztató, szabadidős tevékenység | sportlétesítmények | vidámparkok | síközpontok
el αθλητικές δραστηριότητες και δραστηριότητες διασκέδασης και ψυχαγωγίας | αθλητικές εγκαταστάσεις | λούνα παρκ | χιονοδρομικά κέντρα
bg спортни и други дейности, свързани с развлечения и отдих | спортни съоръжения | увеселителни паркове | ски курорти
sl športne in druge dejavnosti za prosti čas | športni objekti | zabaviščni parki | smučarska središča
hr sportske djelatnosti te zabavne i rekreacijske djelatnosti | sportski objekti | zabavni parkovi | skijališta
sr sportske, zabavne i rekreativne delatnosti | sportski objekti | zabavni parkovi | ski-centri
sk športové, zábavné a rekreačné činnosti | športové zariadenia | zábavné parky | lyžiarske strediská
de Erbringung von Dienstleistungen des Sports, der Unterhaltung und der Erholung | Sportanlagen | Freizeitparks | Skigebiete
it attività sportive, di intrattenimento e di divertimento | impianti sportivi | parchi di divertimento | stazioni sciistiche
mk спортски, забавни и рекреативни дејности | спортски објекти | забавни паркови | скијачки центри
"""),
]
