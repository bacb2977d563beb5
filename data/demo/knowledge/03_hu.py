"""Demo knowledge items written originally in Hungarian."""

from _common import budget, contact, src, text

ITEMS = [
    {
        "slug": "hu-polus-program-klaszterfejlesztes",
        "kind": "programme",
        "original_language": "hu",
        "areas": ["WG1", "WG5"],
        "countries": ["HU"],
        "regions": ["HU21", "HU22", "HU23", "HU31", "HU32", "HU33"],
        "timeframe": "past",
        "start_year": 2005,
        "end_year": 2013,
        "instrument": "grants",
        "funding_source": "ERFA – Új Magyarország Fejlesztési Terv: Gazdaságfejlesztési Operatív Program és regionális operatív programok",
        "budget": None,
        "target_groups": ["klasztermenedzsment szervezetek", "kkv-k", "egyetemek"],
        "contact": contact("tisza-maros-innovation-centre", "katalin.szabo@tisza-maros-innovation-centre.example"),
        "sources": [
            src("Pólus Program – klaszterfejlesztés", "https://www.palyazat.gov.hu/", "Nemzeti Fejlesztési Ügynökség", 2012),
            src("Új Magyarország Fejlesztési Terv – Gazdaságfejlesztési Operatív Program", "https://www.palyazat.gov.hu/", "Nemzeti Fejlesztési Ügynökség", 2007),
        ],
        "texts": {
            "hu": text(
                "A Pólus Program és a négylépcsős klaszterfejlesztési modell (2005–2013)",
                """A Pólus Program a vidéki fejlesztési pólusvárosok tudásalapú gazdaságát kívánta erősíteni,
                és ehhez egy négylépcsős klaszterfejlesztési modellt vezetett be, amely az induló klaszterektől
                az akkreditált és pólus innovációs klaszterekig terjedt.""",
                """
A magyar kormány 2005-ben indította el a **Pólus Programot**, amely a főváros túlsúlyát
ellensúlyozva a regionális **fejlesztési pólusok** – Debrecen, Győr, Miskolc, Pécs, Szeged és a
Székesfehérvár–Veszprém tengely – versenyképességét kívánta növelni. A program egyik
legfontosabb eszköze a **klaszterfejlesztés** lett, amelyet a 2007–2013-as időszakban az Új
Magyarország Fejlesztési Terv forrásaiból finanszíroztak.

A programiroda egy **négylépcsős modellt** dolgozott ki:

1. **induló klaszterek** – a regionális operatív programok kis összegű támogatást adtak a
   klaszter megalapításához, a klasztermenedzsment szervezet működéséhez és az első közös
   szolgáltatásokhoz;
2. **fejlődő klaszterek** – közös projektek és szolgáltatások bővítése;
3. **akkreditált innovációs klaszterek** – a minősítési eljáráson átesett, tagjaik
   árbevétele, exportja és innovációs teljesítménye alapján kiválasztott klaszterek, amelyek
   kedvezményes hozzáférést kaptak a Gazdaságfejlesztési Operatív Program pályázataihoz;
4. **pólus innovációs klaszterek** – nemzetközileg is versenyképes klaszterek a pólusvárosok
   kiemelt ágazataiban.

A modell lényege az volt, hogy a támogatás a klaszter fejlettségéhez igazodjon: kevés pénz a
kezdetekhez, több és célzottabb forrás a bizonyítottan működő, **kutatás-fejlesztésben** és
exportban aktív klasztereknek. A Pólus Programiroda egyben a klaszterek szakmai segítője,
rendezvényszervezője és információs központja is volt.
""",
                """A program idején több száz klaszter jött létre Magyarországon; az akkreditált innovációs
                klaszter címet néhány tucat klaszter nyerte el, jellemzően a járműipar, a gyógyszeripar, az
                IKT, a megújuló energia és az egészségipar területén.""",
                """A fejlettségi szintekhez igazított támogatás jó elv volt, de az induló klaszterek könnyű
                támogatása sok „pályázati” klasztert is életre hívott. A pólusvárosok szakosodása inkább
                politikai megállapodás, mint elemzés eredménye volt.""",
                """A lépcsős modell jól átvehető olyan régiókban, ahol sok fiatal klaszter van: a tanuló régiónak
                egyértelmű, mérhető feltételek kellenek a szintek közötti előrelépéshez, és független minősítés.""",
            ),
            "en": text(
                "Hungary's Pólus Programme and its four-step cluster development model (2005-2013)",
                """The Pólus Programme aimed to strengthen the knowledge economy of Hungary's regional growth
                poles and introduced a four-step cluster development model, from starting clusters to accredited
                and pole innovation clusters.""",
                """
The Hungarian Government launched the **Pólus Programme** in 2005 to counterbalance the dominance of
the capital and raise the competitiveness of the regional **growth poles** – Debrecen, Győr,
Miskolc, Pécs, Szeged and the Székesfehérvár–Veszprém axis. **Cluster development** became one of
its main tools and was financed in 2007-2013 from the New Hungary Development Plan.

The programme office designed a **four-step model**:

1. **starting clusters** – the regional operational programmes gave small grants to set up the
   cluster, run the cluster management organisation and offer first joint services;
2. **developing clusters** – more joint projects and services;
3. **accredited innovation clusters** – clusters that passed an accreditation based on their
   members' turnover, exports and innovation performance, and received preferential access to
   the calls of the Economic Development Operational Programme;
4. **pole innovation clusters** – internationally competitive clusters in the priority sectors of
   the pole cities.

The core idea was to match support to the maturity of the cluster: little money to start, more
and better targeted funds for clusters proven to work and active in **research and development**
and exports. The Pólus Programme Office also acted as adviser, event organiser and information
centre for the clusters.
""",
                """Hundreds of clusters were set up in Hungary during the programme; a few dozen earned the title
                of accredited innovation cluster, mainly in automotive, pharmaceuticals, ICT, renewable energy and
                health industries.""",
                """Support matched to maturity was a sound principle, but easy grants for starting clusters also
                produced many clusters created only to apply for funds. The specialisation of the pole cities was
                more a political agreement than the result of analysis.""",
                """The step model transfers well to regions with many young clusters: a learning region needs
                clear, measurable conditions for moving up a level, and an independent accreditation.""",
                translation="human",
            ),
        },
    },
    {
        "slug": "hu-akkreditalt-innovacios-klaszter-cim",
        "kind": "instrument",
        "original_language": "hu",
        "areas": ["WG1", "WG4"],
        "countries": ["HU"],
        "regions": [],
        "timeframe": "past",
        "start_year": 2008,
        "end_year": 2015,
        "instrument": "other",
        "funding_source": "Nemzeti költségvetés (akkreditációs eljárás); kapcsolódó ERFA-pályázatok a GOP-ban",
        "budget": None,
        "target_groups": ["klasztermenedzsment szervezetek", "irányító hatóságok"],
        "contact": contact("tisza-maros-innovation-centre", "bence.varga@tisza-maros-innovation-centre.example"),
        "sources": [
            src("Akkreditált Innovációs Klaszter cím – akkreditációs kézikönyv", "https://www.palyazat.gov.hu/", "Nemzeti Fejlesztési Ügynökség – Pólus Programiroda", 2010),
        ],
        "texts": {
            "hu": text(
                "Az Akkreditált Innovációs Klaszter cím: minősítés mint a célzott támogatás kapuja",
                """2008-tól Magyarországon a klaszterek pályázhattak az Akkreditált Innovációs Klaszter címre,
                amely tagjaik gazdasági és innovációs teljesítményét mérte, és kedvezményes hozzáférést adott a
                gazdaságfejlesztési forrásokhoz.""",
                """
A Pólus Program harmadik lépcsőjeként a kormány 2008-ban vezette be az **Akkreditált Innovációs
Klaszter** címet. Az akkreditációt a Pólus Programiroda szervezte, és független szakértők
bevonásával, évente több fordulóban bírálta el.

A pályázó klaszternek egy sor mennyiségi és minőségi feltételt kellett teljesítenie, többek
között:

- a tagok száma és a **kkv-k** aránya, a tagvállalatok együttes árbevétele, foglalkoztatása és
  **exportja**;
- a tagok **kutatás-fejlesztési és innovációs** tevékenysége, közös projektek, szabadalmak;
- működő **klasztermenedzsment szervezet**, stratégia, tagdíjrendszer és közös szolgáltatások;
- együttműködés egyetemekkel és kutatóhelyekkel.

A cím nem járt közvetlen pénzzel: értéke abban állt, hogy az akkreditált klaszterek és tagjaik
számára külön pályázati konstrukciók nyíltak meg a Gazdaságfejlesztési Operatív Programban
(közös innovációs és beruházási projektek), illetve pluszpontot kaptak más felhívásokban.
A cím meghatározott időre szólt, és megújításhoz újra kellett bizonyítani a teljesítményt.

A rendszer a korábbi, mennyiségi klaszterfejlesztés ellensúlyaként született: célja az volt,
hogy a források a valóban működő, innovatív együttműködésekhez jussanak. A 2014–2020-as időszakban
a minősítési logika tovább élt, a nemzetközi klaszterminősítésekhez (például az európai
Bronze/Gold címkékhez) közelítve.
""",
                """Néhány tucat klaszter nyerte el a címet; a címet viselő klaszterek tagjai jelentős
                gazdaságfejlesztési forrásokhoz jutottak közös projektekhez.""",
                """Egy minősítés akkor hat, ha mögötte valódi előny áll, és a feltételek mérhetők; a túl sok
                dokumentáció azonban a kisebb, de aktív klasztereket elriasztotta.""",
                """Átvehető olyan országban, ahol már sok klaszter működik, és a támogatást koncentrálni kell.
                A tanuló régiónak független bírálókra és rendszeres felülvizsgálatra van szüksége.""",
            ),
        },
    },
    {
        "slug": "hu-pannon-autoipari-klaszter",
        "kind": "good_practice",
        "original_language": "hu",
        "areas": ["WG3", "WG6"],
        "countries": ["HU"],
        "regions": ["HU22"],
        "timeframe": "current",
        "start_year": 2000,
        "end_year": None,
        "instrument": "networking",
        "funding_source": "Széchenyi Terv (induláskor); tagdíjak és pályázati források",
        "budget": None,
        "target_groups": ["autóipari beszállítók", "kkv-k", "szakképző intézmények"],
        "contact": contact("vertes-mechatronics-cluster", "gabor.horvath@vertes-mechatronics-cluster.example"),
        "sources": [
            src("Pannon Autóipari Klaszter (PANAC)", "https://www.panac.hu/", "Pannon Autóipari Klaszter", 2020),
            src("Competitive Regional Clusters: National Policy Approaches", "https://www.oecd.org/", "OECD Publishing", 2007),
        ],
        "texts": {
            "hu": text(
                "Pannon Autóipari Klaszter (PANAC): beszállítófejlesztés Nyugat-Dunántúlon",
                """A 2000-ben Győrben alapított Pannon Autóipari Klaszter az első magyar klaszterkezdeményezések
                egyike; célja a hazai kkv-k bekapcsolása a régióban működő autógyárak és nagy beszállítók
                beszállítói láncaiba.""",
                """
A kilencvenes évek végén Nyugat-Dunántúl a külföldi működőtőke-befektetések egyik fő célpontja
lett: a győri motorgyár és számos nemzetközi autóipari beszállító telepedett meg a régióban. A
hazai kis- és középvállalkozások azonban alig jutottak szerephez a beszállítói láncokban.

Erre a helyzetre válaszként jött létre 2000-ben a **Pannon Autóipari Klaszter (PANAC)**, a
Gazdasági Minisztérium kezdeményezésére és a **Széchenyi Terv** támogatásával – az első magyar,
kifejezetten klaszterként szervezett együttműködések egyikeként. Tagjai között autóipari
vállalatok, kkv-beszállítók, egyetemek, szakképző intézmények és regionális fejlesztési
szervezetek voltak.

A klaszter fő tevékenységei:

- **beszállítófejlesztés**: minőségirányítási rendszerek bevezetésének segítése, auditokra
  való felkészítés, beszállítói adatbázis és üzletember-találkozók;
- **képzés**: a tagok igényeire szabott szakmai és vezetői képzések, együttműködés a
  szakképző iskolákkal;
- **nemzetközi kapcsolatok**: közös megjelenés vásárokon, kapcsolat más európai autóipari
  klaszterekkel;
- információszolgáltatás a pályázati lehetőségekről és az iparági trendekről.

A PANAC tapasztalata mintául szolgált a későbbi magyar klaszterpolitikának, és a régió más
iparágaiban (például a fa- és bútoriparban) is hasonló kezdeményezések indultak.
""",
                """A klaszter a 2000-es években a régió autóipari beszállítói körének jelentős részét elérte, és
                több hazai kkv-t segített első- és másodkörös beszállítói pozícióba.""",
                """A nagyvállalatok részvétele kulcsfontosságú, de a klaszter a kkv-k érdekeit kell, hogy
                szolgálja; a minőségügyi felkészítés kézzelfogható haszna tartotta meg a tagokat. A kezdeti állami
                támogatás után a tagdíjakra és a szolgáltatásokra épülő finanszírozás volt a túlélés feltétele.""",
                """Jól átvehető olyan régiókban, ahol nagy külföldi befektetők működnek, de a helyi beszállítói kör
                gyenge; a tanuló régiónak minőségügyi szakértelemre és a nagyvállalatok beszerzési vezetőinek
                bevonására van szüksége.""",
            ),
            "en": text(
                "Pannon Automotive Cluster (PANAC): supplier development in Western Transdanubia",
                """Founded in Győr in 2000, the Pannon Automotive Cluster is one of Hungary's first cluster
                initiatives; its aim is to bring Hungarian SMEs into the supply chains of the car makers and
                large suppliers of the region.""",
                """
In the late 1990s Western Transdanubia became one of the main destinations of foreign direct
investment in Hungary: the engine plant in Győr and many international automotive suppliers
settled in the region. Hungarian small and medium-sized enterprises, however, hardly took part in
their supply chains.

The answer was the **Pannon Automotive Cluster (PANAC)**, founded in 2000 on the initiative of the
Ministry of Economy and with support from the **Széchenyi Plan** – one of the first Hungarian
cooperations organised explicitly as a cluster. Its members included automotive companies, SME
suppliers, universities, vocational schools and regional development organisations.

The cluster's main activities were:

- **supplier development**: help with quality management systems, preparation for audits, a
  supplier database and business meetings;
- **training**: technical and management courses tailored to members, cooperation with vocational
  schools;
- **international links**: joint presence at trade fairs, contacts with other European
  automotive clusters;
- information on funding opportunities and industry trends.

PANAC's experience served as a model for later Hungarian cluster policy, and similar initiatives
followed in other industries of the region, such as wood and furniture.
""",
                """In the 2000s the cluster reached a large part of the region's automotive supplier base and
                helped several Hungarian SMEs into first- and second-tier supplier positions.""",
                """Large companies must take part, but the cluster has to serve the SMEs; the tangible benefit of
                quality-management preparation kept members. After the initial state support, financing from
                membership fees and services was the condition of survival.""",
                """Transfers well to regions with large foreign investors and a weak local supplier base; a learning
                region needs quality-management expertise and the involvement of the purchasing managers of large
                firms.""",
                translation="human",
            ),
        },
    },
    {
        "slug": "hu-palyazati-klaszterek-tanulsagai",
        "kind": "experience",
        "original_language": "hu",
        "areas": ["WG4", "WG1"],
        "countries": ["HU"],
        "regions": [],
        "timeframe": "past",
        "start_year": 2007,
        "end_year": 2013,
        "instrument": "grants",
        "funding_source": "ERFA – regionális operatív programok klaszterfejlesztési felhívásai",
        "budget": None,
        "target_groups": ["irányító hatóságok", "klasztermenedzserek", "regionális fejlesztési ügynökségek"],
        "contact": contact("tisza-maros-innovation-centre", "katalin.szabo@tisza-maros-innovation-centre.example"),
        "sources": [
            src("Pólus Program – klaszterfejlesztés", "https://www.palyazat.gov.hu/", "Nemzeti Fejlesztési Ügynökség", 2012),
            src("Smart Guide to Cluster Policy", "https://op.europa.eu/", "European Commission", 2016),
        ],
        "texts": {
            "hu": text(
                "Kudarcból tanulva: a „pályázati klaszterek” jelensége Magyarországon",
                """A 2007–2013-as időszak könnyen elérhető induló klasztertámogatásai sok olyan klasztert hívtak
                életre, amely csak a pályázat idejére működött; a tapasztalat a minősítésen alapuló
                klaszterpolitika felé terelte a döntéshozókat.""",
                """
Amikor a regionális operatív programok pályázatot hirdettek **induló klaszterek** számára, a
klaszterek száma Magyarországon néhány év alatt többszörösére nőtt. A szakmai értékelések és a
klasztermenedzserek visszajelzései szerint azonban ezek jelentős része **„pályázati klaszter”**
volt: formális együttműködés, amely a támogatás megszerzésére jött létre.

Jellemző vonásaik:

- a klasztert egy tanácsadó cég vagy egy tagvállalat szervezte, a tagok alig ismerték egymást;
- a tagok nem fizettek tagdíjat, és nem vettek részt a döntéshozatalban;
- a **klasztermenedzsment** a projekt végével megszűnt, a honlap és a közös szolgáltatások
  elhaltak;
- a támogatás nagy része tanulmányokra, rendezvényekre és marketingre ment, valódi közös
  fejlesztés nélkül.

A kudarc okai részben a konstrukcióban rejlettek: alacsony belépési küszöb, a tagok számán alapuló
feltételek, rövid futamidő és a fenntartási időszak gyenge ellenőrzése. Ugyanakkor a hullám
mellékhatásként néhány valódi, életképes klasztert is elindított.

A tapasztalatra adott válasz az **akkreditációs rendszer** lett: a pénzügyi források egyre inkább a
teljesítményüket bizonyító klaszterekhez kerültek, a kezdő klaszterek pedig kisebb, szolgáltatás-
és tanulásorientált támogatást kaptak.
""",
                """A klaszterek száma gyorsan nőtt, de az aktívan működők aránya a támogatás lezárulta után
                jelentősen csökkent.""",
                """A klaszterek számának növelése nem lehet cél; a tagok saját hozzájárulása (tagdíj, idő) a
                valódi elkötelezettség legjobb jelzője. A fenntartási időszakban is mérni kell a működést.""",
                """Minden olyan országnak tanulságos, amely most indít első klaszterprogramot: érdemes kis összegű,
                feltételekhez kötött induló támogatással és szigorú továbblépési kritériumokkal kezdeni.""",
            ),
        },
    },
    {
        "slug": "hu-dualis-kepzes-kecskemet",
        "kind": "good_practice",
        "original_language": "hu",
        "areas": ["WG6"],
        "countries": ["HU"],
        "regions": ["HU33"],
        "timeframe": "current",
        "start_year": 2012,
        "end_year": None,
        "instrument": "training",
        "funding_source": "Vállalati hozzájárulás (hallgatói munkabér, képzőhely); felsőoktatási finanszírozás",
        "budget": None,
        "target_groups": ["egyetemi hallgatók", "gyártó vállalatok", "felsőoktatási intézmények"],
        "contact": contact("hajdusag-university", "reka.fekete@hajdusag-university.example"),
        "sources": [
            src("Duális képzés a felsőoktatásban", "https://www.nje.hu/", "Neumann János Egyetem, Kecskemét", 2022),
            src("Duális Képzési Tanács – a duális képzés minősítése", "https://www.oktatas.hu/", "Oktatási Hivatal", 2016),
        ],
        "texts": {
            "hu": text(
                "Duális mérnökképzés Kecskeméten: a felsőoktatás és az autóipar partnersége",
                """Kecskeméten 2012-ben indult el az első magyar duális felsőfokú mérnökképzés, amelyben a
                hallgatók az elméleti félévek mellett egy partnervállalatnál dolgoznak; a modell később országos
                szabályozást kapott.""",
                """
A kecskeméti autógyár 2012-es indulása nagy és hirtelen keresletet teremtett mérnökök és
technikusok iránt a Dél-Alföldön. A **Kecskeméti Főiskola** (ma Neumann János Egyetem) a német
duális főiskolák mintájára a gyárral és más helyi vállalatokkal közösen indította el az első
**duális felsőfokú képzést** a járműmérnöki, gépészmérnöki és műszaki menedzser szakokon.

A modell főbb elemei:

- a hallgatót a **partnervállalat választja ki** a felvételi előtt, és vele hallgatói
  munkaszerződést köt, a képzés idejére fizetéssel;
- az elméleti szakaszok az egyetemen, a gyakorlati szakaszok a vállalatnál zajlanak, a
  nyári szünetben is;
- a tantervet az egyetem és a vállalatok közösen alakítják ki, a szakdolgozat vállalati
  problémára épül;
- a végzett hallgatók nagy része a partnervállalatnál helyezkedik el.

A kecskeméti tapasztalat nyomán 2015-ben létrejött a **Duális Képzési Tanács**, amely minősíti a
duális képzésben részt vevő vállalatokat és szakokat, és a duális képzés a magyar felsőoktatás
elismert formájává vált. Ma számos egyetem kínál duális szakokat, a járműipartól az informatikán
át a mezőgazdaságig.

A klaszterek számára a modell azért fontos, mert a kisebb tagvállalatok is beléphetnek, ha a
klaszter szervezi a hallgatók közös kiválasztását és a gyakorlati helyeket.
""",
                """A duális képzés a kezdeti néhány szakról országos rendszerré nőtt; a partnervállalatok
                körében magas a végzettek megtartási aránya.""",
                """A vállalat akkor fektet be a hallgatóba, ha kiválaszthatja és megtarthatja; a közösen írt
                tanterv és a fizetett gyakorlat a siker kulcsa. Kkv-k csak közös szervezéssel tudnak belépni.""",
                """Átvehető ott, ahol nagy munkaadó és nyitott felsőoktatási intézmény van egy helyen; a tanuló
                régiónak jogi keretre van szüksége a hallgatói munkaszerződéshez és a vállalatok minősítéséhez.""",
            ),
        },
    },
    {
        "slug": "hu-intelligens-szakosodasi-strategia",
        "kind": "programme",
        "original_language": "hu",
        "areas": ["WG5"],
        "countries": ["HU"],
        "regions": [],
        "timeframe": "current",
        "start_year": 2014,
        "end_year": 2027,
        "instrument": "other",
        "funding_source": "ERFA – GINOP 2014-2020 és GINOP Plusz 2021-2027; Nemzeti Kutatási, Fejlesztési és Innovációs Alap",
        "budget": None,
        "target_groups": ["vállalatok", "kutatóhelyek", "megyei önkormányzatok"],
        "contact": contact("tisza-maros-innovation-centre", "bence.varga@tisza-maros-innovation-centre.example"),
        "sources": [
            src("Nemzeti Intelligens Szakosodási Stratégia (S3)", "https://nkfih.gov.hu/", "Nemzeti Kutatási, Fejlesztési és Innovációs Hivatal", 2021),
        ],
        "texts": {
            "hu": text(
                "A Nemzeti Intelligens Szakosodási Stratégia és a megyei szakosodási irányok",
                """Magyarország 2014-ben fogadta el első Nemzeti Intelligens Szakosodási Stratégiáját, amelyet a
                2021–2027-es időszakra megújított; a stratégia országos ágazati prioritásokat és megyei
                szakosodási irányokat határoz meg, és a kutatás-fejlesztési források célzását szolgálja.""",
                """
A **Nemzeti Intelligens Szakosodási Stratégia** (S3) a kutatás-fejlesztési és innovációs célú
uniós források felhasználásának előfeltétele. Az első stratégiát 2014-ben fogadták el, a
kidolgozást és a nyomon követést a **Nemzeti Kutatási, Fejlesztési és Innovációs Hivatal**
(NKFIH) koordinálja.

A magyar megközelítés sajátossága, hogy az országos prioritások mellett **megyei szinten** is
meghatározza a szakosodási irányokat. Az országos prioritások között szerepel többek között az
egészséges társadalom és jóllét, a fejlett járműipar és mechatronika, az agrár-élelmiszeripar, a
tiszta és megújuló energia, a fenntartható környezet, az IKT és a digitális szolgáltatások; a
megyék ezekből és saját erősségeikből választanak.

A stratégia kidolgozása során az NKFIH **vállalkozói felfedezési folyamatot** szervezett:
regionális műhelyeket, online konzultációt és ágazati szakértői egyeztetéseket, amelyeken a
**klaszterek** is részt vettek. A 2021–2027-es stratégia nagyobb hangsúlyt helyez a zöld és
digitális átállásra és a monitoringra.

A stratégia a GINOP és a GINOP Plusz kutatás-fejlesztési felhívásaiban jelenik meg: a pályázó
projektnek illeszkednie kell valamely szakosodási irányhoz.
""",
                """A kutatás-fejlesztési pályázatok illeszkedési feltétele révén a stratégia a források jelentős
                részét a kijelölt prioritások felé terelte; a megyei irányok hatása kevésbé mérhető.""",
                """A túl széles prioritáslista kevés valódi választást jelent; a megyei szint bevonása növelte a
                helyi elfogadottságot, de a megyéknek kevés saját forrásuk volt a megvalósításhoz.""",
                """Azoknak az országoknak érdekes, amelyek a nemzeti stratégiát regionális irányokkal akarják
                összekapcsolni; ehhez megbízható regionális adatok és a régiók saját költségvetése szükséges.""",
            ),
        },
    },
    {
        "slug": "hu-felsooktatasi-es-ipari-egyuttmukodesi-kozpontok",
        "kind": "instrument",
        "original_language": "hu",
        "areas": ["WG1", "WG6"],
        "countries": ["HU"],
        "regions": [],
        "timeframe": "past",
        "start_year": 2016,
        "end_year": 2021,
        "instrument": "infrastructure",
        "funding_source": "ERFA – Gazdaságfejlesztési és Innovációs Operatív Program (GINOP) 2014-2020",
        "budget": None,
        "target_groups": ["egyetemek", "vállalatok", "kutatók"],
        "contact": contact("hajdusag-university", "reka.fekete@hajdusag-university.example"),
        "sources": [
            src("Felsőoktatási és Ipari Együttműködési Központ (FIEK) – GINOP-2.3.4-15", "https://nkfih.gov.hu/", "Nemzeti Kutatási, Fejlesztési és Innovációs Hivatal", 2016),
        ],
        "texts": {
            "hu": text(
                "Felsőoktatási és Ipari Együttműködési Központok (FIEK): egyetemi–vállalati kutatóközpontok",
                """A GINOP keretében egyetemek és vállalatok közös kutató-fejlesztő központokat hoztak létre,
                amelyekben a vállalatok a kutatási programot is meghatározzák, és a közös munka a képzésbe is
                visszacsatolódik.""",
                """
A **Felsőoktatási és Ipari Együttműködési Központok** (FIEK) létrehozását a Gazdaságfejlesztési és
Innovációs Operatív Program 2016-ban meghirdetett felhívása támogatta, az NKFIH szakmai
irányításával. A cél az volt, hogy a magyar egyetemek és a gazdaság közötti kapcsolat ne
alkalmi megbízásokon, hanem **hosszú távú stratégiai partnerségen** alapuljon.

Egy FIEK-konzorcium egy egyetemből és több ipari partnerből állt, és a következőket
valósította meg:

- közös **kutatási és fejlesztési programot**, amelyet a vállalatok igényei alapján, velük
  együtt határoztak meg;
- a partnerek által közösen használt **laboratóriumokat és kísérleti infrastruktúrát**;
- az egyetemi **technológiatranszfer** és szellemitulajdon-kezelés megerősítését;
- a kutatási eredmények visszacsatolását a képzésbe: új tantárgyakat, duális képzést,
  doktori témákat vállalati problémákra.

A központok olyan területeken jöttek létre, mint a járműipar és a mobilitás, az egészségipar, az
anyagtudomány és az agrár-élelmiszeripar, jellemzően vidéki egyetemeken is, ahol a regionális
gazdaság erősségeihez kapcsolódtak.

A konstrukció feltétele volt, hogy az ipari partnerek saját forrással is hozzájáruljanak, és a
projekt után is fenntartsák az együttműködést.
""",
                """Több egyetemen jöttek létre központok, amelyek közös kutatási projekteket, szabadalmi
                bejelentéseket és új képzési elemeket eredményeztek; a hosszú távú fenntartás egyetemenként
                eltérően sikerült.""",
                """A közös kutatási program akkor működik, ha a vállalatok a saját pénzüket is kockáztatják; az
                egyetemi adminisztráció lassúsága volt a leggyakoribb panasz.""",
                """Erős regionális egyetemmel és néhány innovatív nagyvállalattal rendelkező régiókba átvehető;
                a tanuló régiónak egyszerű szellemitulajdon-szabályokra és a klaszterek közvetítő szerepére van
                szüksége a kkv-k bevonásához.""",
            ),
        },
    },
    {
        "slug": "hu-szeged-geotermikus-tavho",
        "kind": "good_practice",
        "original_language": "hu",
        "areas": ["WG2"],
        "countries": ["HU"],
        "regions": ["HU33"],
        "timeframe": "current",
        "start_year": 2015,
        "end_year": None,
        "instrument": "infrastructure",
        "funding_source": "KEHOP (Környezeti és Energiahatékonysági Operatív Program) és önkormányzati, vállalati források",
        "budget": None,
        "target_groups": ["önkormányzatok", "távhőszolgáltatók", "energetikai vállalatok"],
        "contact": contact("tisza-maros-innovation-centre", "katalin.szabo@tisza-maros-innovation-centre.example"),
        "sources": [
            src("Geotermikus távhőrendszer Szegeden", "https://www.szegedihoszolgaltato.hu/", "Szegedi Távfűtő Kft.", 2022),
            src("Környezeti és Energiahatékonysági Operatív Program", "https://www.palyazat.gov.hu/", "Miniszterelnökség", 2020),
        ],
        "texts": {
            "hu": text(
                "Geotermikus távhő Szegeden: helyi megújuló energia a városi hőellátásban",
                """Szeged a 2010-es évek közepétől fokozatosan geotermikus energiára állítja át távhőrendszerét;
                a projekt a dél-alföldi termálvíz-készletekre és a helyi mérnöki, fúrási és kutatói tudásra
                épít.""",
                """
A Dél-Alföld alatt kiemelkedően kedvező **geotermikus adottságok** vannak: a mélyben nagy
mennyiségű forró termálvíz található. Szegeden a távhőszolgáltató és a város az évtized közepén
döntött úgy, hogy a földgáz helyett fokozatosan **geotermikus hőre** állítja át a távhőrendszer
nagy részét – ez Magyarország egyik legnagyobb geotermikus távhőprojektje.

A rendszer lényege:

- a hőkörzetekben **termelő és visszasajtoló kutak** párjai működnek: a felhozott termálvíz
  hőcserélőkön adja át hőjét a távhőhálózatnak, majd a lehűlt vizet visszasajtolják ugyanabba a
  rétegbe;
- a hőközpontokat és a hálózatot átalakították, hogy alacsonyabb hőmérsékleten is működjön;
- a beruházás a **KEHOP** uniós támogatásából, valamint a szolgáltató és a város forrásaiból
  valósult meg, több ütemben.

A projekt az energetikai előnyök mellett **helyi tudásbázist** is épít: a fúrási, vízkémiai és
hőtechnikai feladatokban regionális vállalkozások és a szegedi egyetem szakemberei vesznek részt.
Ez a tapasztalat más alföldi városok számára is minta, és a geotermikus energiára épülő
regionális értéklánc – fúrás, berendezésgyártás, üzemeltetés, kertészet – kialakulásának
alapja lehet.

A fő kihívás a visszasajtolás hosszú távú biztonsága és a rétegek hőmérlegének megőrzése.
""",
                """Az átállás nyomán a távhőrendszer földgázfelhasználása és szén-dioxid-kibocsátása jelentősen
                csökkent; a rendszer több tízezer lakás hőellátását szolgálja.""",
                """A helyi természeti adottság csak akkor válik versenyelőnnyé, ha köré tudás és vállalkozói
                kör épül; a visszasajtolás szakmai és engedélyezési kérdései időt igényelnek.""",
                """Geotermikus adottságú régiókba (Pannon-medence, Görögország, Szlovénia egyes részei)
                átvehető; szükséges hozzá a távhőhálózat, a geológiai adatok és a beruházás hosszú megtérülését
                vállaló finanszírozás.""",
            ),
        },
    },
    {
        "slug": "hu-klasztermenedzsment-kepzesi-modul",
        "kind": "training",
        "original_language": "hu",
        "areas": ["WG1", "WG4"],
        "countries": ["HU"],
        "regions": [],
        "timeframe": "current",
        "start_year": 2024,
        "end_year": None,
        "instrument": "training",
        "funding_source": None,
        "budget": None,
        "target_groups": ["klasztermenedzserek", "regionális fejlesztési ügynökségek munkatársai"],
        "contact": contact("vertes-mechatronics-cluster", "gabor.horvath@vertes-mechatronics-cluster.example"),
        "status": "draft",
        "sources": [
            src("Cluster Management Excellence Labels", "https://www.cluster-analysis.org/", "European Secretariat for Cluster Analysis (ESCA)", 2023),
            src("The Cluster Initiative Greenbook 2.0", "https://www.tci-network.org/", "Ivory Tower Publishers", 2013),
        ],
        "texts": {
            "hu": text(
                "Képzési modul: a klasztermenedzsment alapjai és a klaszterek önértékelése",
                """Egynapos képzési modul kezdő klasztermenedzsereknek a klasztermenedzsment szervezet
                működéséről, a tagoknak nyújtott szolgáltatásokról, a finanszírozás fenntarthatóságáról és az
                európai benchmarking szerinti önértékelésről.""",
                """
A modul a magyar akkreditációs tapasztalatokra, az európai klaszterminősítés (Bronze, Silver,
Gold címkék) szempontjaira és a *Cluster Initiative Greenbook* eredményeire épül. Célja, hogy a
résztvevők saját klaszterüket a bevált gyakorlatok tükrében értékeljék.

**1. blokk – A klasztermenedzsment szervezet.** Jogi forma, irányítás, a tagok részvétele a
döntésekben, a klasztermenedzser szerepe és kompetenciái; mit tanít a Greenbook a sikeres
kezdeményezések folyamatáról.

**2. blokk – Szolgáltatások a tagoknak.** Információ és közösségépítés, közös projektek
generálása, **innovációs** és **nemzetköziesítési** szolgáltatások, képzés; hogyan mérjük a
tagok elégedettségét.

**3. blokk – Finanszírozás.** Tagdíjrendszerek, szolgáltatási bevételek, pályázati források
aránya; hogyan csökkenthető a pályázatfüggőség; a magyar „pályázati klaszterek” tanulságai.

**4. blokk – Önértékelés.** Az európai benchmarking kérdéscsoportjai (struktúra, irányítás,
finanszírozás, szolgáltatások, kommunikáció, eredmények); a résztvevők kitöltik saját
klaszterükre, majd párban megvitatják az eredményt.

**Gyakorlat.** Minden résztvevő háromelemű fejlesztési tervet ír: egy új szolgáltatást, egy
finanszírozási lépést és egy mérőszámot, amellyel a következő évben az előrelépést méri.

A modul tervezet: a próbaképzés után a partnerség visszajelzései alapján véglegesítjük.
""",
                """A résztvevők kitöltött önértékeléssel és egyéves fejlesztési tervvel távoznak.""",
                """A klasztermenedzserek a társaiktól tanulnak a legtöbbet; a páros megbeszélés többet ér, mint az
                előadás. A finanszírozási blokk a legkeresettebb.""",
                """Bármely partnerországban megtartható a helyi példák cseréjével; a tanuló régióban érdemes a
                regionális klaszterprogram felelőseit is meghívni.""",
            ),
        },
    },
]
