"""Button labels of the four choice questions, as the choice tests give them to match_choice."""

YES_NO = {"yes": ["Kyllä, kansainvälinen", "Yes, international"], "no": ["Ei", "No"]}
ORG = {"association": ["Rekisteröity yhdistys", "Registered association"], "foundation": ["Säätiö", "Foundation"],
       "public": ["Kunta tai muu julkinen toimija", "Municipality or other public body"],
       "other_nonprofit": ["Seurakunta, oppilaitos tai muu yleishyödyllinen", "Parish, school or other non-profit"],
       "company": ["Yritys (oy tai osuuskunta)", "Company (limited company or cooperative)"],
       "sole_trader": ["Toiminimi", "Sole trader"], "informal": ["Rekisteröimätön porukka", "Unregistered group"]}
TRACK = {"esr": ["ESR+ (kansalaistoimijalähtöinen kehittäminen)", "ESR+ (citizen-driven development)"], "leader": ["Leader"],
         "notsure": ["En ole varma", "Not sure"]}
KIND = {"development": ["Kehittämishanke", "Development project"], "investment": ["Investointihanke", "Investment project"],
        "training": ["Koulutus- ja tiedonvälityshanke", "Training and information project"],
        "cooperation": ["Yhteistyöhanke", "Cooperation project"]}
