"""Demo knowledge items written originally in Slovak."""

from _common import budget, contact, src, text

ITEMS = [
    {
        "slug": "sk-podpora-klastrovych-organizacii",
        "kind": "programme",
        "original_language": "sk",
        "areas": ["WG1", "WG3"],
        "countries": ["SK"],
        "regions": [],
        "timeframe": "current",
        "start_year": 2013,
        "end_year": None,
        "instrument": "grants",
        "funding_source": "Štátny rozpočet – Ministerstvo hospodárstva Slovenskej republiky (dotácie na podporu klastrových organizácií)",
        "budget": None,
        "target_groups": ["klastrové organizácie", "malé a stredné podniky"],
        "contact": contact("danube-innovation-agency", "eva.tothova@danube-innovation-agency.example"),
        "sources": [
            src("Podpora klastrových organizácií", "https://www.economy.gov.sk/", "Ministerstvo hospodárstva Slovenskej republiky", 2023),
            src("Únia klastrov Slovenska", "https://www.uks.sk/", "Únia klastrov Slovenska", 2022),
        ],
        "texts": {
            "sk": text(
                "Podpora klastrových organizácií Ministerstvom hospodárstva SR",
                """Ministerstvo hospodárstva SR každoročne vyhlasuje výzvy na dotácie pre klastrové organizácie,
                ktoré spolufinancujú ich prevádzku, služby pre členov, rozvoj inovácií a medzinárodnú spoluprácu.""",
                """
Na Slovensku vznikali klastre od polovice 2000-tych rokov najmä z iniciatívy samosprávnych krajov,
univerzít a firiem – v automobilovom priemysle, IKT, strojárstve, chémii a plastoch, drevospracujúcom
priemysle či cestovnom ruchu. Štát ich dlho podporoval len nepriamo. Ministerstvo hospodárstva
preto zaviedlo **podporu klastrových organizácií** formou pravidelných výziev na dotácie zo
štátneho rozpočtu.

Dotácia môže pokryť časť nákladov na:

- **prevádzku klastrovej organizácie** a odborný personál – **manažéra klastra**;
- **služby pre členov**: vzdelávanie, poradenstvo, sprostredkovanie kontaktov, prípravu spoločných
  projektov;
- podporu **inovácií**, transferu technológií a spolupráce s vedou;
- **internacionalizáciu**: spoločné účasti na veľtrhoch, misie a spoluprácu s európskymi klastrami;
- propagáciu a komunikáciu.

Podporu poskytuje ministerstvo v režime pomoci de minimis, a preto sú objemy pre jednotlivé
klastre obmedzené. Pre mnohé klastrové organizácie však ide o dôležitý stabilný zdroj, ktorý
dopĺňa členské príspevky a európske projekty.

Klastrové organizácie sa združujú v **Únii klastrov Slovenska**, ktorá s ministerstvom rokuje o
podmienkach výziev a presadzuje začlenenie klastrov do stratégie inteligentnej špecializácie.
""",
                """Podporu každoročne dostáva niekoľko desiatok klastrových organizácií; viaceré z nich získali
                európske značky kvality manažmentu klastra.""",
                """Pravidelnosť je dôležitejšia ako výška dotácie: klastre môžu plánovať a udržať manažéra.
                Limity de minimis obmedzujú väčšie spoločné projekty.""",
                """Ľahko prenosné; učiaci sa región potrebuje jednoduché kritériá oprávnenosti, ročný kalendár
                výziev a ukazovatele výsledkov, nie len aktivít.""",
            ),
        },
    },
    {
        "slug": "sk-automobilovy-klaster-slovakia",
        "kind": "good_practice",
        "original_language": "sk",
        "areas": ["WG3", "WG6", "WG2"],
        "countries": ["SK"],
        "regions": ["SK02"],
        "timeframe": "current",
        "start_year": 2007,
        "end_year": None,
        "instrument": "networking",
        "funding_source": "Členské príspevky, dotácie MH SR pre klastrové organizácie, európske projekty",
        "budget": None,
        "target_groups": ["dodávatelia automobilového priemyslu", "univerzity", "stredné odborné školy"],
        "contact": contact("danube-innovation-agency", "tomas.kovacik@danube-innovation-agency.example"),
        "sources": [
            src("Automotive Cluster Slovakia", "https://www.autoklaster.sk/", "Automobilový klaster Slovakia", 2023),
        ],
        "texts": {
            "sk": text(
                "Automobilový klaster Slovakia: dodávateľská sieť v krajine s najvyššou produkciou áut na obyvateľa",
                """Klaster vznikol v roku 2007 v Trnave ako Automobilový klaster – západné Slovensko; spája
                dodávateľov, univerzity a školy a pomáha slovenským firmám zapojiť sa do dodávateľských reťazcov
                automobiliek a zvládnuť prechod na elektromobilitu.""",
                """
Slovensko vyrába najviac automobilov na obyvateľa na svete a automobilový priemysel tvorí veľkú
časť priemyselnej výroby a exportu krajiny. Domáce malé a stredné podniky však majú v
dodávateľských reťazcoch automobiliek len obmedzené postavenie. **Automobilový klaster – západné
Slovensko** vznikol v roku 2007 v Trnave – v sídle jednej z automobiliek – z iniciatívy
samosprávneho kraja, univerzity a firiem; neskôr rozšíril pôsobnosť na celé Slovensko.

Klaster sa zameriava na:

- **rozvoj dodávateľov**: stretnutia s nákupcami automobiliek a veľkých dodávateľov, databázu
  slovenských dodávateľov, prípravu na audity kvality;
- **ľudské zdroje**: spoluprácu so strednými odbornými školami v **duálnom vzdelávaní**, s
  univerzitami pri študijných programoch a kampane pre technické profesie;
- **inovácie**: spoločné projekty s univerzitami v oblasti materiálov, automatizácie a
  digitalizácie výroby;
- **transformáciu na elektromobilitu**: informovanie firiem o zmenách v dopyte, projekty v
  oblasti batérií, recyklácie a nízkouhlíkovej výroby;
- **medzinárodnú spoluprácu** s automobilovými klastrami v Česku, Maďarsku, Slovinsku a Nemecku.

Klaster je príkladom toho, ako môže klastrová organizácia v odvetví ovládanom nadnárodnými
firmami obhajovať záujmy domácich dodávateľov a pripravovať ich na štrukturálne zmeny.
""",
                """Klaster sa stal hlavným partnerom štátu a krajov v otázkach automobilového priemyslu a
                zúčastnil sa na viacerých európskych projektoch k priemyslu 4.0 a elektromobilite.""",
                """Závislosť regiónu od jedného odvetvia si vyžaduje včasnú prípravu dodávateľov na zmeny;
                klaster je vhodným miestom pre tento dialóg.""",
                """Prenosné do regiónov s automobilkami (Maďarsko, Rumunsko, Srbsko, Slovinsko); potrebné je
                zapojenie nákupcov automobiliek a odborných škôl.""",
            ),
            "en": text(
                "Automotive Cluster Slovakia: a supplier network in the country with the highest car output per inhabitant",
                """Founded in Trnava in 2007 as the Automotive Cluster – West Slovakia, the cluster connects
                suppliers, universities and schools and helps Slovak firms join the supply chains of car makers
                and cope with the shift to electric mobility.""",
                """
Slovakia makes more cars per inhabitant than any other country, and the automotive industry forms a
large share of its industrial output and exports. Slovak SMEs, however, hold only a limited place in
the car makers' supply chains. The **Automotive Cluster – West Slovakia** was founded in 2007 in
Trnava – home of one of the car plants – on the initiative of the self-governing region, the
university and companies; it later extended its reach to the whole country.

The cluster focuses on:

- **supplier development**: meetings with buyers of car makers and large suppliers, a database of
  Slovak suppliers, preparation for quality audits;
- **human resources**: cooperation with secondary vocational schools in **dual education**, with
  universities on study programmes, and campaigns for technical professions;
- **innovation**: joint projects with universities on materials, automation and digital
  production;
- **the transition to electric mobility**: informing firms about changes in demand, projects on
  batteries, recycling and low-carbon production;
- **international cooperation** with automotive clusters in Czechia, Hungary, Slovenia and Germany.

The cluster shows how a cluster organisation in a sector dominated by multinationals can defend the
interests of domestic suppliers and prepare them for structural change.
""",
                """The cluster became the main partner of the state and regions on automotive matters and took part
                in several European projects on Industry 4.0 and electric mobility.""",
                """A region depending on one sector must prepare its suppliers early for change; the cluster is the
                right place for that dialogue.""",
                """Transferable to regions with car plants (Hungary, Romania, Serbia, Slovenia); it requires the
                involvement of car makers' buyers and vocational schools.""",
                translation="human",
            ),
        },
    },
    {
        "slug": "sk-kosice-it-valley",
        "kind": "good_practice",
        "original_language": "sk",
        "areas": ["WG6", "WG1"],
        "countries": ["SK"],
        "regions": ["SK04"],
        "timeframe": "current",
        "start_year": 2007,
        "end_year": None,
        "instrument": "networking",
        "funding_source": "Členské príspevky, projekty ESF (národný projekt IT Akadémia), európske projekty",
        "budget": None,
        "target_groups": ["IT firmy", "univerzity", "základné a stredné školy"],
        "contact": contact("hornad-digital-cluster", "zuzana.hudakova@hornad-digital-cluster.example"),
        "sources": [
            src("Košice IT Valley", "https://www.itvalley.sk/", "Košice IT Valley", 2023),
            src("Národný projekt IT Akadémia – vzdelávanie pre 21. storočie", "https://itakademia.sk/", "Univerzita Pavla Jozefa Šafárika v Košiciach", 2020),
        ],
        "texts": {
            "sk": text(
                "Košice IT Valley: klaster, ktorý rieši nedostatok IT odborníkov od základnej školy po univerzitu",
                """Klaster Košice IT Valley, založený v roku 2007, spája IT firmy, univerzity a samosprávu na
                východe Slovenska a stal sa známym najmä vďaka rozsiahlym programom na zlepšenie vzdelávania v
                informatike a technických odboroch.""",
                """
Košice sa po roku 2000 stali jedným z hlavných IT centier strednej Európy: veľké servisné a
vývojové centrá nadnárodných firiem aj domáce softvérové spoločnosti tu našli absolventov
Technickej univerzity a Univerzity Pavla Jozefa Šafárika. Rýchly rast však narážal na **nedostatok
IT odborníkov**. V roku 2007 preto firmy, univerzity, mesto a kraj založili klaster **Košice IT
Valley**.

Klaster pracuje ako **triple helix** a jeho hlavnou témou je **vzdelávanie**:

- spolupráca s univerzitami na **študijných programoch**, praxi študentov a záverečných prácach
  zadaných firmami;
- programy pre **stredné a základné školy**: krúžky, súťaže, vzdelávanie učiteľov informatiky;
- národný projekt **IT Akadémia – vzdelávanie pre 21. storočie**, na ktorom sa klaster podieľal
  a ktorý inovoval vyučovanie informatiky, matematiky a prírodných vied na stovkách škôl;
- **rekvalifikácie** a propagácia IT profesií;
- podpora startupov a spolupráca s ďalšími regionálnymi aktérmi inovácií.

Klaster ukázal, že aj región, ktorý patrí k menej rozvinutým v krajine, môže vybudovať IT odvetvie
s tisíckami pracovných miest, ak firmy, univerzity a samospráva dlhodobo spolupracujú na
ľudských zdrojoch.
""",
                """IT sektor v Košiciach zamestnáva tisíce ľudí; programy klastra a projekt IT Akadémia zasiahli
                tisíce žiakov, študentov a učiteľov.""",
                """Investícia do vzdelávania prináša výsledky po rokoch, preto potrebuje trpezlivých partnerov;
                spoločný problém – nedostatok ľudí – spojil inak konkurujúce firmy.""",
                """Prenosné do univerzitných miest v menej rozvinutých regiónoch; učiaci sa región potrebuje
                záväzok firiem a ochotu škôl meniť výučbu.""",
            ),
        },
    },
    {
        "slug": "sk-zakon-o-odbornom-vzdelavani-dualne-vzdelavanie",
        "kind": "instrument",
        "original_language": "sk",
        "areas": ["WG6"],
        "countries": ["SK"],
        "regions": [],
        "timeframe": "current",
        "start_year": 2015,
        "end_year": None,
        "instrument": "regulation",
        "funding_source": "Štátny rozpočet (normatívne financovanie škôl) a zamestnávatelia; daňové zvýhodnenie nákladov zamestnávateľov",
        "budget": None,
        "target_groups": ["zamestnávatelia", "stredné odborné školy", "žiaci"],
        "contact": contact("hornad-digital-cluster", "zuzana.hudakova@hornad-digital-cluster.example"),
        "sources": [
            src("Zákon č. 61/2015 Z. z. o odbornom vzdelávaní a príprave", "https://www.slov-lex.sk/", "Ministerstvo spravodlivosti SR – Slov-Lex", 2015),
            src("Duálne vzdelávanie", "https://www.dualnysystem.sk/", "Štátny inštitút odborného vzdelávania", 2022),
        ],
        "texts": {
            "sk": text(
                "Zákon o odbornom vzdelávaní a príprave (2015): systém duálneho vzdelávania na Slovensku",
                """Zákon č. 61/2015 Z. z. zaviedol od školského roka 2015/2016 systém duálneho vzdelávania, v
                ktorom žiak uzatvára so zamestnávateľom učebnú zmluvu a praktické vyučovanie absolvuje priamo vo
                firme.""",
                """
Po roku 1990 sa na Slovensku rozpadol systém učňovského školstva viazaný na veľké podniky a odborné
vzdelávanie sa presunulo takmer úplne do škôl. Firmy, najmä v automobilovom priemysle a strojárstve,
sa sťažovali na nedostatok kvalifikovaných absolventov. **Zákon č. 61/2015 Z. z. o odbornom
vzdelávaní a príprave** preto zaviedol **systém duálneho vzdelávania** podľa nemeckého a
rakúskeho vzoru.

Hlavné prvky systému:

- zamestnávateľ musí získať **osvedčenie** o spôsobilosti poskytovať praktické vyučovanie, ktoré
  vydáva príslušná stavovská alebo profesijná organizácia;
- žiak uzatvára so zamestnávateľom **učebnú zmluvu**; praktické vyučovanie prebieha na
  pracovisku zamestnávateľa pod vedením inštruktora a majstra;
- zamestnávateľ môže žiakovi vyplácať **podnikové štipendium** a odmenu za produktívnu prácu;
- náklady zamestnávateľa na duálne vzdelávanie možno uplatniť ako **daňovo zvýhodnené výdavky**;
- stavovské organizácie sa podieľajú na tvorbe vzdelávacích programov a na záverečných skúškach.

Do systému sa zapojili najmä veľké firmy, často prostredníctvom klastrov a priemyselných zväzov,
ktoré im pomohli nájsť partnerské školy. Pre malé a stredné podniky zostáva administratívna záťaž
prekážkou, preto sa objavili modely, v ktorých viac firiem spoločne poskytuje praktické vyučovanie.
""",
                """Počet žiakov v duálnom vzdelávaní postupne rástol na niekoľko tisíc ročne, najviac v
                strojárskych, elektrotechnických a automobilových odboroch.""",
                """Zákon vytvoril rámec, no záujem závisí od aktívnych zamestnávateľov a stavovských organizácií;
                malé firmy potrebujú spoločné riešenia cez klastre.""",
                """Prenosné do krajín, ktoré obnovujú prax v podnikoch; kľúčové sú certifikácia zamestnávateľov,
                učebná zmluva a finančné stimuly pre firmy.""",
            ),
        },
    },
    {
        "slug": "sk-slovak-investment-holding-financne-nastroje",
        "kind": "instrument",
        "original_language": "sk",
        "areas": ["WG4"],
        "countries": ["SK"],
        "regions": [],
        "timeframe": "past",
        "start_year": 2014,
        "end_year": 2023,
        "instrument": "equity",
        "funding_source": "Európske štrukturálne a investičné fondy 2014-2020 (OP Výskum a inovácie a ďalšie) prostredníctvom Slovenskej záručnej a rozvojovej banky",
        "budget": None,
        "target_groups": ["malé a stredné podniky", "startupy", "správcovia fondov"],
        "contact": contact("danube-innovation-agency", "tomas.kovacik@danube-innovation-agency.example"),
        "sources": [
            src("Slovak Investment Holding", "https://www.szrb.sk/", "Slovenská záručná a rozvojová banka", 2020),
        ],
        "texts": {
            "sk": text(
                "Slovak Investment Holding: finančné nástroje a rizikový kapitál z eurofondov",
                """Slovak Investment Holding, dcérska spoločnosť Slovenskej záručnej a rozvojovej banky, spravoval
                v programovom období 2014–2020 finančné nástroje z eurofondov – kapitálové investície, úvery a
                záruky – pre podniky a projekty infraštruktúry.""",
                """
V období 2014–2020 sa Slovensko rozhodlo využiť časť eurofondov nie na nenávratné príspevky, ale
na **finančné nástroje**, ktoré sa po splatení môžu opakovane použiť. Na ich správu vznikol
**Slovak Investment Holding** (SIH) ako dcérska spoločnosť Slovenskej záručnej a rozvojovej banky.

SIH fungoval ako **fond fondov**: prostriedky operačných programov investoval prostredníctvom
finančných sprostredkovateľov a vlastných podfondov do:

- **rizikového a rastového kapitálu** pre startupy a inovatívne malé a stredné podniky, často v
  spolupráci so súkromnými investormi;
- **úverov a záruk** pre podniky prostredníctvom komerčných bánk;
- projektov v oblasti **energetickej efektívnosti**, dopravy a infraštruktúry.

Kapitálové investície boli dôležitým doplnkom na slovenskom trhu rizikového kapitálu, ktorý bol
dovtedy veľmi malý. Investovalo sa najmä do technologických firiem v Bratislave a v Košiciach, ale
aj do priemyselných podnikov v regiónoch.

Skúsenosti ukázali aj slabiny: pomalý štart, zložité pravidlá verejnej podpory a obmedzený počet
investovateľných projektov mimo veľkých miest. Klastre môžu pomôcť tým, že svojim členom vysvetlia,
čím sa kapitál líši od dotácie, a pripravia ich na rokovania s investormi.
""",
                """SIH investoval do desiatok podnikov a spolu so súkromnými investormi prispel k rozvoju trhu
                rizikového kapitálu na Slovensku.""",
                """Finančné nástroje potrebujú dlhý nábeh a kvalitných súkromných partnerov; v regiónoch chýbajú
                pripravené projekty, preto treba investovať aj do prípravy podnikov.""",
                """Prenosné do krajín s malým trhom rizikového kapitálu; učiaci sa región potrebuje profesionálneho
                správcu a spoluprácu so súkromnými investormi.""",
            ),
        },
    },
]
