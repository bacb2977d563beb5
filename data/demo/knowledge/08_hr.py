"""Demo knowledge items written originally in Croatian."""

from _common import budget, contact, src, text

ITEMS = [
    {
        "slug": "hr-klasteri-konkurentnosti-2012-2016",
        "kind": "programme",
        "original_language": "hr",
        "areas": ["WG5", "WG3"],
        "countries": ["HR"],
        "regions": [],
        "timeframe": "past",
        "start_year": 2012,
        "end_year": 2016,
        "instrument": "networking",
        "funding_source": "Državni proračun – Ministarstvo gospodarstva; tehnička pomoć EU",
        "budget": None,
        "target_groups": ["industrijski sektori", "poduzeća", "znanstvene institucije"],
        "contact": contact("sava-cluster-alliance", "luka.peric@sava-cluster-alliance.example"),
        "sources": [
            src("Strategija razvoja klastera u Republici Hrvatskoj 2011.-2020.", "https://narodne-novine.nn.hr/", "Vlada Republike Hrvatske – Narodne novine", 2011),
            src("Klasteri konkurentnosti", "https://mingo.gov.hr/", "Ministarstvo gospodarstva i održivog razvoja", 2016),
        ],
        "texts": {
            "hr": text(
                "Hrvatski klasteri konkurentnosti (2012.–2016.): sektorska partnerstva za industrijsku politiku",
                """Od 2012. Ministarstvo gospodarstva potaknulo je osnivanje više od deset nacionalnih klastera
                konkurentnosti – partnerstava poduzeća, znanstvenih institucija i države u ključnim industrijskim
                sektorima – koji su trebali oblikovati prioritete industrijske i pametne specijalizacije.""",
                """
Na temelju **Strategije razvoja klastera u Republici Hrvatskoj 2011.–2020.**, Ministarstvo
gospodarstva je 2012. i 2013. potaknulo osnivanje **klastera konkurentnosti**. Za razliku od
regionalnih i lokalnih klastera koji su u Hrvatskoj nastajali od 2000-ih, klasteri konkurentnosti
bili su zamišljeni kao **nacionalna sektorska partnerstva** po modelu trostruke uzvojnice, za
sektore poput prehrambene industrije, drvno-prerađivačke industrije, automobilske industrije, ICT-a,
kreativnih i kulturnih industrija, elektro i strojarske industrije, zdravstvene industrije, pomorske
i obrambene industrije te kemijske industrije i plastike.

Klasteri konkurentnosti imali su nekoliko zadaća:

- okupiti vodeća poduzeća, mala i srednja poduzeća, sveučilišta i institute sektora;
- pripremiti **sektorske strategije** i prijedloge mjera za Industrijsku strategiju 2014.–2020.;
- predstavljati sektor u **tematskim inovacijskim vijećima** Strategije pametne specijalizacije;
- pripremati projekte za europske fondove nakon ulaska Hrvatske u EU 2013.

Klasteri su bili osnovani brzo, uz snažnu ulogu ministarstva, ali bez vlastitog stalnog financiranja
upravljanja. U prvim godinama aktivno su sudjelovali u izradi strateških dokumenata; kasnije je
aktivnost mnogih opala, a njihovu su ulogu djelomice preuzela tematska inovacijska vijeća.
""",
                """Klasteri su dali doprinos Industrijskoj strategiji i Strategiji pametne specijalizacije; većina
                nije razvila samostalno financiranje i stalne usluge za članove.""",
                """Klasteri osnovani odozgo mogu brzo okupiti sektor za savjetovanje, ali bez upravljačkog tima i
                koristi za članove ne postaju djelatne organizacije.""",
                """Model je koristan kao platforma za dijalog o industrijskoj politici; regija koja uči treba
                osigurati financiranje tajništva i jasnu vezu s instrumentima financiranja.""",
            ),
            "en": text(
                "Croatia's competitiveness clusters (2012-2016): sector partnerships for industrial policy",
                """From 2012 the Ministry of Economy prompted the creation of more than ten national
                competitiveness clusters – partnerships of companies, research institutions and the state in key
                industrial sectors – meant to shape the priorities of industrial policy and smart
                specialisation.""",
                """
Based on the **Cluster Development Strategy of the Republic of Croatia 2011-2020**, the Ministry of
Economy prompted in 2012 and 2013 the creation of **competitiveness clusters**. Unlike the regional
and local clusters formed in Croatia since the 2000s, the competitiveness clusters were designed as
**national sector partnerships** along the triple helix model, for sectors such as food processing,
wood processing, automotive, ICT, creative and cultural industries, electrical and mechanical
engineering, health industry, maritime and defence industries, and chemicals and plastics.

The competitiveness clusters had several tasks:

- gather the leading companies, SMEs, universities and institutes of the sector;
- prepare **sector strategies** and proposals for the Industrial Strategy 2014-2020;
- represent the sector in the **thematic innovation councils** of the Smart Specialisation
  Strategy;
- prepare projects for EU funds after Croatia joined the EU in 2013.

The clusters were set up quickly, with a strong role of the ministry but without permanent funding
for their management. In their first years they took an active part in drafting strategic
documents; later the activity of many declined, and their role was partly taken over by the
thematic innovation councils.
""",
                """The clusters contributed to the Industrial Strategy and the Smart Specialisation Strategy; most
                did not develop their own funding and permanent services for members.""",
                """Clusters set up from the top can quickly gather a sector for consultation, but without a
                management team and benefits for members they do not become working organisations.""",
                """Useful as a platform for dialogue on industrial policy; a learning region should fund a
                secretariat and link the clusters clearly to funding instruments.""",
                translation="human",
            ),
        },
    },
    {
        "slug": "hr-strategija-pametne-specijalizacije-2016-2020",
        "kind": "programme",
        "original_language": "hr",
        "areas": ["WG5", "WG2"],
        "countries": ["HR"],
        "regions": ["HR02", "HR03", "HR05", "HR06"],
        "timeframe": "past",
        "start_year": 2016,
        "end_year": 2020,
        "instrument": "other",
        "funding_source": "EFRR – Operativni program Konkurentnost i kohezija 2014.-2020.",
        "budget": None,
        "target_groups": ["poduzeća", "znanstvene organizacije", "ministarstva"],
        "contact": contact("velebit-rda", "ivana.babic@velebit-rda.example"),
        "sources": [
            src("Strategija pametne specijalizacije Republike Hrvatske za razdoblje od 2016. do 2020. godine", "https://narodne-novine.nn.hr/", "Vlada Republike Hrvatske – Narodne novine", 2016),
        ],
        "texts": {
            "hr": text(
                "Strategija pametne specijalizacije Republike Hrvatske 2016.–2020.: pet tematskih prioritetnih područja",
                """Hrvatska je 2016. usvojila Strategiju pametne specijalizacije s pet tematskih prioritetnih
                područja, među kojima energija i održivi okoliš te hrana i bioekonomija, a upravljanje je
                povjerila tematskim inovacijskim vijećima.""",
                """
**Strategija pametne specijalizacije Republike Hrvatske 2016.–2020.** (S3) bila je preduvjet za
ulaganja europskih fondova u istraživanje i inovacije. Definirala je **pet tematskih prioritetnih
područja**:

1. zdravlje i kvaliteta života;
2. **energija i održivi okoliš**;
3. promet i mobilnost;
4. sigurnost;
5. **hrana i bioekonomija**.

Uz njih su određene horizontalne teme – ključne razvojne tehnologije i digitalizacija – te
podtematska područja unutar svakog prioriteta, primjerice energetska učinkovitost, obnovljivi izvori
energije, gospodarenje otpadom i održiva proizvodnja hrane.

Upravljanje Strategijom povjereno je **tematskim inovacijskim vijećima** (TIV), u kojima su sjedili
predstavnici poduzeća, znanosti i države, a klasteri konkurentnosti imali su u njima važnu ulogu.
Vijeća su sudjelovala u oblikovanju natječaja Operativnog programa Konkurentnost i kohezija za
istraživanje, razvoj i inovacije, kao i za komercijalizaciju inovacija.

Ocjene provedbe upozorile su na spor početak natječaja, slabu koordinaciju između ministarstava i
nedostatak sustava praćenja. Nova strategija za razdoblje nakon 2021. nadovezala se na ta iskustva,
s većim naglaskom na zelenu i digitalnu tranziciju i na regionalne razlike.
""",
                """Natječaji za istraživanje i razvoj poduzeća i za komercijalizaciju inovacija bili su usmjereni
                na prioritetna područja; sustav praćenja razvio se tek u kasnijoj fazi.""",
                """Tematska vijeća dala su poduzećima glas, ali bez tajništva i mandata nad natječajima njihova je
                uloga ostala savjetodavna; praćenje treba pripremiti od početka.""",
                """Koristan primjer za države bez regionalne razine upravljanja; potrebno je osigurati da se
                strategija odrazi na kalendar i kriterije natječaja.""",
            ),
        },
    },
    {
        "slug": "hr-inovacijski-vauceri-za-msp",
        "kind": "instrument",
        "original_language": "hr",
        "areas": ["WG1"],
        "countries": ["HR"],
        "regions": [],
        "timeframe": "past",
        "start_year": 2018,
        "end_year": 2023,
        "instrument": "vouchers",
        "funding_source": "EFRR – Operativni program Konkurentnost i kohezija 2014.-2020.",
        "budget": None,
        "target_groups": ["mikro, mala i srednja poduzeća", "znanstvene organizacije"],
        "contact": contact("velebit-rda", "ivana.babic@velebit-rda.example"),
        "status": "review",
        "sources": [
            src("Inovacijski vaučeri za MSP-ove", "https://strukturnifondovi.hr/", "Ministarstvo gospodarstva, poduzetništva i obrta – Europski strukturni i investicijski fondovi", 2018),
        ],
        "texts": {
            "hr": text(
                "Inovacijski vaučeri za MSP-ove: prvi korak suradnje poduzeća i znanosti",
                """Iz Operativnog programa Konkurentnost i kohezija mala i srednja poduzeća mogla su dobiti
                inovacijske vaučere za usluge znanstvenih organizacija – testiranja, istraživanja, razvoj
                prototipa i savjetovanje – kroz otvoreni poziv s jednostavnim postupkom.""",
                """
Hrvatska mala i srednja poduzeća rijetko surađuju sa sveučilištima i institutima. Kako bi se
stvorio prvi kontakt, Ministarstvo gospodarstva, poduzetništva i obrta pokrenulo je 2018. poziv
**„Inovacijski vaučeri za MSP-ove“**, financiran iz Europskog fonda za regionalni razvoj.

Mehanizam slijedi europski model **inovacijskih vaučera**:

- poduzeće bira **znanstvenu organizaciju** (javni institut, fakultet ili drugu organizaciju
  za istraživanje i širenje znanja) i s njom dogovara uslugu;
- prihvatljive su usluge poput **testiranja i ispitivanja**, industrijskog istraživanja,
  razvoja prototipa, izrade studija izvedivosti i stručnog savjetovanja;
- poduzeće podnosi kratak zahtjev u otvorenom pozivu, a odluke se donose redoslijedom
  zaprimanja dok ima sredstava;
- vaučer pokriva najveći dio troška usluge, do utvrđenog iznosa.

Poziv je privukao mnogo prijava, posebno iz prerađivačke industrije, ICT-a i prehrambenog sektora.
Klasteri i razvojne agencije pomagali su poduzećima pri prepoznavanju potreba i izboru partnera, a
uredi za transfer tehnologije na sveučilištima organizirali su ponudu usluga.

Ova stavka je u pregledu: provjerava se točan raspored poziva i broj korisnika.
""",
                """Stotine poduzeća koristile su vaučere; mnogi su prvi put surađivali sa znanstvenom
                organizacijom, a dio je nastavio suradnju u većim projektima.""",
                """Otvoreni poziv s jednostavnim postupkom odgovara malim poduzećima; ključna je brza isplata
                i kvaliteta ponude znanstvenih organizacija.""",
                """Lako prenosivo; regija koja uči treba popis provjerenih pružatelja usluga i posrednike (klastere,
                urede za transfer tehnologije) koji pomažu poduzećima formulirati potrebu.""",
            ),
        },
    },
    {
        "slug": "hr-hamag-bicro-zajmovi-i-jamstva",
        "kind": "instrument",
        "original_language": "hr",
        "areas": ["WG4"],
        "countries": ["HR"],
        "regions": [],
        "timeframe": "current",
        "start_year": 2014,
        "end_year": None,
        "instrument": "loans_guarantees",
        "funding_source": "Europski strukturni i investicijski fondovi (financijski instrumenti) i državni proračun",
        "budget": None,
        "target_groups": ["mikro, mala i srednja poduzeća", "poduzetnici početnici", "obrtnici"],
        "contact": contact("sava-cluster-alliance", "luka.peric@sava-cluster-alliance.example"),
        "sources": [
            src("Financijski instrumenti – zajmovi i jamstva", "https://hamagbicro.hr/", "Hrvatska agencija za malo gospodarstvo, inovacije i investicije (HAMAG-BICRO)", 2023),
        ],
        "texts": {
            "hr": text(
                "HAMAG-BICRO: ESIF zajmovi i jamstva za mala i srednja poduzeća",
                """Hrvatska agencija za malo gospodarstvo, inovacije i investicije provodi financijske
                instrumente iz europskih fondova – mikrozajmove, male zajmove i jamstva – te inovacijske
                programe za poduzeća u ranim fazama.""",
                """
**HAMAG-BICRO** nastao je 2014. spajanjem agencije za malo gospodarstvo (HAMAG) i poslovno-inovacijske
agencije (BICRO). Danas je središnja državna agencija za financiranje malih i srednjih poduzeća i
inovacija u Hrvatskoj.

Agencija provodi nekoliko vrsta **financijskih instrumenata**:

- **ESIF mikrozajmovi i mali zajmovi** – izravni zajmovi agencije poduzećima s povoljnim
  kamatnim stopama i počekom, za ulaganja i obrtna sredstva;
- **jamstva** bankama i leasing društvima, kojima se smanjuje zahtjev za kolateralom, uključujući
  individualna i portfeljna jamstva;
- posebne linije za ruralni razvoj, turizam i poduzetnike početnike.

Uz to, agencija provodi **inovacijske programe** za rane faze – potpore za dokazivanje koncepta
(Proof of Concept) i komercijalizaciju inovacija – te program za tehnološke parkove i poduzetničke
potporne institucije.

Za klastere je važno što agencija financira i poduzeća koja banke smatraju previše rizičnima:
novoosnovana poduzeća, obrte i poduzeća bez dovoljnog kolaterala. Klasteri mogu organizirati
informativne dane i pomoći članovima pri pripremi zahtjeva. Tijekom krize uzrokovane pandemijom
agencija je znatno povećala obujam zajmova i jamstava kao mjeru za očuvanje likvidnosti.
""",
                """Agencija je odobrila tisuće zajmova i jamstava; tijekom pandemije njezini su instrumenti bili
                među glavnim mjerama za likvidnost malih poduzeća.""",
                """Izravni zajmovi javne agencije dosežu poduzeća koja banke odbijaju, ali zahtijevaju kapacitet za
                ocjenu rizika i naplatu; kombinacija s jamstvima za banke širi doseg.""",
                """Prenosivo u države s razvojnom agencijom ili bankom; regija koja uči treba kapacitet za procjenu
                rizika i jasnu podjelu uloga s komercijalnim bankama.""",
            ),
        },
    },
    {
        "slug": "hr-iskustvo-provedbe-strategije-razvoja-klastera",
        "kind": "experience",
        "original_language": "hr",
        "areas": ["WG4", "WG5"],
        "countries": ["HR"],
        "regions": [],
        "timeframe": "past",
        "start_year": 2011,
        "end_year": 2020,
        "instrument": "other",
        "funding_source": None,
        "budget": None,
        "target_groups": ["ministarstva", "klasteri", "razvojne agencije"],
        "contact": contact("sava-cluster-alliance", "luka.peric@sava-cluster-alliance.example"),
        "status": "draft",
        "sources": [
            src("Strategija razvoja klastera u Republici Hrvatskoj 2011.-2020.", "https://narodne-novine.nn.hr/", "Vlada Republike Hrvatske – Narodne novine", 2011),
            src("RIO Country Report 2017: Croatia", "https://publications.jrc.ec.europa.eu/", "European Commission, Joint Research Centre – Research and Innovation Observatory", 2018),
        ],
        "texts": {
            "hr": text(
                "Što smo naučili iz provedbe Strategije razvoja klastera 2011.–2020.",
                """Strategija razvoja klastera postavila je ambiciozne ciljeve, ali je provedba ovisila o
                promjenjivim proračunima i čestim reorganizacijama ministarstava; iskustvo pokazuje zašto
                politika klastera treba stabilnost i mjerljive ciljeve.""",
                """
**Strategija razvoja klastera u Republici Hrvatskoj 2011.–2020.** bila je prvi sveobuhvatni
dokument hrvatske klasterske politike. Predviđala je razvoj klastera na nacionalnoj, regionalnoj i
lokalnoj razini, jačanje upravljačkih kapaciteta, povezivanje sa znanošću i međunarodno umrežavanje,
a zatim osnivanje klastera konkurentnosti.

Tijekom desetogodišnje provedbe pokazalo se nekoliko **slabosti**:

- **nestabilno financiranje**: godišnji natječaji za potporu klasterima iz državnog proračuna
  mijenjali su se iz godine u godinu ili izostajali, pa klasteri nisu mogli planirati;
- **česte reorganizacije** ministarstava i promjene nadležnosti prekidale su kontinuitet;
- **preklapanje** regionalnih klastera i klastera konkurentnosti u istim sektorima, bez jasne
  podjele uloga;
- **nedostatak praćenja**: nije postojao registar aktivnih klastera ni pokazatelji rezultata, pa
  je teško procijeniti učinke;
- slaba veza s europskim fondovima nakon 2013., kada su klasteri rijetko bili prihvatljivi
  prijavitelji.

Ipak, dio klastera – posebno oni s jakim članovima i vlastitim uslugama, npr. u drvnoj
industriji, ICT-u i zdravstvenom turizmu – razvio se i postao aktivan u europskim projektima.

Zapis je nacrt: radna skupina dopunit će ga podacima iz evaluacija.
""",
                """Broj registriranih klastera rastao je, ali broj aktivnih s profesionalnim upravljanjem ostao je
                malen; strategija nije imala sustavnu evaluaciju.""",
                """Klasterska politika traži višegodišnju stabilnost, jednu odgovornu instituciju i registar s
                pokazateljima; bez toga se dobri klasteri ne mogu razlikovati od formalnih.""",
                """Pouka za sve zemlje koje pišu novu strategiju klastera: uz ciljeve odmah definirajte proračun,
                nositelja, registar i evaluaciju na polovini razdoblja.""",
            ),
        },
    },
]
