"""Demo knowledge items written originally in English: EU-wide and transnational
instruments, studies and training material."""

from _common import budget, contact, src, text

ITEMS = [
    {
        "slug": "eu-european-cluster-collaboration-platform",
        "kind": "instrument",
        "original_language": "en",
        "areas": ["WG3", "WG5"],
        "countries": [],
        "regions": [],
        "timeframe": "current",
        "start_year": None,
        "end_year": None,
        "instrument": "networking",
        "funding_source": "European Commission – COSME 2014-2020 and Single Market Programme 2021-2027",
        "budget": None,
        "target_groups": ["cluster organisations", "cluster managers", "regional authorities", "SMEs"],
        "contact": contact("adriatic-ionian-cluster-forum"),
        "sources": [
            src("European Cluster Collaboration Platform", "https://www.clustercollaboration.eu/", "European Commission", 2024),
        ],
        "texts": {
            "en": text(
                "European Cluster Collaboration Platform (ECCP)",
                """The European Commission's online hub for cluster organisations: profiles, partner search,
                matchmaking events and news on EU cluster initiatives. For clusters of South East Europe it is
                often the first door to partners in other countries.""",
                """
The **European Cluster Collaboration Platform** (ECCP) is the service the European Commission runs
for cluster organisations and the public authorities that support them. Its core is a searchable
directory of cluster organisation profiles, each with sectors, members, services and contact
people, which clusters keep up to date themselves. Around it the platform publishes calls for
cluster projects, news and events, and runs matchmaking: partner requests, cluster-to-cluster
meetings during the European Cluster Conference and the EU Cluster Weeks, and international
missions with clusters from outside the EU.

The platform also hosts the **European Cluster Partnerships** (earlier the European Strategic
Cluster Partnerships) and, since 2023, the information on the Euroclusters, and links to the
European Observatory for Clusters and Industrial Change, which publishes cluster mapping and
the European Cluster Panorama.

For a learning region the ECCP is useful in three ways:

- to **map** which cluster organisations exist in its own territory and in peer regions;
- to **find partners** for transnational projects and value-chain cooperation;
- to **benchmark** its clusters' services against those of labelled clusters elsewhere.

Profiles are self-declared, so the quality of information varies; clusters that do not
maintain their profile quickly become invisible.
""",
                """Well over a thousand cluster organisations from EU and partner countries keep a profile on
                the platform; its matchmaking events and partnership calls are a regular route for SEE clusters
                into European projects.""",
                """Visibility on the platform is cheap but not automatic: clusters that update their profile,
                publish cooperation offers and join matchmaking are contacted; dormant profiles are not.
                Regional authorities can use the directory as a first, incomplete map of their clusters.""",
                """Transfers easily: any region can ask its cluster organisations to keep ECCP profiles current
                and use them in its own cluster register. A learning region needs a person who follows the
                calls and brings local clusters to matchmaking events.""",
            ),
        },
    },
    {
        "slug": "eu-european-strategic-cluster-partnerships",
        "kind": "programme",
        "original_language": "en",
        "areas": ["WG3", "WG5"],
        "countries": [],
        "regions": [],
        "timeframe": "past",
        "start_year": 2016,
        "end_year": 2022,
        "instrument": "networking",
        "funding_source": "COSME 2014-2020 (cluster internationalisation actions)",
        "budget": None,
        "target_groups": ["cluster organisations", "SMEs"],
        "contact": contact("piave-cluster-network", "marco.zanon@piave-cluster-network.example"),
        "sources": [
            src("European Strategic Cluster Partnerships", "https://www.clustercollaboration.eu/", "European Commission, European Cluster Collaboration Platform", 2019),
            src("COSME – Europe's programme for small and medium-sized enterprises", "https://single-market-economy.ec.europa.eu/", "European Commission", 2020),
        ],
        "texts": {
            "en": text(
                "European Strategic Cluster Partnerships (ESCP-4i, ESCP-S3, ESCP-4x)",
                """Consortia of cluster organisations from several countries, funded under COSME to jointly go
                international (ESCP-4i), to invest along smart-specialisation value chains (ESCP-S3) or to raise
                the excellence of their services (ESCP-4x).""",
                """
From 2016 the European Commission funded **European Strategic Cluster Partnerships**: small
consortia of cluster organisations from at least three countries that agree a common strategy and
carry it out together. Three types were offered:

- **ESCP-4i – Going International**: partnerships that develop a joint internationalisation
  strategy and lead their SMEs to third markets (the United States, Japan, South Korea, Latin
  America and others) through joint missions and trade fairs;
- **ESCP-S3 – Smart Specialisation Investments**: partnerships built around shared
  smart-specialisation priorities of their regions, preparing interregional investment projects;
- **ESCP-4x – Excellence**: partnerships in which cluster organisations train their staff, test
  new services and move towards the cluster management excellence labels.

The ESCP-4i and ESCP-4x partnerships received grants under COSME calls; the ESCP-S3 were a
label and networking offer without dedicated funding. The ClusterXchange scheme, launched in
2019, let staff and members of these partnerships visit each other's ecosystems.

Several clusters from Italy, Slovenia, Croatia, Hungary, Romania, Bulgaria and Greece took part.
The model was continued in 2023 by the Euroclusters under the Single Market Programme.
""",
                """Dozens of partnerships were formed across the three types; clusters from SEE joined mostly as
                junior partners of consortia led by German, French, Spanish or Italian clusters.""",
                """A joint strategy written before the money flows keeps partnerships together after the grant.
                Junior partners from less experienced regions gained most when they led at least one work package
                rather than only attending missions.""",
                """Regional programmes can mirror the model with small co-financing for local clusters that join
                a European partnership. A learning region needs cluster managers with English, travel budgets and
                members willing to pay part of the mission costs.""",
            ),
        },
    },
    {
        "slug": "eu-cluster-excellence-labels-esca",
        "kind": "instrument",
        "original_language": "en",
        "areas": ["WG1", "WG3"],
        "countries": [],
        "regions": [],
        "timeframe": "current",
        "start_year": 2012,
        "end_year": None,
        "instrument": "other",
        "funding_source": "Fees paid by the cluster organisations; developed under the European Cluster Excellence Initiative (European Commission)",
        "budget": None,
        "target_groups": ["cluster organisations", "cluster managers", "programme owners"],
        "contact": contact("vertes-mechatronics-cluster", "gabor.horvath@vertes-mechatronics-cluster.example"),
        "sources": [
            src("Cluster Management Excellence Labels: Bronze, Silver, Gold", "https://www.cluster-analysis.org/", "European Secretariat for Cluster Analysis (ESCA)", 2023),
            src("European Cluster Excellence Initiative", "https://single-market-economy.ec.europa.eu/", "European Commission", 2012),
        ],
        "texts": {
            "en": text(
                "Cluster Management Excellence Labels (Bronze, Silver, Gold) of the European Secretariat for Cluster Analysis",
                """A benchmarking and labelling scheme for cluster organisations that grew out of the European
                Cluster Excellence Initiative; many programme owners in the region use the labels as an entry
                condition or a quality signal.""",
                """
The **European Cluster Excellence Initiative** (ECEI), launched by the European Commission in
2009, developed a common method to assess the quality of cluster management. Since 2012 the
**European Secretariat for Cluster Analysis** (ESCA), based in Berlin, has run the resulting
labelling scheme:

- the **Bronze Label** confirms that a cluster organisation has been benchmarked: an interview
  with the cluster manager covers the structure of the cluster, its governance, financing,
  services, communication and achievements, and the results are compared with hundreds of
  cluster organisations already in the database;
- the **Silver Label** marks a cluster organisation that uses the benchmarking to improve;
- the **Gold Label** certifies management excellence after an audit against a set of
  quality indicators, and is valid for two years.

Benchmarking is done by trained cluster benchmarking experts, and the cluster pays a fee.
National programmes in Germany, Hungary, Slovakia, Greece and other countries have used the
labels as entry conditions or scoring criteria for cluster funding, and several clusters in
Romania, Bulgaria and Slovenia hold Bronze or Gold labels.

For ClusterPoliSEE the labels give a common language: a learning region can see where its
cluster organisations stand against peers without designing its own assessment.
""",
                """Thousands of benchmarkings have been carried out across Europe and beyond; the Gold Label
                is held by a small group of cluster organisations, among them several from Central and South
                East Europe.""",
                """Benchmarking is most useful as a management tool, not a trophy: clusters that discussed the
                results with their board and members improved their services; those that sought a label only to
                meet a funding rule gained little.""",
                """Easy to adopt: a programme owner can require a Bronze Label for cluster funding at low cost.
                Asking for Gold too early excludes young clusters in learning regions; link the level required to
                the stage of the cluster.""",
            ),
        },
    },
    {
        "slug": "eu-enterprise-europe-network",
        "kind": "instrument",
        "original_language": "en",
        "areas": ["WG3", "WG1"],
        "countries": ["AL", "BG", "EL", "HR", "HU", "IT", "MK", "RO", "RS", "SI", "SK"],
        "regions": [],
        "timeframe": "current",
        "start_year": 2008,
        "end_year": None,
        "instrument": "networking",
        "funding_source": "European Commission – CIP 2008-2013, COSME 2014-2020, Single Market Programme 2021-2027; national co-funding",
        "budget": None,
        "target_groups": ["SMEs", "cluster organisations", "research organisations"],
        "contact": contact("vitosha-cluster-network", "desislava.petkova@vitosha-cluster-network.example"),
        "sources": [
            src("Enterprise Europe Network", "https://een.ec.europa.eu/", "European Commission", 2024),
        ],
        "texts": {
            "en": text(
                "Enterprise Europe Network: business and technology partnering for cluster members",
                """The EU's network of business support organisations that helps SMEs find partners abroad,
                transfer technology and access EU funding; its local contact points in every SEE country work
                closely with clusters.""",
                """
The **Enterprise Europe Network** (EEN) was set up by the European Commission in 2008, merging the
earlier Euro Info Centres and Innovation Relay Centres. It brings together several hundred host
organisations – chambers of commerce, regional development agencies, innovation agencies,
universities and technology centres – in the EU member states and in many partner countries,
including Albania, North Macedonia and Serbia.

Its services for small companies are free of charge:

- **partnering**: a shared database of business, technology and research cooperation
  profiles, and brokerage events at large trade fairs;
- **advice on internationalisation**, EU legislation and standards;
- **innovation support**: innovation management assessments, technology transfer and
  help with applications to EU research and innovation programmes.

The network organises its work in sector groups (agrifood, automotive, ICT, tourism, creative
industries and others), which makes it a natural partner of cluster organisations: the cluster
knows its members' needs, the network brings the foreign partners.

In SEE, EEN partners are often hosted by chambers of commerce or by the same agencies that manage
regional cluster programmes, which makes joint brokerage events easy to organise.
""",
                """The network reports each year thousands of partnership agreements signed by its clients;
                brokerage events at fairs are among the most frequent cooperation tools of SEE clusters.""",
                """Cluster organisations that agreed a division of tasks with their local EEN partner
                (the cluster mobilises members, the network finds foreign partners) avoided duplication and
                offered members a wider service.""",
                """Works in every SEE country because the network is already present. A learning region needs
                a standing agreement between its cluster programme and the local EEN consortium and shared
                calendars of brokerage events.""",
            ),
        },
    },
    {
        "slug": "see-clusterpolisee-policy-learning-2012",
        "kind": "experience",
        "original_language": "en",
        "areas": ["WG1", "WG2", "WG3", "WG4", "WG5", "WG6"],
        "countries": ["AL", "BG", "EL", "HR", "HU", "IT", "MK", "RO", "RS", "SI", "SK"],
        "regions": [],
        "timeframe": "past",
        "start_year": 2012,
        "end_year": 2014,
        "instrument": "networking",
        "funding_source": "ERDF and IPA – South East Europe Transnational Cooperation Programme 2007-2013, Priority Axis 1",
        "budget": None,
        "target_groups": ["regional authorities", "regional development agencies", "cluster organisations", "research organisations"],
        "contact": contact("nord-est-cluster-agency", "ioana.margineanu@nord-est-cluster-agency.example"),
        "sources": [
            src("ClusterPoliSEE – Smarter Cluster Policies for South East Europe, project record", "https://keep.eu/", "Interact – keep.eu database of Interreg projects", 2015),
            src("South East Europe Transnational Cooperation Programme – approved projects", "http://www.southeast-europe.net/", "SEE Programme Joint Technical Secretariat", 2014),
        ],
        "texts": {
            "en": text(
                "ClusterPoliSEE: transnational policy learning on cluster policy in South East Europe",
                """A South East Europe Programme project in which 25 partners from 11 countries built a common
                platform, assessed their regional cluster policies and tested policy-learning mechanisms in
                pilot initiatives across six thematic areas.""",
                """
**ClusterPoliSEE – Smarter Cluster Policies for South East Europe** was approved under Priority Axis 1
of the South East Europe Transnational Cooperation Programme ("Facilitation of innovation and
entrepreneurship", area of intervention "Develop technology and innovation networks in specific
fields"), on the terms of reference *Policy learning mechanisms to support cluster development*.

Its partnership joined national and regional authorities, regional development agencies, research
institutes and universities, innovation agencies and cluster networks from eight EU member states
and three IPA countries. Experienced partners passed knowledge to less experienced ones, and a user
group of stakeholders learned from both.

The work plan crossed six thematic areas – innovation and R&D, sustainability, international
cooperation, financing, smart specialisation, and skills and jobs – with the operational phases:

1. a collaborative ICT platform for mutual learning;
2. an in-depth assessment of past, current and future regional cluster policies;
3. the identification of factors, instruments, experiences and good practices, followed by
   pilot initiatives and their comparative evaluation;
4. joint outputs for after the project: a Joint Strategic Plan, a Sustainability Plan, a SEE
   Cluster Initiative and a SEE foresight programme.

Study visits, a training programme and a common knowledge base supported the learning.
""",
                """The project delivered the assessment of cluster policies in the partner regions, the pilot
                initiatives and the joint strategic documents; this platform continues its knowledge base.""",
                """Matrix work plans (areas × phases) keep a large partnership focused but need strong
                working-group coordinators. Learning was deepest where a pilot gave partners a concrete policy
                change to test, rather than only exchanges of presentations.""",
                """The approach transfers to any transnational partnership that mixes experienced and learning
                regions. It needs a shared vocabulary of instruments, comparable data on regions, and a
                commitment by authorities to test at least one change in their own policy.""",
            ),
            "ro": text(
                "ClusterPoliSEE: învățare transnațională în domeniul politicilor de cluster din Europa de Sud-Est",
                """Un proiect al Programului Europa de Sud-Est în care 25 de parteneri din 11 țări au construit o
                platformă comună, au evaluat politicile regionale de cluster și au testat mecanisme de învățare
                prin inițiative pilot în șase arii tematice.""",
                """
**ClusterPoliSEE – Politici de cluster mai inteligente pentru Europa de Sud-Est** a fost aprobat în
cadrul Axei prioritare 1 a Programului de Cooperare Transnațională Europa de Sud-Est („Facilitarea
inovării și a spiritului antreprenorial”, domeniul de intervenție „Dezvoltarea rețelelor tehnologice
și de inovare în domenii specifice”), pe termenii de referință *Mecanisme de învățare a politicilor
pentru sprijinirea dezvoltării clusterelor*.

Parteneriatul a reunit autorități naționale și regionale, agenții de dezvoltare regională, institute
de cercetare și universități, agenții de inovare și rețele de clustere din opt state membre ale UE
și trei țări IPA. Partenerii cu experiență au transferat cunoștințe către cei mai puțin experimentați,
iar un grup de utilizatori a învățat de la ambele categorii.

Planul de lucru a încrucișat șase arii tematice – inovare și cercetare-dezvoltare, sustenabilitate,
cooperare internațională, finanțare, specializare inteligentă, competențe și locuri de muncă – cu
fazele operaționale:

1. o platformă TIC de colaborare pentru învățare reciprocă;
2. o evaluare aprofundată a politicilor regionale de cluster trecute, actuale și viitoare;
3. identificarea factorilor, instrumentelor, experiențelor și bunelor practici, urmată de
   inițiative pilot și de evaluarea lor comparativă;
4. rezultate comune pentru perioada de după proiect: un Plan Strategic Comun, un Plan de
   Sustenabilitate, o Inițiativă de Cluster pentru Europa de Sud-Est și un program de prospectivă.

Vizitele de studiu, un program de formare și o bază de cunoștințe comună au susținut învățarea.
""",
                """Proiectul a realizat evaluarea politicilor de cluster din regiunile partenere, inițiativele
                pilot și documentele strategice comune; platforma de față continuă baza sa de cunoștințe.""",
                """Planurile de lucru de tip matrice (arii × faze) țin un parteneriat mare concentrat, dar cer
                coordonatori puternici ai grupurilor de lucru. Învățarea a fost mai profundă acolo unde un proiect
                pilot le-a dat partenerilor o schimbare concretă de politică de testat.""",
                """Abordarea se poate transfera oricărui parteneriat transnațional care reunește regiuni cu
                experiență și regiuni care învață. Este nevoie de un vocabular comun al instrumentelor, de date
                comparabile despre regiuni și de angajamentul autorităților de a testa cel puțin o schimbare.""",
                translation="human",
            ),
        },
    },
    {
        "slug": "eu-cluster-observatory-star-ratings",
        "kind": "study",
        "original_language": "en",
        "areas": ["WG5"],
        "countries": [],
        "regions": [],
        "timeframe": "current",
        "start_year": 2007,
        "end_year": None,
        "instrument": "other",
        "funding_source": "European Commission – Europe INNOVA, later COSME and Single Market Programme",
        "budget": None,
        "target_groups": ["regional authorities", "researchers", "cluster organisations"],
        "contact": contact("banat-regional-economics-institute", "adriana.stoica@banat-regional-economics-institute.example"),
        "sources": [
            src("European Cluster Observatory – methodology of cluster mapping", "https://www.clusterobservatory.eu/", "Center for Strategy and Competitiveness, Stockholm School of Economics, for the European Commission", 2011),
            src("European Cluster Panorama 2021", "https://single-market-economy.ec.europa.eu/", "European Commission, European Observatory for Clusters and Industrial Change", 2021),
        ],
        "texts": {
            "en": text(
                "European Cluster Observatory: mapping regional clusters with star ratings",
                """The European Cluster Observatory mapped statistical clusters in every European region from
                employment data and rated them with up to three stars for size, specialisation and focus; its
                successor publishes the European Cluster Panorama.""",
                """
The **European Cluster Observatory** was launched in 2007 under the Commission's Europe INNOVA
initiative and built by the Center for Strategy and Competitiveness of the Stockholm School of
Economics. It defined cluster categories – groups of related industries that tend to locate
together, such as automotive, textiles, information technology or transport and logistics – and
measured them in every NUTS 2 region from employment statistics.

Each regional cluster could earn up to **three stars**, one for each of three tests:

- **size**: the region's employment in the category is among the top 10 % of European regions;
- **specialisation**: the location quotient – the category's share of regional employment
  divided by its share of European employment – is 2 or more;
- **focus**: the category accounts for a high share of the region's total employment (top 10 %).

The star ratings gave policy makers, for the first time, a comparable picture of where clusters
are across the EU and its neighbourhood. The approach has limits: it counts employment, not
cooperation, and says nothing about whether a cluster organisation exists. Its successor, the
European Observatory for Clusters and Industrial Change (from 2017), added indicators on
innovation, entrepreneurship and the green and digital transition, and publishes the
**European Cluster Panorama**.

The analytics of this platform compute the same measures for the regions of the partnership.
""",
                """The observatory published cluster maps for all EU regions; in SEE it revealed strong
                statistical clusters in textiles and footwear, automotive supply, agri-food, tourism and, in
                capital regions, business services and ICT.""",
                """A statistical cluster is not a cluster initiative: star ratings show concentration of jobs,
                not whether firms cooperate. Regions should combine the mapping with interviews and with data on
                cluster organisations.""",
                """Easy to reproduce wherever regional employment by sector exists. Learning regions in IPA
                countries need regional statistics by NACE division, which are often missing or suppressed; the
                platform flags such gaps.""",
            ),
        },
    },
    {
        "slug": "cluster-initiative-greenbook-success-factors",
        "kind": "factor",
        "original_language": "en",
        "areas": ["WG1", "WG4"],
        "countries": [],
        "regions": [],
        "timeframe": "past",
        "start_year": 2003,
        "end_year": 2013,
        "instrument": "other",
        "funding_source": None,
        "budget": None,
        "target_groups": ["cluster managers", "regional authorities", "researchers"],
        "contact": contact("athens-cluster-studies-institute", "nikolaos.karagiannis@athens-cluster-studies-institute.example"),
        "sources": [
            src("The Cluster Initiative Greenbook (Sölvell, Lindqvist, Ketels)", "https://www.hhs.se/", "Ivory Tower, Stockholm", 2003),
            src("The Cluster Initiative Greenbook 2.0 (Lindqvist, Ketels, Sölvell)", "https://www.tci-network.org/", "Ivory Tower Publishers", 2013),
        ],
        "texts": {
            "en": text(
                "What makes cluster initiatives succeed: lessons of the Cluster Initiative Greenbook",
                """Based on a global survey of cluster initiatives, the Greenbook links performance to the
                setting, the objectives and above all the process of an initiative: broad membership, a
                capable facilitator, its own office and budget, and consensus on goals.""",
                """
*The Cluster Initiative Greenbook* (Sölvell, Lindqvist and Ketels, 2003) analysed the Global
Cluster Initiative Survey, which covered some 500 cluster initiatives around the world, and the
*Greenbook 2.0* (2013) repeated the exercise a decade later. Both studied cluster initiatives as
organised efforts by firms, government and research to increase the growth and competitiveness
of a cluster.

The authors describe an initiative by its **setting** (the business environment and the strength
of the cluster), its **objectives** (from research networking to export promotion and
commercial cooperation) and its **process** (how it was started, financed, governed and staffed).
Performance – on competitiveness, growth and meeting goals – depended above all on process:

- a **cluster facilitator** with experience and a network, working from an own office;
- an **adequate initial budget**, with members gradually contributing;
- **broad participation**, including foreign-owned firms and research organisations;
- **consensus** on a framework of goals, and a clear vision;
- **trust**, built through early, visible joint actions.

Initiatives were less successful when started only by government with weak company commitment,
when they lacked resources, or when they excluded important firms. The Greenbook 2.0 noted that
cluster organisations had become more professional and that public co-financing remained
important in most of them.
""",
                """The survey showed that initiatives with their own office, facilitator and budget reported
                better results on competitiveness and goal fulfilment than those run as side projects.""",
                """For SEE the most relevant factors are process ones that policy can influence: a paid
                cluster manager for several years, multi-annual rather than one-off funding, and a rule that
                members co-finance a growing share.""",
                """The factors are general and transfer to any region. They help a learning region design
                eligibility and scoring rules of a cluster programme and the questions of a cluster assessment.""",
            ),
        },
    },
    {
        "slug": "eu-s3-platform-jrc",
        "kind": "instrument",
        "original_language": "en",
        "areas": ["WG5"],
        "countries": ["AL", "MK", "RS"],
        "regions": [],
        "timeframe": "current",
        "start_year": 2011,
        "end_year": None,
        "instrument": "other",
        "funding_source": "European Commission – Joint Research Centre and DG REGIO",
        "budget": None,
        "target_groups": ["regional authorities", "national authorities", "researchers"],
        "contact": contact("si-smart-specialisation-agency", "gregor.zupan@si-smart-specialisation-agency.example"),
        "sources": [
            src("Smart Specialisation Platform", "https://s3platform.jrc.ec.europa.eu/", "European Commission, Joint Research Centre", 2024),
            src("Guide to Research and Innovation Strategies for Smart Specialisations (RIS3 Guide)", "https://s3platform.jrc.ec.europa.eu/", "European Commission", 2012),
        ],
        "texts": {
            "en": text(
                "The Smart Specialisation Platform (S3 Platform) of the Joint Research Centre",
                """Set up in 2011 in Seville, the S3 Platform helps EU regions and member states – and since
                2018 also enlargement and neighbourhood countries – to design and implement research and
                innovation strategies for smart specialisation.""",
                """
The **Smart Specialisation Platform** was established by the European Commission in 2011 and is run
by the Joint Research Centre in Seville. It was created when smart specialisation became an ex-ante
condition for investing ERDF in research and innovation in 2014-2020, and it produced the reference
guidance, starting with the **RIS3 Guide** of 2012.

Its main services are:

- **peer reviews** in which regions present their strategy to peers and experts;
- guidance and handbooks on the entrepreneurial discovery process, governance, monitoring
  and evaluation;
- data tools such as Eye@RIS3, a database of regional priorities, and tools on trade and
  research specialisation;
- **thematic platforms** on industrial modernisation, agri-food and energy, in which regions
  with similar priorities build interregional partnerships.

Since 2018 the JRC has applied a **Smart Specialisation Framework** to EU enlargement and
neighbourhood countries. Serbia, the first country outside the EU to adopt a smart specialisation
strategy (2020), North Macedonia, Albania, Montenegro and others have used its methodology:
quantitative mapping of economic, innovation and scientific potential, a qualitative analysis,
and entrepreneurial discovery workshops.

For cluster policy the platform matters because cluster organisations are natural partners in
entrepreneurial discovery and in the thematic partnerships.
""",
                """All EU regions that use ERDF for research and innovation have a smart specialisation
                strategy; several Western Balkan countries completed mapping and discovery with the JRC's
                support.""",
                """Strategies work when priorities are few and backed by actors who will invest; peer review
                helped regions cut long lists of priorities. Clusters were useful partners in discovery
                workshops where they could mobilise firms.""",
                """The methodology is public and designed for transfer. A learning region needs regional data,
                a small strategy team with a mandate, and time – discovery is a process, not a one-off workshop.""",
            ),
        },
    },
    {
        "slug": "eu-smart-guide-to-cluster-policy-2016",
        "kind": "study",
        "original_language": "en",
        "areas": ["WG5", "WG1", "WG4"],
        "countries": [],
        "regions": [],
        "timeframe": "past",
        "start_year": 2016,
        "end_year": 2016,
        "instrument": "other",
        "funding_source": "European Commission – DG GROW",
        "budget": None,
        "target_groups": ["regional authorities", "managing authorities", "cluster organisations"],
        "contact": contact("axios-innovation-agency", "eleni.papadimitriou@axios-innovation-agency.example"),
        "sources": [
            src("Smart Guide to Cluster Policy (Guidebook Series: How to support SME Policy from Structural Funds)", "https://op.europa.eu/", "European Commission, Publications Office of the EU", 2016),
        ],
        "texts": {
            "en": text(
                "Smart Guide to Cluster Policy: how to design cluster programmes with structural funds",
                """A European Commission guidebook (2016) that tells policy makers how to use cluster policy as
                a tool for industrial modernisation and smart specialisation, from the rationale for public
                support to monitoring and evaluation.""",
                """
The *Smart Guide to Cluster Policy* belongs to the Commission's guidebook series on supporting SME
policy from the European Structural and Investment Funds. It is written for national and regional
authorities that want to start or renew a cluster programme in 2014-2020 and beyond.

The guide argues that clusters should be seen less as a goal in themselves than as a means to
**structural change**: they help regions move into new value chains, connect SMEs to research,
and implement smart specialisation strategies. It distinguishes:

- **cluster policy** in the narrow sense – support for cluster organisations and their
  services;
- **cluster-based policies** – using clusters as channels for innovation, internationalisation,
  skills or entrepreneurship measures.

Practical recommendations include supporting cluster organisations with declining public shares
over time, concentrating on fewer clusters of higher quality, using **excellence labels and
benchmarking**, linking cluster programmes to smart specialisation priorities, encouraging
cross-sectoral and interregional cooperation, and building **monitoring and evaluation** into the
programme from the start, with indicators on members, services, projects and private co-funding.

The guide includes cases from several member states and a checklist for programme design, which
makes it a good starting point for the self-assessment framework of this platform.
""",
                """The guide became a common reference in the 2014-2020 period; its checklist is used in
                cluster policy assessments, including those of learning regions in SEE.""",
                """Cluster programmes need a theory of change: what the public money should change in firms'
                behaviour. Without indicators beyond the number of members, evaluations cannot show results.""",
                """Directly usable by any managing authority. A learning region should read it together with its
                own smart specialisation strategy and the funding rules of its operational programme.""",
            ),
        },
    },
    {
        "slug": "eusdr-priority-area-8-cluster-cooperation",
        "kind": "programme",
        "original_language": "en",
        "areas": ["WG3"],
        "countries": ["BG", "HR", "HU", "RO", "RS", "SI", "SK"],
        "regions": [],
        "timeframe": "current",
        "start_year": 2011,
        "end_year": None,
        "instrument": "networking",
        "funding_source": "No dedicated fund; projects funded by Interreg Danube, national and regional programmes",
        "budget": None,
        "target_groups": ["cluster organisations", "national authorities", "SMEs"],
        "contact": contact("sava-cluster-alliance", "luka.peric@sava-cluster-alliance.example"),
        "sources": [
            src("EU Strategy for the Danube Region – Priority Area 8: Competitiveness of enterprises", "https://danube-region.eu/", "EUSDR", 2023),
            src("Communication on the European Union Strategy for the Danube Region, COM(2010) 715", "https://eur-lex.europa.eu/", "European Commission", 2010),
        ],
        "texts": {
            "en": text(
                "Danube Region Strategy, Priority Area 8: cluster cooperation across the Danube countries",
                """Priority Area 8 of the EU Strategy for the Danube Region supports the competitiveness of
                enterprises, including cluster development; coordinated by Baden-Württemberg and Croatia, it
                connects cluster organisations and policy makers of fourteen countries.""",
                """
The **EU Strategy for the Danube Region** (EUSDR), endorsed in 2011, is a macro-regional strategy
of fourteen countries – nine EU member states and five non-member states – along the Danube. Its
**Priority Area 8** (PA8), "To support the competitiveness of enterprises, including cluster
development", is coordinated by the German state of Baden-Württemberg and by Croatia.

A macro-regional strategy has no budget of its own: PA8 works by bringing people together and
by helping projects find money in existing programmes. Its actions for clusters have included:

- Danube-wide **cluster conferences and workshops** where cluster managers and ministries meet;
- working groups on clusters, on the digitalisation of SMEs and on vocational training;
- support for transnational cluster projects in the Interreg Danube programme, such as
  partnerships on Industry 4.0, on advanced manufacturing and on the bioeconomy;
- exchanges on cluster policy between ministries, including countries that were still building
  their first programme.

For SEE, PA8 links Slovenia, Croatia, Hungary, Slovakia, Romania, Bulgaria and Serbia (and
others) around shared industries: automotive supply, metalworking, wood, agri-food and ICT.
""",
                """PA8 has run regular Danube cluster events and labelled a series of transnational projects;
                its working groups keep ministries of the region in contact between funding periods.""",
                """Macro-regional networking is cheap and durable but produces results only when it is tied to
                project funding; clusters joined when calls were in sight.""",
                """Any region in the Danube area can use PA8 to find partners and present its cluster programme.
                Learning regions gain most by naming one person to follow PA8 and report back to regional
                cluster managers.""",
            ),
        },
    },
    {
        "slug": "eu-cosme-2014-2020",
        "kind": "programme",
        "original_language": "en",
        "areas": ["WG4", "WG3"],
        "countries": [],
        "regions": [],
        "timeframe": "past",
        "start_year": 2014,
        "end_year": 2020,
        "instrument": "loans_guarantees",
        "funding_source": "EU budget – COSME, Regulation (EU) No 1287/2013",
        "budget": budget(2_300_000_000),
        "target_groups": ["SMEs", "financial intermediaries", "cluster organisations"],
        "contact": contact("danube-innovation-agency", "tomas.kovacik@danube-innovation-agency.example"),
        "sources": [
            src("Regulation (EU) No 1287/2013 establishing a Programme for the Competitiveness of Enterprises and small and medium-sized enterprises (COSME)", "https://eur-lex.europa.eu/", "Official Journal of the European Union", 2013),
            src("COSME Loan Guarantee Facility", "https://www.eif.org/", "European Investment Fund", 2020),
        ],
        "texts": {
            "en": text(
                "COSME 2014-2020: loan guarantees, equity and cluster internationalisation for SMEs",
                """The EU programme for the competitiveness of enterprises and SMEs (about EUR 2.3 billion)
                financed loan guarantees and venture capital through the European Investment Fund, the
                Enterprise Europe Network and cluster internationalisation partnerships.""",
                """
**COSME**, the Programme for the Competitiveness of Enterprises and Small and Medium-sized
Enterprises, ran from 2014 to 2020 with a budget of about EUR 2.3 billion. More than half of it
went into two financial instruments managed by the **European Investment Fund**:

- the **Loan Guarantee Facility** (LGF): guarantees and counter-guarantees to banks, guarantee
  institutions and leasing companies, so that they lend to SMEs that lack collateral;
- the **Equity Facility for Growth** (EFG): investments in venture capital and mezzanine funds
  that finance SMEs in their expansion and growth stage.

The rest of the programme supported access to markets (the Enterprise Europe Network), better
framework conditions, entrepreneurship and **cluster internationalisation** – the European
Strategic Cluster Partnerships and the European Cluster Collaboration Platform.

In South East Europe the LGF was used by commercial and promotional banks and by national
guarantee funds in Bulgaria, Croatia, Greece, Hungary, Italy, Romania, Slovenia and Slovakia,
and by intermediaries in some IPA countries taking part in the programme. For many cluster members
it was the invisible part of a bank loan; for cluster organisations the visible part was the
internationalisation calls.

COSME was succeeded in 2021 by the SME pillar of the Single Market Programme and by InvestEU.
""",
                """The Loan Guarantee Facility backed loans to several hundred thousand SMEs across the
                participating countries, many of them micro-enterprises, according to the EIF's reports.""",
                """Guarantees reach far more firms than grants for the same public money, but only through
                intermediaries that want to use them; cluster organisations can help by informing members which
                local banks hold an EU guarantee.""",
                """The model is carried on by InvestEU. Learning regions need active local intermediaries;
                cluster organisations can add a financing desk that explains these products to members.""",
            ),
        },
    },
    {
        "slug": "eu-guidance-innovation-procurement-2021",
        "kind": "instrument",
        "original_language": "en",
        "areas": ["WG1", "WG4"],
        "countries": [],
        "regions": [],
        "timeframe": "current",
        "start_year": 2021,
        "end_year": None,
        "instrument": "procurement",
        "funding_source": "Public buyers' own budgets; ERDF and Horizon Europe support for pre-commercial procurement",
        "budget": None,
        "target_groups": ["public buyers", "regional authorities", "SMEs", "cluster organisations"],
        "contact": contact("via-emilia-innovation-agency", "francesca.moretti@via-emilia-innovation-agency.example"),
        "status": "review",
        "sources": [
            src("Guidance on Innovation Procurement, C(2021) 4320", "https://eur-lex.europa.eu/", "European Commission", 2021),
            src("Pre-commercial Procurement: Driving innovation to ensure sustainable high quality public services in Europe, COM(2007) 799", "https://eur-lex.europa.eu/", "European Commission", 2007),
        ],
        "texts": {
            "en": text(
                "Innovation procurement: public buyers as first customers of cluster innovations",
                """The Commission's 2021 guidance explains how public buyers can purchase innovative solutions –
                through pre-commercial procurement, innovation partnerships and innovation-friendly tenders –
                and how clusters can organise the dialogue between buyers and suppliers.""",
                """
Public authorities in the EU spend around 14 % of GDP on works, goods and services. **Innovation
procurement** uses part of this demand to buy solutions that do not yet exist on the market or
are new to the buyer. The European Commission described **pre-commercial procurement** (PCP) in
2007 – public buyers share with suppliers the risks of research and development, in competing
phases, before buying – and the 2014 procurement directives added the **innovation partnership**
procedure.

The 2021 *Guidance on Innovation Procurement* brings these tools together. It asks public buyers to:

- set up a **strategy** and political support for innovation procurement;
- run **open market consultations** before tendering, to learn what suppliers can offer;
- describe needs as **functional and performance requirements** rather than technical
  specifications, and use award criteria on quality and life-cycle cost;
- split large contracts into lots and accept consortia so that **SMEs** can bid.

Clusters play a natural role on both sides: they can gather public buyers with common needs
(hospitals, municipalities, utilities) and organise member firms to answer market consultations.
ERDF programmes and smart specialisation strategies in several SEE regions include innovation
procurement, though its use remains small.
""",
                """Across the EU the share of innovation procurement remains low; pilots in health, energy and
                smart-city services show that buyers who consulted the market got more SME bids.""",
                """Procurement officers fear legal risk more than anything; a competence centre that gives them
                templates and legal cover is worth more than a new funding line.""",
                """Requires a public buyer with a real need and political backing, plus a cluster or agency that
                can organise market dialogue. Start with a small PCP in a sector where the region has a cluster.""",
            ),
        },
    },
    {
        "slug": "oecd-competitive-regional-clusters-2007",
        "kind": "study",
        "original_language": "en",
        "areas": ["WG5", "WG1"],
        "countries": ["HU", "IT"],
        "regions": [],
        "timeframe": "past",
        "start_year": 2007,
        "end_year": 2007,
        "instrument": "other",
        "funding_source": None,
        "budget": None,
        "target_groups": ["national authorities", "regional authorities", "researchers"],
        "contact": contact("alpi-orientali-university", "giulia.furlan@alpi-orientali-university.example"),
        "status": "archived",
        "sources": [
            src("Competitive Regional Clusters: National Policy Approaches (OECD Reviews of Regional Innovation)", "https://www.oecd.org/", "OECD Publishing", 2007),
        ],
        "texts": {
            "en": text(
                "OECD study: competitive regional clusters and national policy approaches",
                """A comparative OECD review (2007) of cluster and regional specialisation programmes in member
                countries, with a typology of goals and instruments and warnings about common mistakes.""",
                """
*Competitive Regional Clusters: National Policy Approaches* was the OECD's first broad comparison of
how national governments support clusters. It examined programmes in more than two dozen member
countries, among them Hungary and Italy, and grouped them by their roots in three policy families:

- **regional policy**, which uses clusters to help lagging regions catch up;
- **science and technology policy**, which uses them to commercialise research and build
  poles of excellence;
- **industrial and enterprise policy**, which uses them to strengthen SMEs and networks.

The study found that most programmes pursue several goals at once and that the same words
("cluster", "pole", "district") cover very different instruments, from small networking grants to
large research infrastructure. It recommended that governments:

- avoid picking sectors without evidence and support **bottom-up** initiatives that show
  private commitment;
- use **competitive selection** and declining public funding;
- align national and regional programmes instead of running parallel ones;
- evaluate programmes over a long enough time and not judge them on the number of clusters created.

It warned in particular against the "cluster fashion": creating labels without firms, or
building programmes that would not survive the end of public money.
""",
                """The review's typology is still used to classify cluster programmes, including in the
                assessment framework of this platform.""",
                """Programmes that mixed too many goals were hard to evaluate; clear goals and competitive
                selection were the common traits of the more successful ones.""",
                """Useful to any ministry or region designing or reviewing a programme; the classification of
                goals helps partners compare their programmes before a study visit.""",
            ),
        },
    },
    {
        "slug": "training-cluster-mapping-location-quotient",
        "kind": "training",
        "original_language": "en",
        "areas": ["WG5", "WG6"],
        "countries": [],
        "regions": [],
        "timeframe": "current",
        "start_year": 2024,
        "end_year": None,
        "instrument": "training",
        "funding_source": None,
        "budget": None,
        "target_groups": ["regional authorities", "regional development agencies", "cluster managers"],
        "contact": contact("hajdusag-university", "reka.fekete@hajdusag-university.example"),
        "sources": [
            src("European Cluster Observatory – cluster mapping methodology", "https://www.clusterobservatory.eu/", "Center for Strategy and Competitiveness, Stockholm School of Economics", 2011),
            src("Employment by sex, age, economic activity and NUTS 2 regions (lfst_r_lfe2en2)", "https://ec.europa.eu/eurostat/", "Eurostat", 2016),
        ],
        "texts": {
            "en": text(
                "Training module: mapping your region's clusters with location quotients and star ratings",
                """A half-day module for regional officers: how to compute employment size, location quotient
                and focus from regional employment data, read star ratings, and avoid the usual pitfalls.""",
                """
This module teaches the measures behind cluster mapping, using the method of the European Cluster
Observatory and Eurostat's regional employment data, so that participants can reproduce and
question the maps in this platform.

**Session 1 – the data.** Employment by region and sector (NACE Rev. 2) from the Labour Force
Survey; why some cells are missing or flagged as unreliable; what NUTS 2 regions are and why
regional boundaries change between NUTS versions.

**Session 2 – the measures.** For region *r* and sector *s*:

- *size*: the employment of *s* in *r*, and its rank among European regions;
- *location quotient* (LQ): the share of *s* in the employment of *r* divided by the share of
  *s* in European employment; LQ ≥ 2 signals strong specialisation;
- *focus*: the share of *s* in the region's total employment;
- *growth*: the change of employment over a chosen period.

**Session 3 – stars and their limits.** One star for each test passed; why a small region can
have high LQ with few jobs; why employment-based maps miss small but innovative clusters and
services hidden in broad categories.

**Exercise.** Each participant maps three sectors in her own region, compares them with a
structurally similar region found through the platform's benchmarking, and writes three sentences
on what the numbers do and do not show.
""",
                """Participants leave able to compute and explain the indicators and to spot data gaps in their
                own region.""",
                """Officers trust maps they have computed themselves; short exercises on their own region work
                better than long lectures on method.""",
                """Runs anywhere with the platform and a projector; in IPA countries the trainer should prepare
                national data where Eurostat's regional series are missing.""",
            ),
        },
    },
    {
        "slug": "training-entrepreneurial-discovery-process",
        "kind": "training",
        "original_language": "en",
        "areas": ["WG5", "WG1"],
        "countries": [],
        "regions": [],
        "timeframe": "current",
        "start_year": 2016,
        "end_year": None,
        "instrument": "training",
        "funding_source": None,
        "budget": None,
        "target_groups": ["regional authorities", "cluster managers", "universities"],
        "contact": contact("si-smart-specialisation-agency", "petra.novak@si-smart-specialisation-agency.example"),
        "sources": [
            src("Implementing Smart Specialisation Strategies: A Handbook", "https://s3platform.jrc.ec.europa.eu/", "European Commission, Joint Research Centre", 2016),
        ],
        "texts": {
            "en": text(
                "Training module: running an entrepreneurial discovery process with clusters",
                """A one-day training module, based on the JRC's handbook on implementing smart
                specialisation, on how to prepare, moderate and follow up entrepreneurial discovery workshops
                in which cluster organisations bring firms to the table.""",
                """
The **entrepreneurial discovery process** (EDP) is the heart of smart specialisation: businesses,
researchers, public bodies and civil society together discover where a region's future
opportunities lie and what it takes to seize them. The JRC's handbook *Implementing Smart
Specialisation Strategies* (2016) describes EDP as a continuous process, not a single consultation.

The module follows that logic in four parts:

1. **Preparing**: choose a domain from the strategy, gather evidence (cluster mapping, patents,
   research projects, trade data), and ask cluster organisations to invite companies that invest
   in innovation, not only their board members.
2. **Moderating**: structure a workshop around concrete challenges and value chains; use small
   groups; end with draft project ideas with named owners.
3. **Following up**: turn ideas into project pipelines, calls or changes to existing
   instruments; report back to participants what happened to their proposals.
4. **Monitoring**: keep a register of participants and ideas; review priorities every two to
   three years.

Case material comes from regions in the partnership, including discovery workshops held with
cluster organisations in Slovenia's strategic development and innovation partnerships and in
Romania's Nord-Est region. A role play lets participants moderate a workshop on a domain from
their own strategy.
""",
                """Participants design the agenda, invitation list and follow-up plan of one discovery workshop
                for their region.""",
                """Firms come back only if they see that their proposals changed something; the follow-up
                matters more than the workshop itself.""",
                """Transferable everywhere; learning regions should start with one domain where an active cluster
                can mobilise firms, and widen later.""",
            ),
        },
    },
    {
        "slug": "eu-euroclusters-single-market-programme",
        "kind": "programme",
        "original_language": "en",
        "areas": ["WG2", "WG3", "WG6"],
        "countries": [],
        "regions": [],
        "timeframe": "current",
        "start_year": 2023,
        "end_year": None,
        "instrument": "grants",
        "funding_source": "Single Market Programme 2021-2027 (SME pillar)",
        "budget": None,
        "target_groups": ["cluster organisations", "SMEs"],
        "contact": contact("pohorje-wood-cluster", "maja.kovacic@pohorje-wood-cluster.example"),
        "status": "draft",
        "sources": [
            src("Euroclusters", "https://www.clustercollaboration.eu/", "European Commission, European Cluster Collaboration Platform", 2023),
            src("Single Market Programme – SME pillar", "https://eismea.ec.europa.eu/", "European Innovation Council and SMEs Executive Agency (EISMEA)", 2022),
        ],
        "texts": {
            "en": text(
                "Euroclusters: transnational cluster partnerships for the green and digital transition",
                """Under the Single Market Programme, about thirty Euroclusters – consortia of cluster
                organisations from several countries – pass most of their grant on to SMEs for innovation,
                digital and green projects, skills and internationalisation.""",
                """
The **Euroclusters** were launched in 2023 as the successors of the European Strategic Cluster
Partnerships. Each Eurocluster is a consortium of cluster organisations from at least three
countries, built around one of the industrial ecosystems of the EU industrial strategy – such as
mobility, agri-food, construction, health, tourism, electronics or textiles.

What sets them apart is **financial support to third parties**: most of the grant is not spent by
the cluster organisations themselves but passed to SMEs through small open calls, for example:

- vouchers for innovation, digitalisation and circular-economy projects;
- training and upskilling of workers, especially for green and digital skills;
- support for joint participation in fairs and missions outside the EU;
- cross-border cooperation projects between SMEs of different clusters.

The programme thus asks cluster organisations to act as **intermediaries that manage public money**
– a role many had played in national programmes but not at European level. Several consortia
include cluster organisations from Slovenia, Croatia, Romania, Bulgaria, Greece, Hungary and Italy.

This item is a draft: results will be added when the first evaluations are published.
""",
                """Around thirty Euroclusters were selected in the first call; results of the cascade grants are
                not yet evaluated.""",
                """Cascade funding demands administrative capacity: cluster organisations need procedures for
                calls, evaluation and state-aid rules before they can pass money on.""",
                """Learning regions can prepare their cluster organisations by letting them manage small regional
                voucher schemes first; this builds the track record European consortia look for.""",
            ),
        },
    },
    {
        "slug": "western-balkans-growth-plan-reform-growth-facility",
        "kind": "programme",
        "original_language": "en",
        "areas": ["WG4", "WG5"],
        "countries": ["AL", "MK", "RS"],
        "regions": [],
        "timeframe": "current",
        "start_year": 2024,
        "end_year": 2027,
        "instrument": "loans_guarantees",
        "funding_source": "EU budget – Reform and Growth Facility for the Western Balkans, Regulation (EU) 2024/1449",
        "budget": budget(6_000_000_000),
        "target_groups": ["national authorities", "SMEs", "financial intermediaries"],
        "contact": contact("al-enterprise-cluster-agency", "arben.hoxha@al-enterprise-cluster-agency.example"),
        "status": "draft",
        "sources": [
            src("New Growth Plan for the Western Balkans, COM(2023) 691", "https://neighbourhood-enlargement.ec.europa.eu/", "European Commission", 2023),
            src("Regulation (EU) 2024/1449 on establishing the Reform and Growth Facility for the Western Balkans", "https://eur-lex.europa.eu/", "Official Journal of the European Union", 2024),
        ],
        "texts": {
            "en": text(
                "Growth Plan for the Western Balkans: the Reform and Growth Facility 2024-2027",
                """The EU's Growth Plan offers the Western Balkans EUR 6 billion in grants and concessional loans
                for 2024-2027, paid against reforms set out in national Reform Agendas, some of them on the
                business environment, innovation and skills.""",
                """
The **New Growth Plan for the Western Balkans**, presented by the European Commission in November
2023, aims to bring the region's economies closer to the EU before accession. It rests on four
pillars: gradual integration into the EU single market, regional economic integration (a common
regional market), fundamental reforms, and more pre-accession funding.

The funding pillar is the **Reform and Growth Facility**, worth EUR 6 billion for 2024-2027: about
EUR 2 billion in grants and EUR 4 billion in concessional loans. Each country prepared a **Reform
Agenda** with reforms and deadlines; money is released only when reforms are completed. A large
share is channelled through the Western Balkans Investment Framework into infrastructure, and part
supports the private sector through financial intermediaries.

For cluster policy the plan matters in two ways. First, several Reform Agendas of Albania, North
Macedonia and Serbia include measures on the business environment, digitalisation, innovation and
skills – for instance linking vocational education to companies. Second, integration into the
single market in areas such as industrial products, digital services and payments opens
value-chain opportunities for clusters of the region with EU partners.

This item is a draft, to be completed when the first payments and reform results are reported.
""",
                """Reform Agendas were approved for the participating countries in 2024; first disbursements
                followed. Effects on firms and clusters are not yet measured.""",
                """Payment against reforms gives ministries a strong reason to deliver; cluster organisations
                should follow which reforms affect their sectors and take part in consultations.""",
                """Specific to the Western Balkans; EU regions can offer partnerships and twinning that help
                neighbours implement single-market reforms in sectors where clusters already cooperate.""",
            ),
        },
    },
]
