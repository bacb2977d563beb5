"""Demo knowledge items written originally in Albanian."""

from _common import budget, contact, src, text

ITEMS = [
    {
        "slug": "al-aida-fondi-i-konkurrueshmerise",
        "kind": "instrument",
        "original_language": "sq",
        "areas": ["WG4", "WG3"],
        "countries": ["AL"],
        "regions": [],
        "timeframe": "current",
        "start_year": 2011,
        "end_year": None,
        "instrument": "grants",
        "funding_source": "Buxheti i shtetit – fondet e administruara nga AIDA",
        "budget": None,
        "target_groups": ["NVM", "eksportues", "klasterë"],
        "contact": contact("al-enterprise-cluster-agency", "arben.hoxha@al-enterprise-cluster-agency.example"),
        "sources": [
            src("Fondi i Konkurrueshmërisë", "https://aida.gov.al/", "Agjencia Shqiptare e Zhvillimit të Investimeve (AIDA)", 2022),
        ],
        "texts": {
            "sq": text(
                "Fondi i Konkurrueshmërisë i AIDA-s: bashkëfinancim për eksportin dhe cilësinë e NVM-ve",
                """Agjencia Shqiptare e Zhvillimit të Investimeve (AIDA) administron prej vitesh Fondin e
                Konkurrueshmërisë, i cili bashkëfinancon shpenzimet e NVM-ve për promovimin e eksportit,
                certifikimin, markën dhe pjesëmarrjen në panaire ndërkombëtare.""",
                """
**Agjencia Shqiptare e Zhvillimit të Investimeve (AIDA)** është institucioni publik që nxit
investimet e huaja, eksportet dhe zhvillimin e ndërmarrjeve të vogla dhe të mesme në Shqipëri.
Ndër instrumentet e saj kryesore janë **fondet e granteve** me bashkëfinancim, të cilat hapen
çdo vit me thirrje publike.

**Fondi i Konkurrueshmërisë** mbështet NVM-të që duan të rrisin aftësinë e tyre për të konkurruar
në tregjet e huaja. Ai mbulon një pjesë të shpenzimeve për:

- **promovimin e eksportit**: materiale promocionale, faqe interneti dhe tregti elektronike,
  studime tregu;
- **certifikimin** e produkteve dhe të sistemeve të menaxhimit të cilësisë, sipas standardeve
  ndërkombëtare (ISO, HACCP, GlobalG.A.P. etj.);
- **markën** dhe paketimin e produkteve;
- **pjesëmarrjen në panaire** dhe misione tregtare jashtë vendit.

Ndërmarrja paguan fillimisht shpenzimet dhe merr pjesën e grantit pas verifikimit. Fondi ka qenë
i dobishëm sidomos për sektorë me potencial eksporti si agroushqimi, bimët mjekësore dhe
aromatike, tekstilet dhe këpucët, si dhe për TIK-un.

Për klasterët, fondi ofron një mundësi konkrete: pjesëmarrja e përbashkët e anëtarëve në panaire
ose certifikimi i përbashkët mund të bashkëfinancohen, duke ulur koston për secilën ndërmarrje.
Buxheti vjetor i fondit është modest dhe thirrjet mbyllen shpejt.
""",
                """Qindra NVM kanë përfituar grante të vogla gjatë viteve; shumica për certifikim dhe për
                pjesëmarrje në panaire.""",
                """Grantet e vogla me rimbursim janë të thjeshta, por përjashtojnë ndërmarrjet pa likuiditet për të
                paguar fillimisht; buxheti i paqëndrueshëm nga viti në vit e bën planifikimin të vështirë.""",
                """I transferueshëm në vendet e tjera IPA; rajoni që mëson ka nevojë për thirrje të rregullta,
                procedura të thjeshta dhe mundësi për aplikime të përbashkëta nga klasterët.""",
            ),
            "en": text(
                "AIDA's Competitiveness Fund: co-financing exports and quality for Albanian SMEs",
                """For years the Albanian Investment Development Agency (AIDA) has run a Competitiveness Fund that
                co-finances SMEs' costs of export promotion, certification, branding and participation in
                international fairs.""",
                """
The **Albanian Investment Development Agency (AIDA)** is the public body that promotes foreign
investment, exports and the development of small and medium-sized enterprises in Albania. Among
its main tools are co-financed **grant funds**, opened each year through public calls.

The **Competitiveness Fund** supports SMEs that want to compete better on foreign markets. It covers
part of the costs of:

- **export promotion**: promotional material, websites and e-commerce, market studies;
- **certification** of products and quality management systems to international standards (ISO,
  HACCP, GlobalG.A.P. and others);
- **branding** and packaging of products;
- **participation in fairs** and trade missions abroad.

The company pays the costs first and receives the grant share after verification. The fund has
been useful especially for sectors with export potential such as agri-food, medicinal and aromatic
plants, textiles and footwear, and ICT.

For clusters the fund offers a concrete opportunity: joint participation of members in fairs or
joint certification can be co-financed, lowering the cost for each firm. The fund's annual budget
is modest and calls close quickly.
""",
                """Hundreds of SMEs have received small grants over the years, most of them for certification and
                participation in fairs.""",
                """Small reimbursement grants are simple but exclude firms without the liquidity to pay first; an
                unstable budget from year to year makes planning difficult.""",
                """Transferable to other IPA countries; a learning region needs regular calls, simple procedures and
                the possibility of joint applications by clusters.""",
                translation="human",
            ),
        },
    },
    {
        "slug": "al-ligji-per-start-up-et-2022",
        "kind": "instrument",
        "original_language": "sq",
        "areas": ["WG4", "WG6"],
        "countries": ["AL"],
        "regions": [],
        "timeframe": "current",
        "start_year": 2022,
        "end_year": None,
        "instrument": "regulation",
        "funding_source": "Buxheti i shtetit – fondi për mbështetjen e start-up-eve",
        "budget": None,
        "target_groups": ["start-up", "inkubatorë", "përshpejtues"],
        "contact": contact("al-enterprise-cluster-agency", "arben.hoxha@al-enterprise-cluster-agency.example"),
        "sources": [
            src("Ligji nr. 25/2022 «Për mbështetjen dhe zhvillimin e start-up-eve»", "https://qbz.gov.al/", "Qendra e Botimeve Zyrtare", 2022),
            src("Mbështetja për start-up-et", "https://aida.gov.al/", "Agjencia Shqiptare e Zhvillimit të Investimeve (AIDA)", 2023),
        ],
        "texts": {
            "sq": text(
                "Ligji për mbështetjen dhe zhvillimin e start-up-eve (2022): një kornizë ligjore për sipërmarrjen inovative",
                """Në vitin 2022 Shqipëria miratoi një ligj të posaçëm për start-up-et, i cili përcakton çfarë
                është një start-up inovativ, si regjistrohet dhe çfarë mbështetjeje mund të marrë, duke përfshirë
                inkubatorët dhe përshpejtuesit.""",
                """
Deri në vitin 2022, ndërmarrjet e reja inovative në Shqipëri trajtoheshin si çdo biznes tjetër,
pa instrumente të posaçme mbështetjeje. **Ligji nr. 25/2022 «Për mbështetjen dhe zhvillimin e
start-up-eve»** krijoi për herë të parë një kornizë ligjore për këtë kategori.

Elementet kryesore të ligjit janë:

- **përkufizimi i start-up-it**: një ndërmarrje e re me model biznesi inovativ dhe potencial
  rritjeje, që plotëson kritere për moshën, madhësinë dhe natyrën e aktivitetit;
- **regjistri i start-up-eve**: ndërmarrjet që plotësojnë kriteret regjistrohen dhe fitojnë
  të drejtën për mbështetje;
- **fondi i mbështetjes**: grante dhe forma të tjera mbështetjeje financiare për fazat e
  hershme, të administruara nga AIDA;
- **inkubatorët dhe përshpejtuesit**: kritere për njohjen e tyre dhe mundësi që ata të
  marrin mbështetje publike për programet e tyre;
- masa për lehtësimin e procedurave administrative.

Ligji synon të ndalojë largimin e të rinjve të talentuar dhe të nxisë punësimin në sektorë me
vlerë të shtuar të lartë si TIK-u, industritë krijuese dhe agroteknologjia. Ai hap gjithashtu
rrugën për bashkëpunim me klasterët: inkubatorët e lidhur me klasterë sektoralë mund të ofrojnë
start-up-eve klientë dhe partnerë të parë.

Zbatimi varet nga aktet nënligjore dhe nga buxheti vjetor i fondit.
""",
                """Regjistri dhe thirrjet e para për grante u hapën pas miratimit të akteve nënligjore; numri i
                start-up-eve të regjistruara po rritet gradualisht.""",
                """Një ligj i posaçëm i jep start-up-eve dukshmëri dhe siguri juridike, por pa fond të qëndrueshëm
                dhe pa inkubatorë cilësorë efekti mbetet i kufizuar.""",
                """I dobishëm për vendet IPA që nuk kanë ende kornizë për start-up-et; ligji duhet shoqëruar me
                buxhet shumëvjeçar dhe me lidhje me universitetet dhe klasterët.""",
            ),
        },
    },
    {
        "slug": "al-skills-for-jobs-arsimi-profesional",
        "kind": "programme",
        "original_language": "sq",
        "areas": ["WG6"],
        "countries": ["AL"],
        "regions": [],
        "timeframe": "current",
        "start_year": 2016,
        "end_year": None,
        "instrument": "training",
        "funding_source": "Agjencia Zvicerane për Zhvillim dhe Bashkëpunim (SDC), e zbatuar nga Swisscontact, me Ministrinë përgjegjëse për arsimin profesional",
        "budget": None,
        "target_groups": ["shkolla profesionale", "nxënës", "punëdhënës"],
        "contact": contact("vjosa-rda", "elira.dervishi@vjosa-rda.example"),
        "sources": [
            src("Skills for Jobs (S4J) – Aftësi për Punë", "https://www.swisscontact.org/", "Swisscontact", 2023),
            src("Agjencia Kombëtare e Punësimit dhe Aftësive", "https://www.akpa.gov.al/", "AKPA", 2023),
        ],
        "texts": {
            "sq": text(
                "«Aftësi për Punë» (Skills for Jobs): arsimi profesional i lidhur me punëdhënësit",
                """Projekti zviceran «Aftësi për Punë» mbështet shkollat dhe qendrat e formimit profesional në
                Shqipëri që të ofrojnë programe të hartuara bashkë me bizneset, me praktikë në ndërmarrje dhe me
                shërbime karriere për të rinjtë.""",
                """
Në Shqipëri, shumë punëdhënës ankohen se nuk gjejnë punëtorë të kualifikuar, ndërsa papunësia e
të rinjve mbetet e lartë. Projekti **«Aftësi për Punë» (Skills for Jobs, S4J)**, i financuar nga
Agjencia Zvicerane për Zhvillim dhe Bashkëpunim dhe i zbatuar nga Swisscontact që nga viti 2016,
synon ta ngushtojë këtë hendek duke reformuar **arsimin dhe formimin profesional** nga poshtë lart.

Projekti punon me një grup shkollash profesionale dhe qendrash formimi në disa qytete dhe ndërhyn në
katër drejtime:

- **programe të reja** në profile të kërkuara, si TIK-u, mekanika, turizmi dhe hoteleria,
  elektroteknika dhe bujqësia, të hartuara bashkë me bizneset;
- **mësim në vendin e punës**: praktika të organizuara në ndërmarrje, me mentorë nga kompanitë,
  sipas parimeve të **formimit dual**;
- **shërbime karriere** në shkolla: orientim, lidhje me punëdhënësit, ndjekje e të diplomuarve;
- mbështetje për autoritetet kombëtare në rregullat e financimit dhe të cilësisë.

Qasja e përvojës zvicerane është se reforma nuk fillon me ligje, por me partneritete konkrete midis
një shkolle dhe një grupi bizneseve. Në zona me përqendrim ndërmarrjesh të një sektori, një
klaster ose shoqatë biznesi mund ta organizojë këtë partneritet në emër të anëtarëve të saj.
""",
                """Shkollat partnere kanë rritur numrin e nxënësve në profilet e reja dhe shkallën e punësimit të
                të diplomuarve; shumë nxënës kryejnë praktikë në ndërmarrje.""",
                """Bizneset përfshihen kur shohin që nxënësit vijnë të përgatitur dhe që mund t'i punësojnë; një
                person kontakti në shkollë për bizneset është vendimtar.""",
                """I transferueshëm në të gjitha vendet IPA; rajoni që mëson ka nevojë për shkolla me autonomi dhe
                për një organizatë biznesi që mbledh kërkesën e anëtarëve.""",
            ),
        },
    },
    {
        "slug": "al-bimet-mjekesore-aromatike-zinxhiri-vleres",
        "kind": "experience",
        "original_language": "sq",
        "areas": ["WG2", "WG3"],
        "countries": ["AL"],
        "regions": ["AL01", "AL03"],
        "timeframe": "current",
        "start_year": 2007,
        "end_year": None,
        "instrument": "networking",
        "funding_source": "Projekte donatorësh (USAID, GIZ dhe të tjerë), investime private të eksportuesve",
        "budget": None,
        "target_groups": ["mbledhës dhe kultivues", "përpunues", "eksportues"],
        "contact": contact("buna-agrifood-cluster", "besnik.kola@buna-agrifood-cluster.example"),
        "sources": [
            src("Value Chain Assessment: Medicinal and Aromatic Plants in Albania", "https://www.usaid.gov/", "USAID", 2010),
            src("Sustainable Rural Development in Albania – medicinal and aromatic plants", "https://www.giz.de/", "Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ)", 2018),
        ],
        "texts": {
            "sq": text(
                "Bimët mjekësore dhe aromatike: nga mbledhja e egër te një zinxhir vlere i qëndrueshëm",
                """Shqipëria është një nga eksportuesit kryesorë të bimëve mjekësore dhe aromatike në Evropë;
                përvoja e projekteve të zinxhirit të vlerës tregon si mund të kalohet nga mbledhja e
                paqëndrueshme në kultivim, certifikim dhe përpunim.""",
                """
Sherebela, trumza, rigoni, dafina dhe shumë bimë të tjera **mjekësore dhe aromatike** (BMA) janë
prej dekadash një nga eksportet kryesore bujqësore të Shqipërisë, kryesisht drejt Gjermanisë,
SHBA-së dhe vendeve të tjera. Për mijëra familje në zonat malore, mbledhja e bimëve të egra është
burim i rëndësishëm të ardhurash.

Sektori ka pasur probleme të qarta: **mbledhje e tepruar** që rrezikon popullatat e egra,
gjurmueshmëri e dobët, mungesë **certifikimi organik** dhe eksport kryesisht në formë të papërpunuar
me vlerë të ulët. Që nga vitet 2000, disa programe donatorësh (ndër to të USAID dhe GIZ) kanë
punuar me qasjen e **zinxhirit të vlerës** dhe të klasterit:

- trajnimi i mbledhësve për mbledhje të qëndrueshme dhe kalimi gradual në **kultivim**;
- mbështetje për **certifikim organik** dhe për sisteme gjurmueshmërie;
- investime në tharje, pastrim, distilim të vajrave esenciale dhe paketim;
- lidhje të eksportuesve me blerës ndërkombëtarë dhe pjesëmarrje e përbashkët në panaire.

Rezultatet janë të përziera. Kultivimi dhe përpunimi janë rritur ndjeshëm dhe disa eksportues janë
bërë kompani moderne. Megjithatë, koordinimi mes aktorëve shpesh është dobësuar pas mbylljes së
projekteve, dhe mbetet e vështirë që fitimi të shpërndahet drejtësisht deri te mbledhësit.
""",
                """Eksporti i BMA-ve është rritur dhe një pjesë në rritje vjen nga kultivimi dhe me përpunim; sipërfaqet
                e kultivuara janë zgjeruar ndjeshëm në dekadën e fundit.""",
                """Qasja e zinxhirit të vlerës funksionon kur eksportuesit investojnë vetë; strukturat e koordinimit
                të ngritura nga donatorët rrallë mbijetojnë pa një organizatë të sektorit me anëtarësi që paguan.""",
                """E transferueshme në sektorë të ngjashëm me produkte natyrore në Ballkan (fruta pylli, mjaltë,
                kërpudha); rajoni ka nevojë për rregulla për mbledhjen e qëndrueshme dhe një shoqatë sektori.""",
            ),
        },
    },
    {
        "slug": "al-peaks-of-the-balkans-turizem-malor",
        "kind": "good_practice",
        "original_language": "sq",
        "areas": ["WG2", "WG3", "WG6"],
        "countries": ["AL", "ME"],
        "regions": ["AL01"],
        "timeframe": "current",
        "start_year": 2012,
        "end_year": None,
        "instrument": "infrastructure",
        "funding_source": "Ministria Federale Gjermane për Bashkëpunim Ekonomik dhe Zhvillim (BMZ) përmes GIZ; autoritete lokale",
        "budget": None,
        "target_groups": ["bujtina familjare", "guida malore", "komuna"],
        "contact": contact("vjosa-rda", "elira.dervishi@vjosa-rda.example"),
        "sources": [
            src("Peaks of the Balkans – ndërtimi i një shtegu ndërkufitar", "https://www.giz.de/", "Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ)", 2013),
            src("Peaks of the Balkans Trail", "https://peaksofthebalkans.com/", "Peaks of the Balkans", 2023),
        ],
        "texts": {
            "sq": text(
                "«Peaks of the Balkans»: një shteg ndërkufitar për turizmin e qëndrueshëm malor",
                """Shtegu «Peaks of the Balkans», rreth 192 km në kufirin e Shqipërisë, Kosovës dhe Malit të Zi, u
                hap në vitin 2012 me mbështetjen e GIZ dhe u bë produkt turistik ndërkombëtar që mban gjallë
                fshatrat malore si Thethi dhe Valbona.""",
                """
Alpet Shqiptare dhe malet fqinje të Kosovës dhe Malit të Zi janë ndër zonat më të bukura, por edhe
më të varfra e më të shpopulluara të Ballkanit. Projekti **«Peaks of the Balkans»**, i mbështetur
nga Gjermania përmes GIZ, krijoi një **shteg të gjatë ecjeje ndërkufitar** prej rreth 192 km, i
hapur në vitin 2012, që lidh fshatrat malore të tri vendeve.

Projekti u ndërtua si një veprim i përbashkët i disa aktorëve:

- **sinjalizimi dhe mirëmbajtja** e shtegut, harta dhe udhëzues;
- trajnimi i familjeve për **bujtina** dhe i **guidave malore**, me standarde të përbashkëta;
- marrëveshje mes autoriteteve kufitare për **lejet e kalimit** të kufirit në mal;
- marketing i përbashkët si një produkt i vetëm ndërkombëtar, me operatorë turistikë nga Evropa.

Modeli ka karakter **klasteri turistik**: shumë ndërmarrje të vogla – bujtina, guida, transportues,
prodhues ushqimesh lokale – ofrojnë së bashku një produkt që asnjëra nuk mund ta ofronte vetëm.
Turizmi malor ka krijuar punë sezonale dhe ka kthyer familje në fshatra të braktisura më parë.

Sfida kryesore tani është **qëndrueshmëria**: presioni i numrit në rritje të vizitorëve në Theth
dhe Valbonë, ndërtimet pa plan dhe mbetjet, si dhe ruajtja e cilësisë pa koordinatorin e projektit.
""",
                """Shtegu tërheq çdo vit mijëra ecës të huaj; numri i bujtinave në Theth dhe Valbonë është rritur
                shumë dhe produkti është shpërblyer në panaire ndërkombëtare të turizmit.""",
                """Një produkt turistik ndërkufitar kërkon marrëveshje praktike (leje kalimi, standarde të
                përbashkëta) që shkojnë përtej infrastrukturës; pa rregulla planifikimi, suksesi mund të dëmtojë
                vetë burimin natyror.""",
                """I transferueshëm në zonat malore kufitare të rajonit; kërkon koordinim ndërkufitar,
                trajnim të familjeve dhe plan për menaxhimin e vizitorëve që në fillim.""",
            ),
        },
    },
    {
        "slug": "al-strategjia-e-specializimit-te-zgjuar",
        "kind": "programme",
        "original_language": "sq",
        "areas": ["WG5", "WG1"],
        "countries": ["AL"],
        "regions": [],
        "timeframe": "planned",
        "start_year": 2025,
        "end_year": None,
        "instrument": "other",
        "funding_source": "Buxheti i shtetit; asistencë teknike e BE-së (IPA) dhe e Qendrës së Përbashkët Kërkimore",
        "budget": None,
        "target_groups": ["ministri", "universitete", "ndërmarrje", "klasterë"],
        "contact": contact("vjosa-rda", "elira.dervishi@vjosa-rda.example"),
        "status": "draft",
        "sources": [
            src("Smart Specialisation in the EU enlargement and neighbourhood countries – Albania", "https://s3platform.jrc.ec.europa.eu/", "European Commission, Joint Research Centre", 2022),
        ],
        "texts": {
            "sq": text(
                "Strategjia e Specializimit të Zgjuar e Shqipërisë: procesi dhe hapat e planifikuar",
                """Shqipëria po përgatit strategjinë e saj të specializimit të zgjuar me metodologjinë e Qendrës së
                Përbashkët Kërkimore të BE-së; pas hartëzimit të potencialit ekonomik dhe shkencor, pritet
                miratimi i strategjisë dhe i planit të veprimit.""",
                """
**Specializimi i zgjuar** (S3) është kushti që BE-ja u kërkon rajoneve për të investuar në kërkim dhe
inovacion, dhe është bërë gjithnjë e më i rëndësishëm edhe për vendet kandidate. Shqipëria ka nisur
procesin me mbështetjen e **Qendrës së Përbashkët Kërkimore** (JRC) të Komisionit Evropian, sipas
kornizës së specializimit të zgjuar për vendet e zgjerimit dhe të fqinjësisë.

Procesi ndjek disa hapa:

1. **hartëzimi sasior** i potencialit ekonomik, inovativ dhe shkencor: punësimi dhe eksporti sipas
   sektorëve, patentat, publikimet dhe projektet kërkimore;
2. **analiza cilësore** me intervista dhe konsultime me ekspertë të sektorëve;
3. **procesi i zbulimit sipërmarrës**: punëtori me ndërmarrje, universitete, institucione publike
   dhe shoqëri civile për fushat e përzgjedhura – mes tyre agroushqimi, turizmi, TIK-u dhe
   energjia;
4. hartimi i **strategjisë** dhe i **planit të veprimit**, me instrumente financimi dhe
   tregues monitorimi.

Ky element është në statusin e draftit: do të plotësohet kur strategjia të miratohet zyrtarisht.
Për klasterët, procesi është mundësi për t'u bërë partnerë të qeverisë në zbulimin sipërmarrës:
ata mund të sjellin në tryezë ndërmarrjet dhe nevojat e tyre konkrete. Rajonet e Shqipërisë, pa
nivel administrativ rajonal me buxhet të vet, rrezikojnë të mbeten jashtë procesit nëse
agjencitë rajonale nuk përfshihen.
""",
                """Hartëzimi dhe punëtoritë e para të zbulimit sipërmarrës janë kryer; miratimi i strategjisë dhe
                i planit të veprimit është hapi i ardhshëm.""",
                """Pa të dhëna rajonale të besueshme dhe pa ndërmarrje të mobilizuara, zbulimi sipërmarrës kthehet
                në konsultim formal; klasterët mund të jenë ura drejt bizneseve.""",
                """Përvoja e Serbisë dhe e Malit të Zi, që e kanë miratuar strategjinë më herët, është drejtpërdrejt
                e dobishme; Shqipërisë i duhet një strukturë e përhershme për menaxhimin e strategjisë.""",
            ),
        },
    },
    {
        "slug": "al-strategjia-biznesit-investimeve-2014-2020",
        "kind": "programme",
        "original_language": "sq",
        "areas": ["WG5", "WG4"],
        "countries": ["AL"],
        "regions": [],
        "timeframe": "past",
        "start_year": 2014,
        "end_year": 2020,
        "instrument": "other",
        "funding_source": "Buxheti i shtetit dhe donatorë",
        "budget": None,
        "target_groups": ["NVM", "investitorë", "institucione publike"],
        "contact": contact("al-enterprise-cluster-agency", "arben.hoxha@al-enterprise-cluster-agency.example"),
        "sources": [
            src("Strategjia për Zhvillimin e Biznesit dhe Investimeve 2014-2020", "https://www.financa.gov.al/", "Ministria e Financave dhe Ekonomisë", 2014),
            src("SME Policy Index: Western Balkans and Turkey 2019", "https://www.oecd.org/", "OECD, EU, ETF, EBRD", 2019),
        ],
        "texts": {
            "sq": text(
                "Strategjia për Zhvillimin e Biznesit dhe Investimeve 2014-2020: klasterët në politikën ekonomike shqiptare",
                """Strategjia kombëtare për biznesin dhe investimet 2014-2020 përfshiu për herë të parë masa për
                zhvillimin e klasterëve dhe të zinxhirëve të vlerës, krahas përmirësimit të klimës së biznesit
                dhe tërheqjes së investimeve të huaja.""",
                """
**Strategjia për Zhvillimin e Biznesit dhe Investimeve 2014-2020** ishte dokumenti kryesor i
politikës për ndërmarrjet në Shqipëri gjatë asaj periudhe. Ajo u ndërtua mbi disa shtylla:

- **tërheqja e investimeve të huaja** dhe promovimi i eksportit, me AIDA-n si institucion
  zbatues;
- **zhvillimi i NVM-ve**: qasje në financë, fonde grantesh, shërbime këshillimi;
- **inovacioni dhe teknologjia**, duke përfshirë inkubatorët dhe lidhjen me universitetet;
- **përmirësimi i klimës së biznesit**: reduktimi i barrierave administrative dhe licencimi
  elektronik.

Për herë të parë, strategjia e përmendi **qasjen e klasterëve** si mjet për të rritur
konkurrueshmërinë: identifikimi i sektorëve me potencial (agroushqimi, turizmi, tekstili dhe
këpucët, TIK-u), mbështetja për shoqata dhe rrjete biznesi dhe lidhja e ndërmarrjeve vendase me
investitorët e huaj si furnitorë.

Vlerësimet ndërkombëtare, si Indeksi i Politikave për NVM-të i OECD-së, vunë re përparim në
kuadrin institucional, por edhe **zbatim të pjesshëm** të masave për klasterët, që mbetën kryesisht
në nivel projektesh donatorësh, pa program kombëtar me buxhet të dedikuar.
""",
                """Kuadri institucional për NVM-të dhe investimet u forcua; masat për klasterët u zbatuan vetëm
                pjesërisht dhe kryesisht me mbështetje donatorësh.""",
                """Një strategji që përmend klasterët pa buxhet dhe pa institucion përgjegjës nuk krijon politikë
                klasteri; nevojitet një program me thirrje të rregullta dhe tregues.""",
                """Mësim për strategjitë e ardhshme: parashikoni buxhetin, institucionin zbatues dhe treguesit për
                çdo masë klasteri, dhe lidheni me strategjinë e specializimit të zgjuar.""",
            ),
        },
    },
    {
        "slug": "al-zonat-e-zhvillimit-teknologjik-ekonomik",
        "kind": "instrument",
        "original_language": "sq",
        "areas": ["WG4", "WG6"],
        "countries": ["AL"],
        "regions": [],
        "timeframe": "current",
        "start_year": 2015,
        "end_year": None,
        "instrument": "tax_incentive",
        "funding_source": "Shpenzime fiskale (lehtësi tatimore) dhe investime publike e private në infrastrukturë",
        "budget": None,
        "target_groups": ["investitorë", "zhvillues zonash", "prodhues"],
        "contact": contact("al-enterprise-cluster-agency"),
        "status": "review",
        "sources": [
            src("Ligji nr. 54/2015 «Për zonat e zhvillimit teknologjik dhe ekonomik»", "https://qbz.gov.al/", "Qendra e Botimeve Zyrtare", 2015),
            src("Zonat e Zhvillimit Teknologjik dhe Ekonomik", "https://aida.gov.al/", "AIDA", 2022),
        ],
        "texts": {
            "sq": text(
                "Zonat e Zhvillimit Teknologjik dhe Ekonomik (TEDA): lehtësi tatimore për investime prodhuese",
                """Ligji i vitit 2015 për zonat e zhvillimit teknologjik dhe ekonomik u jep zhvilluesve dhe
                përdoruesve të këtyre zonave lehtësi tatimore dhe doganore, me synim tërheqjen e investimeve
                prodhuese dhe krijimin e vendeve të punës.""",
                """
Shqipëria ka provuar prej kohësh të krijojë **zona ekonomike** për të tërhequr investime
prodhuese, por deri në mesin e viteve 2010 shumica e tyre mbetën në letër. **Ligji nr. 54/2015 «Për
zonat e zhvillimit teknologjik dhe ekonomik»** (TEDA) riformuloi kuadrin ligjor.

Sipas ligjit:

- zonat shpallen me vendim të qeverisë, në toka publike ose private, dhe zhvillohen nga një
  **zhvillues** i përzgjedhur që ndërton infrastrukturën dhe menaxhon zonën;
- **përdoruesit** – ndërmarrjet që investojnë dhe prodhojnë në zonë – përfitojnë **lehtësi
  tatimore**, si ulje të tatimit mbi fitimin për një periudhë të caktuar, përjashtime nga disa
  taksa vendore dhe procedura të thjeshtuara doganore e të TVSH-së;
- zhvilluesi përfiton gjithashtu lehtësi për investimet në infrastrukturë;
- AIDA ndihmon në promovimin e zonave te investitorët.

Zonat synojnë veçanërisht prodhimin për eksport, përpunimin e produkteve bujqësore, logjistikën dhe
industrinë e lehtë. Përvoja e vendeve fqinje tregon se zona të tilla mund të bëhen bërthama të
klasterëve industrialë nëse ndërmarrjet vendase lidhen me investitorët si furnitorë.

Ky element është në shqyrtim: po verifikohen të dhënat e fundit për numrin e zonave aktive dhe
të investitorëve.
""",
                """Disa zona janë shpallur dhe kanë nisur të zhvillohen; numri i investitorëve dhe i vendeve të
                punës mbetet ende i kufizuar krahasuar me pritshmëritë.""",
                """Lehtësitë tatimore nuk mjaftojnë pa infrastrukturë të gatshme, lidhje transporti dhe fuqi punëtore
                të kualifikuar; zonat funksionojnë më mirë kur lidhen me shkollat profesionale përreth.""",
                """Mësim për vendet e rajonit: kombinoni lehtësitë fiskale me programe furnitorësh dhe formimi,
                përndryshe zonat mbeten enklava pa lidhje me ekonominë lokale.""",
            ),
        },
    },
]
