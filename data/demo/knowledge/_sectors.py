"""The sectors each demo knowledge item concerns, as NACE Rev. 2 divisions of the division
table (data/reference/nace-cluster-categories.csv), merged into the items by
tools/build-knowledge-demo.py. An item gets the divisions its text names as the sectors of
its clusters, priorities or beneficiaries; items on cluster policy in general (platforms,
labels, financing, methods) concern no sector in particular and get none."""

SECTORS = {
    # Romania
    "ro-clustere-de-inovare-poc-2014-2020": ["10", "13", "29", "62"],  # ICT, automotive, textiles, bioeconomy
    "ro-nord-est-ris3-descoperire-antreprenoriala": ["10", "13", "14", "16", "21", "31", "55", "62"],
    "ro-transilvania-it-cluster-cluj": ["62", "63"],
    "ro-scutire-impozit-venit-programatori": ["62"],
    # Hungary
    "hu-polus-program-klaszterfejlesztes": ["21", "29", "32", "35", "62"],  # automotive, pharma, ICT, renewables, health
    "hu-pannon-autoipari-klaszter": ["22", "25", "29"],  # car makers and their plastic and metal parts suppliers
    "hu-dualis-kepzes-kecskemet": ["28", "29"],
    "hu-intelligens-szakosodasi-strategia": ["10", "21", "28", "29", "35", "62"],
    "hu-szeged-geotermikus-tavho": ["35"],
    # Greece
    "el-corallia-mi-cluster": ["26", "30", "58", "62"],  # microelectronics, space, games
    "el-ris3-kentrikis-makedonias": ["10", "11", "62"],
    "el-clube-viooikonomia-dytiki-makedonia": ["01", "02", "35", "38"],  # residues, biomass energy, circular economy
    # Albania
    "al-skills-for-jobs-arsimi-profesional": ["01", "27", "28", "55", "62"],
    "al-bimet-mjekesore-aromatike-zinxhiri-vleres": ["01", "02", "10", "20"],  # cultivation, wild collection, processing, essential oils
    "al-peaks-of-the-balkans-turizem-malor": ["55", "79", "93"],
    # Bulgaria
    "bg-inovatsionna-strategiya-intelligentna-spetsializatsiya": ["21", "27", "28", "59", "62", "90"],
    "bg-jeremie-fondove-rizikov-kapital": ["62", "63"],  # the seed funds' start-ups
    "bg-klaster-mehatronika-i-avtomatizatsiya": ["26", "27", "28"],
    # Slovenia
    "si-program-grozdov-2000-2003": ["16", "25", "29", "49", "52"],  # automotive, toolmakers, logistics, wood
    "si-strateska-razvojno-inovacijska-partnerstva": ["10", "16", "21", "28", "29", "55", "62"],
    "si-grozd-avtomobilske-industrije-acs": ["22", "25", "29"],
    "si-akcijski-nacrt-les-je-lepo": ["02", "16", "31", "41"],  # forests, wood processing, furniture, building with wood
    # Croatia
    "hr-klasteri-konkurentnosti-2012-2016": ["10", "16", "20", "21", "22", "27", "28", "29", "30", "62"],
    "hr-strategija-pametne-specijalizacije-2016-2020": ["10", "21", "30", "35", "38"],
    # Serbia
    "rs-vojvodjanski-ikt-klaster": ["62", "63"],
    "rs-naucno-tehnoloski-parkovi": ["62", "72"],
    "rs-strategija-pametne-specijalizacije-2020-2027": ["01", "10", "28", "58", "62", "90"],
    # Slovakia
    "sk-automobilovy-klaster-slovakia": ["22", "25", "29"],
    "sk-kosice-it-valley": ["62", "63"],
    "sk-zakon-o-odbornom-vzdelavani-dualne-vzdelavanie": ["27", "28", "29"],
    # Italy
    "it-cluster-tecnologici-nazionali": ["10", "20", "21", "28", "29", "30", "35", "62"],
    "it-emilia-romagna-tecnopoli-rete-alta-tecnologia": ["72"],
    "it-iperammortamento-impresa-40": ["28"],
    "it-smarter-italy-appalti-innovativi": ["62"],
    "it-emilia-romagna-legge-economia-circolare": ["38", "39"],
    "it-fvg-rilancimpresa-cluster-regionali": ["10", "16", "21", "25", "28", "30", "31", "50", "62"],
    # North Macedonia
    "mk-usaid-proekt-za-konkurentnost-klasteri": ["01", "10", "11", "55", "62"],  # wine, lamb and cheese, tourism, IT
    "mk-programa-za-konkurentnost-inovacii-pretpriemnishtvo": ["10", "13", "55", "62"],
}
