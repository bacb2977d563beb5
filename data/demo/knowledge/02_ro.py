"""Demo knowledge items written originally in Romanian."""

from _common import budget, contact, src, text

ITEMS = [
    {
        "slug": "ro-pos-cce-sprijin-clustere-2007-2013",
        "kind": "programme",
        "original_language": "ro",
        "areas": ["WG1", "WG3"],
        "countries": ["RO"],
        "regions": [],
        "timeframe": "past",
        "start_year": 2007,
        "end_year": 2015,
        "instrument": "grants",
        "funding_source": "FEDR – Programul Operațional Sectorial „Creșterea Competitivității Economice” 2007-2013, Axa prioritară 1",
        "budget": None,
        "target_groups": ["entități de management al clusterelor", "IMM-uri", "institute de cercetare"],
        "contact": contact("ilfov-innovation-agency", "mihai.constantinescu@ilfov-innovation-agency.example"),
        "status": "archived",
        "sources": [
            src("Programul Operațional Sectorial „Creșterea Competitivității Economice” 2007-2013", "https://www.fonduri-ue.ro/", "Ministerul Fondurilor Europene", 2015),
        ],
        "texts": {
            "ro": text(
                "Sprijinul pentru clustere prin POS CCE 2007-2013: primele finanțări pentru entitățile de management al clusterelor",
                """În perioada 2007-2013, Programul Operațional Sectorial „Creșterea Competitivității
                Economice” a finanțat pentru prima dată în România, din fonduri europene, integrarea
                întreprinderilor în lanțuri de furnizori și clustere, inclusiv activitățile entităților de
                management al clusterelor.""",
                """
**Programul Operațional Sectorial „Creșterea Competitivității Economice”** (POS CCE), gestionat de
Ministerul Economiei, a inclus în Axa prioritară 1 („Un sistem de producție inovativ și
ecoeficient”) o operațiune dedicată sprijinirii integrării întreprinderilor în **lanțurile de
furnizori sau în clustere**. A fost primul instrument național care a recunoscut explicit
clusterul ca obiect al politicii economice, după o perioadă în care clusterele existau mai ales ca
inițiative ale agențiilor de dezvoltare regională și ale unor proiecte internaționale.

Prin apelurile lansate s-au putut finanța:

- activități ale **entității de management al clusterului**: strategii de dezvoltare, studii de
  piață, promovare, organizarea de evenimente și misiuni comune;
- servicii pentru membri, precum consultanță pentru inovare și participarea la târguri;
- investiții de mică amploare în infrastructura comună a clusterului.

Condițiile de eligibilitate cereau un parteneriat format din întreprinderi, organizații de
cercetare și autorități sau organizații-suport, după modelul **triplului helix**, și o entitate
juridică desemnată să administreze clusterul.

Programul a coincis cu înființarea multor clustere în toate cele opt regiuni de dezvoltare, în
domenii precum textile, lemn și mobilă, TIC, energie regenerabilă, agroalimentar și industria
auto. O parte dintre acestea au devenit organizații active și au fost ulterior membre fondatoare
ale Asociației Clusterelor din România.
""",
                """Zeci de clustere au fost înființate sau consolidate în perioada programului; mai multe dintre
                ele au obținut ulterior etichete europene de excelență în managementul clusterelor.""",
                """Sprijinul punctual, pe proiecte de câteva luni, a favorizat clusterele care știau să scrie
                cereri de finanțare, nu neapărat pe cele cu cea mai mare angajare a firmelor. Lipsa finanțării
                multianuale a managerului de cluster a fost punctul slab.""",
                """Pentru regiunile care învață: instrumentul poate fi reprodus cu fonduri structurale, dar trebuie
                completat cu finanțare pe mai mulți ani a echipei de management și cu indicatori de rezultat,
                nu doar de activitate.""",
            ),
        },
    },
    {
        "slug": "ro-clustere-de-inovare-poc-2014-2020",
        "kind": "programme",
        "original_language": "ro",
        "areas": ["WG1", "WG5"],
        "countries": ["RO"],
        "regions": [],
        "timeframe": "past",
        "start_year": 2014,
        "end_year": 2023,
        "instrument": "grants",
        "funding_source": "FEDR – Programul Operațional Competitivitate 2014-2020, Axa prioritară 1",
        "budget": None,
        "target_groups": ["clustere", "IMM-uri", "organizații de cercetare"],
        "contact": contact("nord-est-cluster-agency", "andrei.parvulescu@nord-est-cluster-agency.example"),
        "sources": [
            src("Programul Operațional Competitivitate 2014-2020", "https://www.poc.research.gov.ro/", "Ministerul Cercetării, Inovării și Digitalizării – Organismul Intermediar pentru Cercetare", 2020),
            src("Asociația Clusterelor din România", "https://www.clustero.eu/", "CLUSTERO", 2020),
        ],
        "texts": {
            "ro": text(
                "Proiecte de inovare pentru clustere în Programul Operațional Competitivitate 2014-2020",
                """În perioada 2014-2020, Programul Operațional Competitivitate a finanțat proiecte de
                cercetare-dezvoltare și inovare realizate de membrii clusterelor împreună cu entitatea de
                management a clusterului, legând sprijinul pentru clustere de domeniile de specializare
                inteligentă.""",
                """
**Programul Operațional Competitivitate** (POC) 2014-2020 a fost principalul program din fonduri
europene pentru cercetare și inovare în România. În Axa prioritară 1, dedicată cercetării,
dezvoltării tehnologice și inovării în sprijinul competitivității economice, programul a introdus
un tip de proiect construit special pentru **clusterele de inovare**.

Logica instrumentului diferă de cea din perioada anterioară: nu se mai finanța în primul rând
funcționarea clusterului, ci **proiectele de inovare ale membrilor săi**. Un proiect era depus de
entitatea de management a clusterului împreună cu întreprinderi membre și, după caz, cu organizații
de cercetare, și putea include:

- activități de cercetare industrială și dezvoltare experimentală ale întreprinderilor;
- servicii de inovare și de **transfer tehnologic** pentru membri;
- activități de animare și dezvoltare a clusterului, realizate de entitatea de management.

Proiectele trebuiau să se încadreze în domeniile de **specializare inteligentă** ale Strategiei
Naționale de Cercetare, Dezvoltare și Inovare 2014-2020 (bioeconomie, TIC, energie și mediu,
eco-nanotehnologii și materiale avansate) sau în sectoarele cu potențial competitiv.

Ajutorul de stat a fost acordat în baza regulamentului general de exceptare pe categorii, cu
intensități diferite pentru cercetare, inovare și pentru entitatea care administrează clusterul.
""",
                """Au fost contractate proiecte în clustere din mai multe regiuni, în special în TIC, industria
                auto, textile și bioeconomie; implementarea a fost întârziată de procedurile de ajutor de stat.""",
                """Apelurile care cer parteneriat între cluster, firme și cercetare sunt complexe: doar clusterele
                cu personal experimentat au reușit să depună proiecte bune. Calendarul imprevizibil al apelurilor
                a descurajat întreprinderile.""",
                """Modelul „clusterul ca depunător al proiectelor membrilor” se poate transfera, cu condiția ca
                regiunea să aibă clustere cu capacitate administrativă și un calendar stabil de apeluri.""",
            ),
            "en": text(
                "Innovation projects for clusters in Romania's Competitiveness Operational Programme 2014-2020",
                """In 2014-2020 Romania's Competitiveness Operational Programme financed research, development
                and innovation projects carried out by cluster members together with the cluster management
                entity, linking cluster support to the smart specialisation domains.""",
                """
The **Competitiveness Operational Programme** (POC) 2014-2020 was Romania's main EU-funded programme
for research and innovation. In its Priority Axis 1, on research, technological development and
innovation supporting economic competitiveness, it introduced a project type designed for
**innovation clusters**.

The logic differed from the previous period: the money no longer went mainly to running the
cluster but to the **innovation projects of its members**. A project was submitted by the cluster
management entity together with member companies and, where useful, research organisations, and
could include:

- industrial research and experimental development by the companies;
- innovation and **technology transfer** services for members;
- cluster animation and development activities carried out by the management entity.

Projects had to fit the **smart specialisation** domains of the National Research, Development and
Innovation Strategy 2014-2020 (bioeconomy, ICT, energy and environment, eco-nanotechnologies and
advanced materials) or the sectors with competitive potential.

State aid was granted under the General Block Exemption Regulation, with different aid intensities
for research, for innovation and for the entity managing the cluster.
""",
                """Projects were contracted in clusters from several regions, mainly in ICT, automotive,
                textiles and the bioeconomy; implementation was delayed by state-aid procedures.""",
                """Calls that require a partnership of cluster, firms and research are complex: only clusters
                with experienced staff submitted good projects. An unpredictable call calendar discouraged
                companies.""",
                """The model "the cluster submits its members' projects" can be transferred if the region has
                clusters with administrative capacity and a stable calendar of calls.""",
                translation="human",
            ),
        },
    },
    {
        "slug": "ro-asociatia-clusterelor-din-romania",
        "kind": "good_practice",
        "original_language": "ro",
        "areas": ["WG3", "WG1"],
        "countries": ["RO"],
        "regions": [],
        "timeframe": "current",
        "start_year": 2011,
        "end_year": None,
        "instrument": "networking",
        "funding_source": "Cotizațiile membrilor; proiecte europene",
        "budget": None,
        "target_groups": ["clustere", "manageri de cluster", "autorități publice"],
        "contact": contact("valea-sucevei-wood-cluster", "cristian.lupu@valea-sucevei-wood-cluster.example"),
        "sources": [
            src("Asociația Clusterelor din România – CLUSTERO", "https://www.clustero.eu/", "CLUSTERO", 2023),
            src("European Cluster Collaboration Platform – Romania", "https://www.clustercollaboration.eu/", "European Commission", 2023),
        ],
        "texts": {
            "ro": text(
                "Asociația Clusterelor din România (CLUSTERO): vocea comună a clusterelor",
                """Înființată în 2011, Asociația Clusterelor din România reunește clustere din toate regiunile
                țării, le reprezintă în dialogul cu autoritățile și le conectează la rețelele europene de
                clustere.""",
                """
**Asociația Clusterelor din România (CLUSTERO)** a fost creată în 2011 de un grup de clustere care
apăruseră în anii anteriori în urma inițiativelor agențiilor de dezvoltare regională și a
finanțărilor din POS CCE. Scopul ei este să dea clusterelor o voce comună și să profesionalizeze
managementul acestora.

Principalele direcții de activitate sunt:

- **reprezentarea** clusterelor în consultările privind politica de cluster, programele
  operaționale și strategiile de specializare inteligentă, la nivel național și regional;
- **formarea managerilor de cluster**, schimbul de experiență între clustere și promovarea
  evaluării comparative (benchmarking) după metodologia europeană a etichetelor de excelență;
- **internaționalizarea**: participarea la platforma europeană de colaborare între clustere, la
  parteneriate strategice europene și la proiecte transnaționale;
- informarea membrilor despre apelurile de finanțare și despre bune practici.

Asociația a contribuit la definirea criteriilor prin care un cluster este recunoscut în
programele de finanțare și la introducerea clusterelor ca actori în procesul de descoperire
antreprenorială al strategiilor regionale de specializare inteligentă. Membrii săi acoperă domenii
variate: TIC, industria auto, textile, mobilă, energie, agroalimentar, sănătate, construcții
ecologice și industrii creative.

Pentru un stat fără o lege a clusterelor, existența unei asociații naționale a fost un factor de
stabilitate a politicii: a asigurat continuitatea dialogului dintre clustere și ministere de la o
perioadă de programare la alta.
""",
                """Asociația reunește câteva zeci de clustere membre și este interlocutorul constant al
                ministerelor în consultările privind politica de cluster.""",
                """O asociație națională a clusterelor are influență atunci când vine cu date despre membrii săi
                și cu propuneri concrete pentru ghidurile de finanțare, nu doar cu cereri de sprijin.""",
                """Regiunile și țările care învață pot încuraja o asociație similară, dar ea trebuie să pornească
                de la clusterele active, să fie finanțată și din cotizații și să evite dependența de un singur
                proiect.""",
            ),
        },
    },
    {
        "slug": "ro-nord-est-ris3-descoperire-antreprenoriala",
        "kind": "programme",
        "original_language": "ro",
        "areas": ["WG5", "WG1"],
        "countries": ["RO"],
        "regions": ["RO21"],
        "timeframe": "current",
        "start_year": 2021,
        "end_year": 2027,
        "instrument": "other",
        "funding_source": "FEDR – Programul Regional Nord-Est 2021-2027 (Prioritatea 1)",
        "budget": None,
        "target_groups": ["IMM-uri", "universități", "clustere", "autorități locale"],
        "contact": contact("nord-est-cluster-agency", "ioana.margineanu@nord-est-cluster-agency.example"),
        "sources": [
            src("Strategia de Specializare Inteligentă a Regiunii Nord-Est 2021-2027", "https://www.adrnordest.ro/", "Agenția pentru Dezvoltare Regională Nord-Est", 2022),
            src("Programul Regional Nord-Est 2021-2027", "https://www.inforegionordest.ro/", "Agenția pentru Dezvoltare Regională Nord-Est", 2022),
        ],
        "texts": {
            "ro": text(
                "Strategia de specializare inteligentă a Regiunii Nord-Est și procesul de descoperire antreprenorială",
                """Agenția pentru Dezvoltare Regională Nord-Est a elaborat strategia regională de specializare
                inteligentă 2021-2027 printr-un proces continuu de descoperire antreprenorială, cu grupuri de
                lucru pe domenii și un portofoliu de idei de proiecte legat de Programul Regional.""",
                """
Regiunea **Nord-Est** este cea mai populată și una dintre cele mai puțin dezvoltate regiuni ale
României. Pentru perioada 2021-2027, **Agenția pentru Dezvoltare Regională Nord-Est** a devenit
autoritate de management a **Programului Regional Nord-Est** și a elaborat **Strategia de
Specializare Inteligentă (RIS3) a Regiunii Nord-Est**, condiție favorizantă pentru finanțarea
cercetării și inovării din FEDR.

Strategia a fost construită printr-un **proces de descoperire antreprenorială** (EDP) organizat ca
activitate permanentă, nu ca o consultare unică:

- **grupuri de lucru** pe domeniile de specializare ale regiunii (între care agroalimentar,
  textile, lemn și mobilă, TIC, sănătate și biotehnologii, turism), cu participarea firmelor,
  universităților din Iași, Suceava și Bacău, a clusterelor și a autorităților;
- un **Consorțiu Regional de Inovare**, care validează prioritățile și urmărește implementarea;
- colectarea continuă de **fișe de idei de proiecte**, din care s-a format un portofoliu regional
  de proiecte de inovare și transfer tehnologic;
- monitorizarea strategiei cu indicatori de context și de rezultat.

Clusterele regionale joacă un rol central: ele mobilizează întreprinderile la atelierele de
descoperire antreprenorială și transformă nevoile sectoriale în proiecte. Prioritatea 1 a
Programului Regional finanțează, în linie cu strategia, inovarea în IMM-uri, infrastructura de
transfer tehnologic și digitalizarea.
""",
                """Strategia a fost adoptată și validată de Consorțiul Regional de Inovare; sute de idei de
                proiecte au intrat în portofoliul regional, iar primele apeluri ale Programului Regional au fost
                legate explicit de domeniile RIS3.""",
                """Un proces de descoperire antreprenorială durabil are nevoie de o echipă dedicată în agenție și de
                rezultate vizibile pentru participanți; legătura directă cu apelurile programului regional a fost
                decisivă pentru implicarea firmelor.""",
                """Transferabil către regiunile care dobândesc rolul de autoritate de management sau care pot
                influența apelurile de finanțare; fără această legătură, procesul riscă să rămână consultativ.""",
            ),
            "en": text(
                "Smart specialisation strategy of Romania's Nord-Est region and its entrepreneurial discovery process",
                """The Nord-Est Regional Development Agency drew up the regional smart specialisation strategy
                2021-2027 through a continuous entrepreneurial discovery process, with working groups per domain
                and a portfolio of project ideas linked to the Regional Programme.""",
                """
**Nord-Est** is Romania's most populous region and one of its least developed. For 2021-2027 the
**Nord-Est Regional Development Agency** became the managing authority of the **Nord-Est Regional
Programme** and prepared the **Smart Specialisation Strategy (RIS3) of the Nord-Est Region**, an
enabling condition for ERDF investment in research and innovation.

The strategy was built through an **entrepreneurial discovery process** (EDP) run as a permanent
activity rather than a one-off consultation:

- **working groups** for the region's specialisation domains (among them agri-food, textiles,
  wood and furniture, ICT, health and biotechnology, tourism), bringing together firms, the
  universities of Iași, Suceava and Bacău, clusters and public authorities;
- a **Regional Innovation Consortium** that validates priorities and follows implementation;
- continuous collection of **project idea sheets**, which formed a regional portfolio of
  innovation and technology transfer projects;
- monitoring of the strategy with context and result indicators.

Regional clusters play a central role: they bring companies to the discovery workshops and turn
sector needs into projects. Priority 1 of the Regional Programme finances, in line with the
strategy, innovation in SMEs, technology transfer infrastructure and digitalisation.
""",
                """The strategy was adopted and validated by the Regional Innovation Consortium; hundreds of
                project ideas entered the regional portfolio and the first calls of the Regional Programme were
                tied explicitly to the RIS3 domains.""",
                """A lasting discovery process needs a dedicated team in the agency and visible results for
                participants; the direct link with the regional programme's calls was decisive for the
                involvement of firms.""",
                """Transferable to regions that become managing authorities or can shape funding calls; without
                that link the process risks remaining consultative.""",
                translation="human",
            ),
        },
    },
    {
        "slug": "ro-transilvania-it-cluster-cluj",
        "kind": "good_practice",
        "original_language": "ro",
        "areas": ["WG1", "WG6"],
        "countries": ["RO"],
        "regions": ["RO11"],
        "timeframe": "current",
        "start_year": 2012,
        "end_year": None,
        "instrument": "networking",
        "funding_source": "Cotizațiile membrilor; proiecte naționale și europene",
        "budget": None,
        "target_groups": ["companii TIC", "universități", "autorități locale"],
        "contact": contact("ilfov-innovation-agency", "mihai.constantinescu@ilfov-innovation-agency.example"),
        "sources": [
            src("Cluj IT Cluster", "https://www.clujit.ro/", "Asociația Cluj IT Cluster", 2023),
        ],
        "texts": {
            "ro": text(
                "Cluj IT Cluster: de la externalizare la produse proprii și inovare",
                """Înființat în 2012 la Cluj-Napoca, Cluj IT Cluster reunește companii de software,
                universități și autorități locale cu scopul de a muta industria IT locală de la externalizarea
                serviciilor spre produse și soluții cu valoare adăugată mare.""",
                """
Cluj-Napoca a devenit în anii 2000 unul dintre principalele centre IT ale României, bazat mai ales
pe **externalizarea** dezvoltării de software pentru clienți străini. În 2012, un grup de firme
locale, împreună cu universitățile clujene și cu autoritățile publice, a înființat **Cluj IT
Cluster**, organizat ca asociație după modelul **triplului helix**.

Clusterul și-a propus să schimbe modelul de afaceri al sectorului: de la vânzarea orelor de
programare la **produse proprii, inovare și proiecte comune**. Principalele sale acțiuni au fost:

- grupuri de lucru pe teme precum sănătate digitală, agricultură inteligentă, oraș inteligent
  și industrie 4.0, în care firmele dezvoltă împreună proiecte;
- colaborarea cu universitățile pentru adaptarea programelor de studiu, stagii de practică și
  programe de **reconversie profesională** spre IT;
- inițiative de tip „oraș al inovării”, prin care clusterul a propus autorităților locale
  proiecte de infrastructură pentru inovare și antreprenoriat;
- internaționalizare prin misiuni comune, participări la târguri și parteneriate cu clustere
  europene.

Clusterul a contribuit la includerea TIC printre domeniile de specializare inteligentă ale
Regiunii Nord-Vest și a devenit un partener obișnuit al agenției de dezvoltare regională în
procesul de descoperire antreprenorială.
""",
                """Clusterul a crescut la peste o sută de membri și a devenit partener în proiecte europene și în
                planificarea strategică a orașului și a regiunii.""",
                """Un cluster într-un sector aflat în creștere rapidă are nevoie de o misiune care să depășească
                interesele imediate ale firmelor; aici, trecerea de la externalizare la produse a dat această
                misiune. Deficitul de specialiști a unit firmele concurente în jurul formării.""",
                """Transferabil în orașe universitare cu o industrie IT de servicii; cere lideri de firme dispuși
                să investească timp și o administrație locală deschisă la proiecte propuse de cluster.""",
            ),
        },
    },
    {
        "slug": "ro-start-up-nation-2017",
        "kind": "instrument",
        "original_language": "ro",
        "areas": ["WG6", "WG4"],
        "countries": ["RO"],
        "regions": [],
        "timeframe": "past",
        "start_year": 2017,
        "end_year": 2020,
        "instrument": "grants",
        "funding_source": "Bugetul de stat – Programul pentru stimularea înființării întreprinderilor mici și mijlocii „Start-Up Nation – Romania”",
        "budget": budget(1_700_000_000, "RON", 0.2195, "2017-03-31"),
        "target_groups": ["antreprenori", "întreprinderi nou-înființate"],
        "contact": contact("nord-est-cluster-agency", "raluca.toma@nord-est-cluster-agency.example"),
        "sources": [
            src("Programul Start-Up Nation – Romania, ediția 2017", "https://www.aippimm.ro/", "Agenția pentru Implementarea Proiectelor și Programelor pentru IMM-uri (AIPPIMM)", 2017),
        ],
        "texts": {
            "ro": text(
                "Programul „Start-Up Nation – Romania” 2017: granturi pentru firme nou-înființate",
                """Programul guvernamental Start-Up Nation a oferit în 2017 granturi de până la 200.000 de lei
                pentru înființarea a aproximativ 10.000 de întreprinderi mici, cu obligația de a crea locuri de
                muncă, dintr-un buget de 1,7 miliarde de lei.""",
                """
**Start-Up Nation – Romania** a fost lansat în 2017 de Guvernul României ca program național de
stimulare a înființării de întreprinderi mici și mijlocii. Prima ediție avea un buget de **1,7
miliarde de lei** și își propunea să sprijine aproximativ **10.000 de firme noi**, fiecare cu un
ajutor nerambursabil de **până la 200.000 de lei**.

Mecanismul a fost gândit ca o schemă simplă, de masă:

- beneficiarii erau întreprinderi nou-înființate, conduse de antreprenori care nu mai avuseseră
  o firmă în ultimii ani;
- planul de afaceri era evaluat prin punctaj, cu bonus pentru anumite domenii și pentru
  regiunile mai puțin dezvoltate;
- ajutorul acoperea investiții în echipamente, spații, software, consultanță și salarii;
- beneficiarul trebuia să **creeze și să mențină locuri de muncă**, numărul lor crescând cu
  valoarea ajutorului;
- plățile se făceau prin decontare sau prin băncile partenere, pe bază de vouchere.

Programul a fost implementat de Agenția pentru Implementarea Proiectelor și Programelor pentru
IMM-uri (AIPPIMM) și de oficiile sale teritoriale. Ediții ulterioare au fost lansate cu fonduri
europene, cu reguli modificate.

Pentru clustere, programul a fost relevant mai ales în sectoarele cu bariere mici de intrare
(servicii, TIC, prelucrarea lemnului, agroturism), unde numeroase firme noi au intrat în
lanțurile locale de furnizori.
""",
                """Cererea a depășit mult oferta, iar mii de firme noi au fost finanțate; întârzierile la plăți și
                la evaluare au fost intens criticate în primii ani de implementare.""",
                """Un program de masă cu granturi mari pentru firme fără istoric atrage și proiecte construite doar
                pentru a obține finanțarea. Simplitatea procedurii este un avantaj doar dacă instituția care
                plătește are capacitatea necesară.""",
                """Regiunile care învață pot prelua ideea unor granturi mici pentru start-up-uri cu obligații de
                creare de locuri de muncă, dar cu bugete eșalonate, servicii de mentorat și legătura cu clusterele
                din domeniu.""",
            ),
            "en": text(
                "Romania's \"Start-Up Nation\" programme 2017: grants for newly founded firms",
                """In 2017 the government programme Start-Up Nation offered grants of up to RON 200,000 to found
                about 10,000 small enterprises that had to create jobs, from a budget of RON 1.7 billion.""",
                """
**Start-Up Nation – Romania** was launched by the Romanian Government in 2017 as a national
programme to stimulate the creation of small and medium-sized enterprises. Its first edition had a
budget of **RON 1.7 billion** and aimed to support about **10,000 new firms**, each with a grant of
**up to RON 200,000**.

The scheme was designed to be simple and large:

- beneficiaries were newly founded companies run by entrepreneurs who had not owned a firm in the
  previous years;
- business plans were scored, with bonus points for certain fields and for less developed
  regions;
- the grant covered equipment, premises, software, consultancy and wages;
- each beneficiary had to **create and keep jobs**, more of them for larger grants;
- payments were made by reimbursement or through partner banks, on the basis of vouchers.

The programme was run by the Agency for the Implementation of Projects and Programmes for SMEs
(AIPPIMM) and its territorial offices. Later editions were launched with EU funds and changed rules.

For clusters, the programme mattered most in sectors with low entry barriers (services, ICT, wood
processing, rural tourism), where many new firms joined local supplier chains.
""",
                """Demand far exceeded supply and thousands of new firms were financed; delays in evaluation and
                payments were heavily criticised in the first years.""",
                """A mass programme with large grants for firms without a track record also attracts projects built
                only to obtain money. A simple procedure helps only if the paying institution has the capacity.""",
                """Learning regions can take up small start-up grants tied to job creation, but with staggered
                budgets, mentoring and links to the clusters of the sector.""",
                translation="human",
            ),
        },
    },
    {
        "slug": "ro-scutire-impozit-venit-programatori",
        "kind": "instrument",
        "original_language": "ro",
        "areas": ["WG6", "WG1"],
        "countries": ["RO"],
        "regions": [],
        "timeframe": "past",
        "start_year": 2001,
        "end_year": 2024,
        "instrument": "tax_incentive",
        "funding_source": "Cheltuială fiscală a bugetului de stat (Codul fiscal)",
        "budget": None,
        "target_groups": ["angajați în dezvoltarea de software", "companii TIC"],
        "contact": contact("banat-regional-economics-institute", "adriana.stoica@banat-regional-economics-institute.example"),
        "status": "review",
        "sources": [
            src("Codul fiscal – Legea nr. 227/2015, art. 60 (scutiri de impozit pe venit)", "https://static.anaf.ro/", "Agenția Națională de Administrare Fiscală", 2023),
            src("Ordonanța de urgență nr. 156/2024 privind unele măsuri fiscal-bugetare", "https://legislatie.just.ro/", "Guvernul României – Monitorul Oficial", 2024),
        ],
        "texts": {
            "ro": text(
                "Scutirea de impozit pe venit pentru programatori (2001-2024): un stimulent fiscal pentru sectorul IT",
                """Timp de peste două decenii, salariații care dezvoltau programe pentru calculator au fost
                scutiți de impozitul pe venit, o măsură considerată unul dintre motoarele creșterii sectorului IT
                din România; ea a fost restrânsă în 2023 și eliminată de la 1 ianuarie 2025.""",
                """
Începând din 2001, România a scutit de **impozit pe venit** salariile persoanelor care desfășoară
activități de creare de programe pentru calculator. Condițiile au variat în timp, dar au inclus
de regulă:

- ocuparea unei funcții dintr-o listă de ocupații IT (programator, analist, inginer de sistem,
  dezvoltator etc.);
- o diplomă de studii superioare în domenii specificate sau, ulterior, o listă mai largă de
  specializări;
- realizarea de către angajator a unor venituri din activitatea de creare de software și
  înregistrarea acestora distinct în contabilitate.

Măsura a redus costul cu forța de muncă al firmelor de software și a făcut salariile nete
competitive cu cele din alte țări, într-un moment în care emigrarea specialiștilor era ridicată.
Mulți analiști o leagă de dezvoltarea rapidă a centrelor IT din București, Cluj-Napoca, Iași și
Timișoara și de ponderea ridicată a sectorului TIC în economie.

Din 2023, scutirea a fost **plafonată** la veniturile brute lunare de până la 10.000 de lei, iar
prin măsurile fiscal-bugetare adoptate la sfârșitul anului 2024 a fost **eliminată** de la 1
ianuarie 2025, în contextul consolidării fiscale.

Instrumentul este relevant pentru clusterele IT ca exemplu de stimulent de tip orizontal pentru un
sector întreg, cu efecte puternice, dar cu un cost bugetar greu de controlat.
""",
                """Sectorul TIC a devenit unul dintre cele mai dinamice ale economiei românești în perioada de
                aplicare a scutirii; efectul exact al măsurii, separat de alți factori, nu a fost evaluat
                riguros.""",
                """Stimulentele fiscale sectoriale pot crea rapid avantaj competitiv, dar o retragere bruscă
                creează incertitudine; o ieșire anunțată din timp și treptată ar fi fost mai ușor de absorbit.""",
                """Puțin transferabil ca atare în țări cu spațiu fiscal redus; mai potrivit ca stimulent temporar,
                cu evaluare și clauză de încetare definite de la început.""",
            ),
        },
    },
    {
        "slug": "ro-cec-de-inovare-pn3",
        "kind": "instrument",
        "original_language": "ro",
        "areas": ["WG1"],
        "countries": ["RO"],
        "regions": [],
        "timeframe": "past",
        "start_year": 2015,
        "end_year": 2020,
        "instrument": "vouchers",
        "funding_source": "Bugetul de stat – Planul Național de Cercetare-Dezvoltare și Inovare 2015-2020 (PN III)",
        "budget": None,
        "target_groups": ["IMM-uri", "organizații de cercetare"],
        "contact": contact("ilfov-innovation-agency", "mihai.constantinescu@ilfov-innovation-agency.example"),
        "sources": [
            src("PN III – Programul 2, Subprogramul 2.1: Cec de inovare", "https://uefiscdi.gov.ro/", "Unitatea Executivă pentru Finanțarea Învățământului Superior, a Cercetării, Dezvoltării și Inovării (UEFISCDI)", 2016),
        ],
        "texts": {
            "ro": text(
                "Cecul de inovare din Planul Național de Cercetare-Dezvoltare și Inovare 2015-2020",
                """Cecul de inovare a permis IMM-urilor să cumpere servicii de cercetare și inovare de la
                organizații de cercetare acreditate, printr-o procedură simplificată și cu o valoare fixă,
                plafonată.""",
                """
**Cecul de inovare** a fost unul dintre instrumentele Planului Național de Cercetare-Dezvoltare și
Inovare 2015-2020 (PN III), în Programul 2 „Creșterea competitivității economiei românești prin
cercetare, dezvoltare și inovare”. Competițiile au fost organizate de **UEFISCDI** pentru
ministerul de resort.

Mecanismul urmează modelul european al **voucherelor de inovare**:

- o întreprindere mică sau mijlocie primește un cec cu o valoare maximă fixă;
- cu acest cec, ea cumpără un serviciu de la un **furnizor de servicii de
  cercetare-dezvoltare** – un institut național, o universitate sau alt organism acreditat;
- serviciile eligibile includ cercetare aplicată, testare, prototipare, studii de
  fezabilitate tehnologică și consultanță pentru inovare;
- evaluarea este simplificată, iar plata se face după livrarea serviciului.

Scopul principal a fost să creeze **prima legătură** între firme care nu colaboraseră niciodată cu
cercetarea și furnizorii de cunoștințe, în speranța că relația va continua cu proiecte mai mari.

În practică, competițiile au fost rare și cu buget limitat, iar interesul IMM-urilor a depășit
numărul cecurilor disponibile. Agențiile regionale și clusterele au jucat un rol de intermediar,
ajutând firmele să formuleze nevoia de inovare și să găsească furnizorul potrivit.
""",
                """Câteva sute de IMM-uri au beneficiat de cecuri în competițiile organizate; nu există o evaluare
                publică a efectelor pe termen lung asupra colaborării cu cercetarea.""",
                """Voucherele funcționează când sunt disponibile continuu, cu proceduri simple; competițiile
                ocazionale pierd firmele care au nevoie de un serviciu acum. Intermedierea clusterelor crește
                calitatea cererilor.""",
                """Foarte transferabil: un voucher de inovare cere un buget mic și o listă de furnizori. Regiunea
                care învață are nevoie de un calendar deschis și de o verificare a calității furnizorilor.""",
            ),
        },
    },
    {
        "slug": "ro-esec-clustere-create-pentru-finantare",
        "kind": "experience",
        "original_language": "ro",
        "areas": ["WG4", "WG1"],
        "countries": ["RO"],
        "regions": [],
        "timeframe": "past",
        "start_year": 2008,
        "end_year": 2016,
        "instrument": "other",
        "funding_source": None,
        "budget": None,
        "target_groups": ["autorități de management", "clustere", "agenții de dezvoltare regională"],
        "contact": contact("banat-regional-economics-institute", "adriana.stoica@banat-regional-economics-institute.example"),
        "status": "draft",
        "sources": [
            src("RIO Country Report 2017: Romania", "https://publications.jrc.ec.europa.eu/", "European Commission, Joint Research Centre – Research and Innovation Observatory", 2018),
            src("Asociația Clusterelor din România", "https://www.clustero.eu/", "CLUSTERO", 2016),
        ],
        "texts": {
            "ro": text(
                "Lecții dintr-un eșec: clustere înființate doar pentru a accesa finanțări",
                """O parte dintre clusterele create în România în perioada 2008-2015 au existat doar pe hârtie,
                ca parteneriate formale pentru depunerea unor cereri de finanțare, și au dispărut după
                încheierea proiectelor.""",
                """
Introducerea clusterelor ca beneficiari eligibili în programele operaționale a dus la o creștere
rapidă a numărului de clustere declarate. Analizele politicii de cercetare și inovare din România,
precum și observațiile clusterelor active, au semnalat însă un fenomen cunoscut și în alte țări:
**clusterele „de hârtie”**.

Tiparul era asemănător în multe cazuri:

- un consultant sau o firmă lider construia un acord de asociere cu numărul minim de parteneri
  cerut de ghidul solicitantului;
- membrii nu plăteau cotizații și nu participau la guvernanța clusterului;
- activitatea se limita la implementarea unui singur proiect, de multe ori centrat pe o
  investiție a liderului;
- după încheierea finanțării, clusterul nu mai avea personal, buget sau activitate.

Cauzele țin de designul instrumentelor: criterii de eligibilitate formale (număr de membri,
acord semnat), lipsa unor cerințe privind activitatea anterioară, finanțarea pe proiecte scurte și
absența monitorizării după plată. În paralel, clusterele autentice – cu echipă, servicii și
membri implicați – au trebuit să concureze pentru aceleași fonduri.

Răspunsurile care s-au conturat ulterior includ cerințe privind vechimea și activitatea
demonstrabilă a clusterului, evaluarea comparativă după metodologia europeană, strategii pe mai
mulți ani și indicatori privind cofinanțarea privată.
""",
                """Numărul clusterelor declarate a crescut mult mai repede decât numărul clusterelor active;
                registrele publice nu au distins între ele.""",
                """Criteriile formale de eligibilitate invită la parteneriate formale. Un cluster trebuie evaluat
                după ce face pentru membri – servicii, proiecte comune, cotizații plătite – nu după câte semnături
                are.""",
                """Lecție direct utilă pentru țările care își lansează acum primul program de clustere: introduceți
                de la început o etapă de selecție bazată pe activitate și o monitorizare după finalizarea
                proiectelor.""",
            ),
        },
    },
    {
        "slug": "ro-parcuri-industriale-legea-186-2013",
        "kind": "instrument",
        "original_language": "ro",
        "areas": ["WG6", "WG5"],
        "countries": ["RO"],
        "regions": [],
        "timeframe": "current",
        "start_year": 2013,
        "end_year": None,
        "instrument": "infrastructure",
        "funding_source": "Bugete locale, FEDR (programele regionale), investiții private; facilități fiscale locale",
        "budget": None,
        "target_groups": ["autorități locale", "investitori", "IMM-uri"],
        "contact": contact("banat-regional-economics-institute"),
        "sources": [
            src("Legea nr. 186/2013 privind constituirea și funcționarea parcurilor industriale", "https://legislatie.just.ro/", "Parlamentul României – Monitorul Oficial", 2013),
            src("Lista parcurilor industriale", "https://www.mdlpa.ro/", "Ministerul Dezvoltării, Lucrărilor Publice și Administrației", 2023),
        ],
        "texts": {
            "ro": text(
                "Parcurile industriale în baza Legii nr. 186/2013: infrastructură pentru investiții și locuri de muncă",
                """Legea din 2013 privind parcurile industriale stabilește cum obțin autoritățile locale și
                investitorii titlul de parc industrial și ce facilități fiscale pot acorda, făcând din parcuri
                un instrument al dezvoltării regionale și al lanțurilor de furnizori.""",
                """
**Legea nr. 186/2013** privind constituirea și funcționarea parcurilor industriale a înlocuit
cadrul adoptat la începutul anilor 2000. Un parc industrial este o zonă delimitată în care se
desfășoară activități economice, de cercetare, producție industrială și servicii, cu o
infrastructură comună: drumuri, utilități, spații de producție și birouri.

Principalele elemente ale legii sunt:

- parcul poate fi înființat de autorități ale administrației publice locale, de investitori
  privați sau în parteneriat public-privat, iar **titlul de parc industrial** se acordă prin
  ordin al ministerului de resort;
- administratorul parcului asigură serviciile comune și selecția rezidenților;
- autoritățile locale pot acorda **facilități**: scutiri de la impozitul pe clădiri și pe teren
  pentru infrastructura parcului, scutirea de taxa pentru scoaterea terenului din circuitul
  agricol și alte facilități decise de consiliul local.

Parcurile au fost finanțate și din programele operaționale regionale, mai ales prin axele de
sprijin pentru structurile de sprijin a afacerilor. Cele mai de succes – în vestul și centrul
țării – au atras producători din industria auto și electronică și furnizorii lor, generând mii de
locuri de muncă și o cerere nouă pentru **formare profesională**.

Pentru politica de cluster, parcurile sunt o infrastructură complementară: concentrează firme din
același lanț valoric și pot găzdui servicii comune ale clusterului.
""",
                """Zeci de parcuri au primit titlul de parc industrial; gradul de ocupare variază mult între
                parcurile din regiunile dezvoltate și cele din regiunile periferice.""",
                """Infrastructura fără o strategie de atragere a investitorilor și fără forță de muncă calificată
                rămâne goală; parcurile de succes au combinat localizarea bună cu parteneriate pentru formare
                profesională.""",
                """Transferabil acolo unde autoritățile locale au teren și capacitate de administrare; regiunile
                care învață trebuie să lege parcurile de clusterele existente și de școlile profesionale.""",
            ),
        },
    },
]
