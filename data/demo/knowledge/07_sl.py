"""Demo knowledge items written originally in Slovenian."""

from _common import budget, contact, src, text

ITEMS = [
    {
        "slug": "si-program-grozdov-2000-2003",
        "kind": "programme",
        "original_language": "sl",
        "areas": ["WG1", "WG3"],
        "countries": ["SI"],
        "regions": [],
        "timeframe": "past",
        "start_year": 2000,
        "end_year": 2004,
        "instrument": "grants",
        "funding_source": "Državni proračun – Ministrstvo za gospodarstvo",
        "budget": None,
        "target_groups": ["grozdi", "podjetja", "raziskovalne organizacije"],
        "contact": contact("si-smart-specialisation-agency", "petra.novak@si-smart-specialisation-agency.example"),
        "sources": [
            src("Competitive Regional Clusters: National Policy Approaches – Slovenia", "https://www.oecd.org/", "OECD Publishing", 2007),
            src("Grozdi v Sloveniji", "https://www.gov.si/", "Ministrstvo za gospodarstvo, turizem in šport", 2010),
        ],
        "texts": {
            "sl": text(
                "Slovenski program grozdov 2000–2003: pilotni grozdi in sofinanciranje grozdnih iniciativ",
                """Ministrstvo za gospodarstvo je leta 2000 začelo enega prvih programov grozdov v srednji in
                jugovzhodni Evropi: po treh pilotnih grozdih so sledili javni razpisi, ki so sofinancirali
                nastanek in delovanje več deset grozdnih iniciativ.""",
                """
Po letu 1999 je Slovenija med prvimi tranzicijskimi državami oblikovala **politiko grozdov**
(clusterjev). Ministrstvo za gospodarstvo je najprej izvedlo študijo in podprlo **tri pilotne
grozde**: avtomobilski grozd, grozd orodjarjev in grozd transportne logistike. Na njihovih
izkušnjah je nato zgradilo **program sofinanciranja grozdov**, ki je potekal v obdobju 2000–2003
prek javnih razpisov.

Program je imel tri faze, ki so sledile razvoju grozda:

- **prepoznavanje in povezovanje** – študije izvedljivosti in prve skupne aktivnosti podjetij;
- **vzpostavitev grozda** – sofinanciranje upravljavske organizacije, strategije in skupnih
  projektov;
- **razvoj in rast** – skupni razvojni, izobraževalni in trženjski projekti članov.

Poleg nepovratnih sredstev je ministrstvo organiziralo izobraževanje **menedžerjev grozdov**,
srečanja grozdov in prenos tujih dobrih praks, predvsem iz Avstrije (Štajerska), Italije in
skandinavskih držav.

Program je spodbudil nastanek več deset grozdnih iniciativ v različnih panogah – od lesarstva in
plastike do elektronike, ekologije in turizma. Po letu 2004 je bilo neposredno sofinanciranje
grozdov opuščeno, nekateri grozdi pa so se preoblikovali v tehnološke platforme in kasneje v
partnerstva pametne specializacije.
""",
                """Program je podprl več deset grozdov; najmočnejši med njimi (avtomobilski, orodjarski, lesarski)
                delujejo še danes in so postali temelj kasnejših razvojnih partnerstev.""",
                """Pilotni grozdi so omogočili učenje, preden je bil razpisan program za vse; prekinitev podpore po
                letu 2004 pa je marsikateri grozd ustavila, preden je postal samostojen.""",
                """Pristop »pilotni grozdi, nato razpis« je primeren za države, ki šele začenjajo s politiko
                grozdov; učeča se regija naj vnaprej načrtuje podporo za vsaj pet let.""",
            ),
        },
    },
    {
        "slug": "si-strateska-razvojno-inovacijska-partnerstva",
        "kind": "programme",
        "original_language": "sl",
        "areas": ["WG5", "WG1", "WG2"],
        "countries": ["SI"],
        "regions": ["SI03", "SI04"],
        "timeframe": "current",
        "start_year": 2017,
        "end_year": None,
        "instrument": "grants",
        "funding_source": "ESRR – Operativni program za izvajanje evropske kohezijske politike 2014-2020 in Program evropske kohezijske politike 2021-2027",
        "budget": None,
        "target_groups": ["podjetja", "raziskovalne organizacije", "grozdi"],
        "contact": contact("si-smart-specialisation-agency", "gregor.zupan@si-smart-specialisation-agency.example"),
        "sources": [
            src("Slovenska strategija pametne specializacije (S4)", "https://www.gov.si/", "Služba Vlade RS za razvoj in evropsko kohezijsko politiko", 2015),
            src("Strateška razvojno-inovacijska partnerstva (SRIP)", "https://www.spiritslovenia.si/", "Javna agencija SPIRIT Slovenija", 2022),
        ],
        "texts": {
            "sl": text(
                "Strateška razvojno-inovacijska partnerstva (SRIP): izvajanje slovenske strategije pametne specializacije",
                """Slovenija izvaja strategijo pametne specializacije S4 prek devetih strateških
                razvojno-inovacijskih partnerstev, ki povezujejo podjetja, raziskovalne organizacije in grozde
                na prednostnih področjih in skupaj načrtujejo razvojne projekte.""",
                """
**Slovenska strategija pametne specializacije (S4)**, sprejeta leta 2015, je določila prednostna
področja, na katera Slovenija usmerja vlaganja v raziskave in inovacije. Za njeno izvajanje je
država leta 2017 podprla nastanek **devetih strateških razvojno-inovacijskih partnerstev (SRIP)**:

- pametna mesta in skupnosti;
- pametne stavbe in dom z lesno verigo;
- mreže za prehod v **krožno gospodarstvo**;
- trajnostna pridelava hrane;
- trajnostni turizem;
- tovarne prihodnosti;
- zdravje – medicina;
- mobilnost;
- materiali kot končni produkti.

Vsak SRIP ima upravljavsko organizacijo – pogosto obstoječi grozd, kot je avtomobilski grozd pri
mobilnosti – in pripravi **akcijski načrt** z vertikalnimi verigami vrednosti in horizontalnimi
storitvami: internacionalizacija, razvoj kadrov, skupni nastop na trgih in povezovanje z
evropskimi partnerstvi. Delovanje upravljavcev je sofinancirano iz evropskih sredstev, vsebinski
razvojni projekti članov pa se financirajo prek ločenih razpisov, ki upoštevajo akcijske načrte.

SRIP-i so postali stalni sogovornik države pri posodabljanju strategije, ki se je v obdobju
2021–2027 preimenovala v strategijo trajnostne pametne specializacije, z večjim poudarkom na
zelenem in digitalnem prehodu.
""",
                """Devet partnerstev povezuje več sto podjetij in raziskovalnih organizacij; akcijski načrti so
                bili podlaga za razpise raziskovalno-razvojnih projektov.""",
                """Partnerstva delujejo, kadar imajo člani od njih konkretne koristi (projekti, razpisi, trgi); kjer
                je upravljavec predvsem administrativni posrednik, je zanimanje podjetij upadlo.""",
                """Model je prenosljiv v države z razvitimi grozdi; učeča se regija potrebuje jasno povezavo med
                akcijskimi načrti partnerstev in razpisi, sicer ostanejo načrti na papirju.""",
            ),
            "en": text(
                "Strategic research and innovation partnerships (SRIPs): implementing Slovenia's smart specialisation strategy",
                """Slovenia implements its smart specialisation strategy S4 through nine strategic research and
                innovation partnerships that connect companies, research organisations and clusters in the
                priority areas and plan development projects together.""",
                """
The **Slovenian Smart Specialisation Strategy (S4)**, adopted in 2015, set the priority areas in which
Slovenia invests in research and innovation. To implement it, the state supported in 2017 the
creation of **nine strategic research and innovation partnerships (SRIPs)**:

- smart cities and communities;
- smart buildings and homes, with the wood chain;
- networks for the transition to a **circular economy**;
- sustainable food production;
- sustainable tourism;
- factories of the future;
- health and medicine;
- mobility;
- materials as end products.

Each SRIP has a managing organisation – often an existing cluster, such as the automotive cluster
for mobility – and prepares an **action plan** with vertical value chains and horizontal services:
internationalisation, human resources development, joint market presence and links with European
partnerships. The managing organisations are co-financed from EU funds, while the members'
development projects are financed through separate calls that take the action plans into account.

The SRIPs have become a standing partner of the state in updating the strategy, renamed for
2021-2027 the strategy of sustainable smart specialisation, with more emphasis on the green and
digital transition.
""",
                """The nine partnerships bring together several hundred companies and research organisations; the
                action plans formed the basis for calls for R&D projects.""",
                """Partnerships work when members gain something concrete (projects, calls, markets); where the
                managing organisation is mostly an administrative intermediary, companies lost interest.""",
                """The model transfers to countries with developed clusters; a learning region needs a clear link
                between the partnerships' action plans and funding calls, or the plans stay on paper.""",
                translation="human",
            ),
        },
    },
    {
        "slug": "si-grozd-avtomobilske-industrije-acs",
        "kind": "good_practice",
        "original_language": "sl",
        "areas": ["WG3", "WG1"],
        "countries": ["SI"],
        "regions": ["SI04"],
        "timeframe": "current",
        "start_year": 2001,
        "end_year": None,
        "instrument": "networking",
        "funding_source": "Članarine, storitve, evropski projekti; sofinanciranje kot upravljavec SRIP Mobilnost",
        "budget": None,
        "target_groups": ["dobavitelji avtomobilske industrije", "raziskovalne organizacije"],
        "contact": contact("si-smart-specialisation-agency", "gregor.zupan@si-smart-specialisation-agency.example"),
        "sources": [
            src("GIZ ACS – Slovenski avtomobilski grozd", "https://www.acs-giz.si/", "GIZ ACS", 2023),
            src("SRIP ACS+ Mobilnost", "https://www.acs-giz.si/", "GIZ ACS", 2022),
        ],
        "texts": {
            "sl": text(
                "Slovenski avtomobilski grozd (GIZ ACS): od pilotnega grozda do upravljavca partnerstva za mobilnost",
                """Avtomobilski grozd, nastal kot eden od pilotnih grozdov ob začetku slovenske politike grozdov,
                povezuje dobavitelje avtomobilske industrije, jih podpira pri vstopu v globalne verige in danes
                upravlja strateško partnerstvo za mobilnost.""",
                """
Slovenska **avtomobilska dobaviteljska industrija** je ena najbolj izvozno usmerjenih panog v
državi: podjetja dobavljajo komponente, sisteme in orodja evropskim proizvajalcem vozil. **GIZ
ACS – Slovenski avtomobilski grozd** je nastal iz enega od treh pilotnih grozdov programa
Ministrstva za gospodarstvo in je bil ustanovljen kot gospodarsko interesno združenje.

Grozd se je razvijal v treh smereh:

- **internacionalizacija**: skupni nastopi na sejmih in srečanjih z nabavniki proizvajalcev
  vozil, predstavitve slovenske dobaviteljske mreže v tujini, povezovanje z avtomobilskimi
  grozdi iz Avstrije, Nemčije, Italije in Madžarske;
- **razvoj in inovacije**: skupni projekti z raziskovalnimi organizacijami, predvsem na
  področju lahkih materialov, elektrifikacije in avtomatizacije;
- **kadri**: programi usposabljanja in sodelovanje s šolami in fakultetami.

Ko je Slovenija leta 2017 vzpostavila strateška razvojno-inovacijska partnerstva, je ACS postal
upravljavec **SRIP ACS+ (Mobilnost)**, ki v eno partnerstvo povezuje avtomobilsko industrijo,
železniški in letalski sektor ter razvijalce pametne mobilnosti. Prehod na **električna vozila** in
digitalizacijo proizvodnje je danes osrednji izziv članov, zato je grozd velik del dejavnosti
usmeril v prestrukturiranje dobaviteljev.
""",
                """Grozd združuje velik del slovenske avtomobilske dobaviteljske industrije in je postal osrednji
                sogovornik države pri razvoju mobilnosti.""",
                """Dolgoživost grozda izhaja iz storitev, ki jih člani potrebujejo (dostop do kupcev, skupni
                projekti), in iz tega, da se je znal preobraziti ob spremembah politike in trga.""",
                """Prenosljivo v regije z dobavitelji avtomobilske industrije (Slovaška, Madžarska, Romunija,
                Srbija); potreben je stalni menedžment in neposredni stik z nabavo velikih proizvajalcev.""",
            ),
        },
    },
    {
        "slug": "si-vavcerji-za-msp-sps",
        "kind": "instrument",
        "original_language": "sl",
        "areas": ["WG1", "WG4"],
        "countries": ["SI"],
        "regions": [],
        "timeframe": "current",
        "start_year": 2019,
        "end_year": None,
        "instrument": "vouchers",
        "funding_source": "ESRR in državni proračun – Slovenski podjetniški sklad",
        "budget": None,
        "target_groups": ["mikro, mala in srednja podjetja"],
        "contact": contact("pohorje-wood-cluster", "maja.kovacic@pohorje-wood-cluster.example"),
        "sources": [
            src("Vavčerji za MSP", "https://www.podjetniskisklad.si/", "Slovenski podjetniški sklad", 2023),
        ],
        "texts": {
            "sl": text(
                "Vavčerski sistem Slovenskega podjetniškega sklada: hitra podpora za digitalizacijo, zaščito intelektualne lastnine in certifikate",
                """Slovenski podjetniški sklad od leta 2019 ponuja malim in srednjim podjetjem vavčerje – manjše
                nepovratne spodbude z enostavnim postopkom – za digitalni marketing, digitalizacijo, zaščito
                intelektualne lastnine, certifikate in druge storitve.""",
                """
Klasični razpisi za nepovratna sredstva so za mikro in mala podjetja pogosto preveč zahtevni: dolga
priprava, dolgo čakanje na odločitev in zapleteno poročanje. **Slovenski podjetniški sklad** je
zato leta 2019 uvedel **vavčerski sistem**: nabor manjših spodbud, za katere podjetje zaprosi z
enostavno vlogo, odločitev pa prejme hitro.

Vavčerji so namenjeni posameznim, jasno opredeljenim storitvam, na primer:

- **digitalni marketing** in **digitalizacija** poslovanja;
- zaščita **intelektualne lastnine** (patenti, modeli, znamke);
- pridobitev **certifikatov** kakovosti in standardov;
- svetovanje za prenos lastništva, krožno gospodarstvo ali kibernetsko varnost;
- udeležba na sejmih in drugih oblikah internacionalizacije.

Vavčer krije določen delež upravičenih stroškov zunanjega izvajalca do zgornje meje. Podjetje
storitev naroči, plača in nato uveljavlja povračilo. Vloge so odprte več let zapored, tako da
podjetje zaprosi takrat, ko storitev potrebuje.

Grozdi in regionalne razvojne agencije pogosto pomagajo članom izbrati pravi vavčer in ponudnika,
saj je ponudba zelo raznolika. Sistem se je izkazal kot učinkovit način, kako doseči najmanjša
podjetja, ki se nikoli ne bi prijavila na zahteven razpis.
""",
                """Sklad je odobril več tisoč vavčerjev, največ za digitalni marketing in digitalizacijo; velik
                delež prejemnikov so bila mikro podjetja, ki prej niso prejela javnih sredstev.""",
                """Enostavnost in stalna odprtost sta ključni prednosti; nevarnost je razpršenost na majhne
                projekte brez strateškega učinka, če vavčerji niso povezani s širšim razvojem podjetja.""",
                """Zelo prenosljivo; učeča se regija potrebuje digitalni sistem za vloge in seznam kakovostnih
                izvajalcev, grozdi pa lahko pomagajo pri svetovanju podjetjem.""",
            ),
        },
    },
    {
        "slug": "si-akcijski-nacrt-les-je-lepo",
        "kind": "programme",
        "original_language": "sl",
        "areas": ["WG2", "WG5"],
        "countries": ["SI"],
        "regions": ["SI03", "SI04"],
        "timeframe": "past",
        "start_year": 2012,
        "end_year": 2020,
        "instrument": "other",
        "funding_source": "Državni proračun in ESRR; sredstva različnih ministrstev",
        "budget": None,
        "target_groups": ["lesnopredelovalna podjetja", "lastniki gozdov", "javni naročniki"],
        "contact": contact("pohorje-wood-cluster", "maja.kovacic@pohorje-wood-cluster.example"),
        "sources": [
            src("Akcijski načrt za povečanje konkurenčnosti gozdno-lesne verige v Sloveniji do leta 2020 »Les je lepo«", "https://www.gov.si/", "Vlada Republike Slovenije", 2012),
        ],
        "texts": {
            "sl": text(
                "Akcijski načrt »Les je lepo«: povečanje konkurenčnosti gozdno-lesne verige do leta 2020",
                """Vlada je leta 2012 sprejela akcijski načrt za gozdno-lesno verigo, ki je želel doma predelati
                več lesa iz slovenskih gozdov, spodbuditi gradnjo z lesom in razviti lesarski grozd kot temelj
                zelenega gospodarstva.""",
                """
Slovenija je ena najbolj gozdnatih držav v Evropi, vendar je velik del posekanega lesa izvozila
kot hlodovino, domača lesnopredelovalna industrija pa je po letu 2008 doživela hudo krizo. Vlada je
zato leta 2012 sprejela **akcijski načrt »Les je lepo«** za povečanje konkurenčnosti
**gozdno-lesne verige** do leta 2020.

Načrt je povezal ukrepe več ministrstev:

- spodbujanje **predelave lesa doma** in naložb v žagarstvo ter proizvodnjo izdelkov višje
  dodane vrednosti;
- **gradnja z lesom**: spodbujanje rabe lesa v javnih stavbah in prek **zelenega javnega
  naročanja**, ki daje prednost lesenim gradnjam in pohištvu;
- povezovanje lastnikov gozdov in boljša organizacija trga z lesom;
- razvoj in inovacije v lesarstvu, usposabljanje kadrov in promocija lesa kot
  **obnovljivega materiala**, ki veže ogljik;
- spodbujanje lesarskih grozdov in sodelovanja podjetij v verigi.

Ideja lesne verige se je kasneje nadaljevala v strategiji pametne specializacije, kjer je SRIP
»Pametne stavbe in dom z lesno verigo« povezal lesarstvo z gradbeništvom in energetsko
učinkovitimi stavbami. Izvajanje akcijskega načrta je bilo neenakomerno, a je lesno verigo trajno
postavilo na seznam razvojnih prioritet države.
""",
                """Raba lesa v javnih gradnjah se je povečala, nastali so novi leseni vrtci, šole in javne stavbe;
                delež doma predelanega lesa se je izboljšal počasneje, kot je bilo načrtovano.""",
                """Medresorski akcijski načrt potrebuje enega nosilca in proračun; zeleno javno naročanje se je
                izkazalo za najbolj otipljiv vzvod.""",
                """Prenosljivo v gozdnate regije JV Evrope (Hrvaška, Romunija, Bosna in Hercegovina, Srbija);
                pomembna je povezava z gradbeniki in javnimi naročniki.""",
            ),
        },
    },
]
