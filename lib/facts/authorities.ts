// The project's own table of data protection supervisory authorities: EU/EEA national ones (German Länder
// under DE), the UK and Switzerland with what a complaint needs (web form, postal address, e-mail, language),
// written from the public facts gathered in shared/reference/supervisory-authorities (datenanfragen/data,
// CC0); then authorities elsewhere that notices name, with their names only. Used to recognise authorities
// named in a notice and, by country, to address complaint letters.
import type { AuthorityFact } from '../report';
import type { PassageContext } from './context';
import { cue, cueTest, nativeTest } from './cues';
import { escapeRegExp, FIRST_WORD, isWholeWord, wordBounds } from './text';

export interface Authority {
  id: string;
  /** official name */
  name: string;
  /** what people call it: CNIL, ICO, AEPD, Garante ... */
  shortName: string;
  /** ISO 3166 alpha-2 */
  country: string;
  /** where to lodge a complaint (web form, else the authority's site) */
  complaintUrl: string | null;
  /** postal address, one line per row, country last */
  address: string | null;
  email: string | null;
  /** ISO 639-1 language complaints are written in, when known */
  language: string | null;
  /** names as notices write them (any case), in any language */
  names: string[];
  /** short names matched as whole words in capitals */
  acronyms?: string[];
  /** for names other authorities share (CNPD: LU and PT; Datatilsynet: DK and NO): the passage must say which */
  context?: RegExp;
}

/** EU/EEA, UK and Switzerland: the authorities a complaint letter can be addressed to. */
export const AUTHORITIES: Authority[] = [
  {
    id: "atdsb",
    name: "Österreichische Datenschutzbehörde",
    shortName: "DSB",
    country: "AT",
    complaintUrl: "https://www.formularservice.gv.at/site/fsrv/user/formular.aspx?pid=5a37966ab26c4489adc20dc53162fa4d&pn=Bf10e1134f601464e9b3835170de668bd",
    address: "Barichgasse 40-42\n1030 Wien\nÖsterreich",
    email: "dsb@dsb.gv.at",
    language: "de",
    names: ["Österreichische Datenschutzbehörde", "Austrian Data Protection Authority", "autorité autrichienne de protection des données"],
    acronyms: ["DSB"],
  },
  {
    id: "beapd",
    name: "Autorité de protection des données de Belgique, Gegevensbeschermingsautoriteit van België",
    shortName: "APD/GBA",
    country: "BE",
    complaintUrl: "https://www.dataprotectionauthority.be/citizen/actions/lodge-a-complaint",
    address: "Drukpersstraat 35\n1000 Brussels\nBelgium",
    email: "contact@apd-gba.be",
    language: "fr",
    names: ["Gegevensbeschermingsautoriteit", "Belgian Data Protection Authority", "autorité belge de protection des données", "Autorité de protection des données"],
    acronyms: ["GBA", "APD"],
    context: /belg|gegevensbescherming|dataprotectionauthority\.be|apd-gba/,
  },
  {
    id: "bgcpdp",
    name: "Commission for Personal Data Protection Bulgaria",
    shortName: "CPDP",
    country: "BG",
    complaintUrl: "https://www.cpdp.bg",
    address: "2 Prof. Tsvetan Lazarov Blvd.\nSofia 1592\nBulgaria",
    email: "kzld@cpdp.bg",
    language: "bg",
    names: ["Commission for Personal Data Protection", "Комисия за защита на личните данни", "commission bulgare de protection des données"],
    context: /bulgar/,
  },
  {
    id: "chedoeb",
    name: "EDÖB – Eidgenössischer Datenschutz- und Öffentlichkeitsbeauftragter",
    shortName: "FDPIC/PFPDT",
    country: "CH",
    complaintUrl: "https://www.edoeb.admin.ch/edoeb/de/home/der-edoeb/kontakt/kontaktformular.html",
    address: "Feldeggweg 1\n3003 Bern\nSchweiz",
    email: null,
    language: "de",
    names: ["Préposé fédéral à la protection des données et à la transparence", "Federal Data Protection and Information Commissioner", "Eidgenössischer Datenschutz- und Öffentlichkeitsbeauftragter", "Eidgenössische Datenschutz- und Öffentlichkeitsbeauftragte"],
    acronyms: ["EDÖB", "PFPDT", "FDPIC"],
  },
  {
    id: "cydp",
    name: "Γραφείο Επιτρόπου Δεδομένων Προσωπικού Χαρακτήρα (Personal Data Commissioner of Cyprus)",
    shortName: "Commissioner",
    country: "CY",
    complaintUrl: "https://www.dataprotection.gov.cy/dataprotection/dataprotection.nsf/All/2FBD2ACD407DEFE8C22582B9002E7019",
    address: "Τ.Θ. 23378\n1682 Λευκωσία (Nicosia)\nCyprus",
    email: "commissioner@dataprotection.gov.cy",
    language: "el",
    names: ["Commissioner for Personal Data Protection", "Personal Data Commissioner of Cyprus", "Commissaire à la protection des données à caractère personnel"],
    context: /chypr|cyprus|cypriot/,
  },
  {
    id: "czcuooz",
    name: "Úřad pro ochranu osobních údajů (Czech Office for Personal Data Protection)",
    shortName: "ÚOOÚ",
    country: "CZ",
    complaintUrl: "https://www.uoou.cz/",
    address: "Pplk. Sochora 27\n170 00 Praha 7\nCzech Republic",
    email: "posta@uoou.cz",
    language: "cs",
    names: ["Úřad pro ochranu osobních údajů", "Czech Office for Personal Data Protection", "Office for Personal Data Protection of the Czech Republic"],
    acronyms: ["ÚOOÚ"],
  },
  {
    id: "debawueldb",
    name: "Der Landesbeauftragte für den Datenschutz und die Informationsfreiheit Baden-Württemberg",
    shortName: "LfDI BW",
    country: "DE",
    complaintUrl: "https://www.service-bw.de/onlineantraege/onlineantrag?processInstanceId=994719535",
    address: "Postfach 10 29 32\n70025 Stuttgart\nDeutschland",
    email: "poststelle@lfdi.bwl.de",
    language: "de",
    names: ["Landesbeauftragte für den Datenschutz und die Informationsfreiheit Baden-Württemberg", "Landesbeauftragter für den Datenschutz und die Informationsfreiheit Baden-Württemberg"],
    acronyms: ["LfDI BW"],
  },
  {
    id: "debaylda",
    name: "Bayerisches Landesamt für Datenschutzaufsicht (BayLDA)",
    shortName: "BayLDA",
    country: "DE",
    complaintUrl: "https://www.lda.bayern.de/de/beschwerde.html",
    address: "Postfach 1349\n91504 Ansbach\nDeutschland",
    email: "poststelle@lda.bayern.de",
    language: "de",
    names: ["Bayerisches Landesamt für Datenschutzaufsicht", "Bavarian Data Protection Authority", "Bavarian State Office for Data Protection Supervision"],
    acronyms: ["BayLDA"],
  },
  {
    id: "debayldb",
    name: "Der Bayerische Landesbeauftragte für den Datenschutz",
    shortName: "BayLfD",
    country: "DE",
    complaintUrl: "https://www.datenschutz-bayern.de/service/complaint.html",
    address: "Postfach 22 12 19\n80502 München\nDeutschland",
    email: "poststelle@datenschutz-bayern.de",
    language: "de",
    names: ["Bayerische Landesbeauftragte für den Datenschutz"],
    acronyms: ["BayLfD"],
  },
  {
    id: "deberlbdi",
    name: "Berliner Beauftragte für Datenschutz und Informationsfreiheit",
    shortName: "BlnBDI",
    country: "DE",
    complaintUrl: "https://kontakt.datenschutz-berlin.de/",
    address: "Alt-Moabit 59-61\n10555 Berlin\nDeutschland",
    email: "mailbox@datenschutz-berlin.de",
    language: "de",
    names: ["Berliner Beauftragte für Datenschutz und Informationsfreiheit", "Berlin Commissioner for Data Protection and Freedom of Information"],
    acronyms: ["BlnBDI"],
  },
  {
    id: "debfdi",
    name: "Die Bundesbeauftragte für den Datenschutz und die Informationsfreiheit",
    shortName: "BfDI",
    country: "DE",
    complaintUrl: "https://formulare.bfdi.bund.de/lip/action/invoke.do?id=BfDIBeschwerde",
    address: "Graurheindorfer Str. 153\n53117 Bonn\nDeutschland",
    email: "poststelle@bfdi.bund.de",
    language: "de",
    names: ["Bundesbeauftragte für den Datenschutz und die Informationsfreiheit", "Bundesbeauftragter für den Datenschutz und die Informationsfreiheit", "Federal Commissioner for Data Protection and Freedom of Information", "commissaire fédéral à la protection des données"],
    acronyms: ["BfDI"],
  },
  {
    id: "debralda",
    name: "Die Landesbeauftragte für den Datenschutz und für das Recht auf Akteneinsicht Brandenburg",
    shortName: "LDA Brandenburg",
    country: "DE",
    complaintUrl: "https://www.lda.brandenburg.de/lda/de/service/formulare-und-musterschreiben/beschwerdeformular/",
    address: "Stahnsdorfer Damm 77\n14532 Kleinmachnow\nDeutschland",
    email: "poststelle@lda.brandenburg.de",
    language: "de",
    names: ["Landesbeauftragte für den Datenschutz und für das Recht auf Akteneinsicht Brandenburg"],
  },
  {
    id: "debrelfdi",
    name: "Die Landesbeauftragte für Datenschutz und Informationsfreiheit Bremen",
    shortName: "LfDI Bremen",
    country: "DE",
    complaintUrl: "https://www.datenschutz.bremen.de/wir-ueber-uns/online-meldungen/beschwerdeformular-15253",
    address: "Arndtstraße 1\n27570 Bremerhaven\nDeutschland",
    email: "office@datenschutz.bremen.de",
    language: "de",
    names: ["Landesbeauftragte für Datenschutz und Informationsfreiheit Bremen"],
  },
  {
    id: "dehessbdi",
    name: "Der Hessische Beauftragte für Datenschutz und Informationsfreiheit",
    shortName: "HBDI",
    country: "DE",
    complaintUrl: "https://datenschutz.hessen.de/service/beschwerde-uebermitteln",
    address: "Postfach 3163\n65021 Wiesbaden\nDeutschland",
    email: "poststelle@datenschutz.hessen.de",
    language: "de",
    names: ["Hessische Beauftragte für Datenschutz und Informationsfreiheit", "Hessischer Beauftragter für Datenschutz und Informationsfreiheit"],
    acronyms: ["HBDI"],
  },
  {
    id: "dehmbbfdi",
    name: "Der Hamburgische Beauftragte für Datenschutz und Informationsfreiheit",
    shortName: "HmbBfDI",
    country: "DE",
    complaintUrl: "https://datenschutz-hamburg.de/beschwerde/",
    address: "Ludwig-Erhard-Str 22, 7. OG\n20459 Hamburg\nDeutschland",
    email: "mailbox@datenschutz.hamburg.de",
    language: "de",
    names: ["Hamburgische Beauftragte für Datenschutz und Informationsfreiheit", "Hamburg Commissioner for Data Protection and Freedom of Information"],
    acronyms: ["HmbBfDI"],
  },
  {
    id: "demvldi",
    name: "Der Landesbeauftragte für Datenschutz und Informationsfreiheit Mecklenburg-Vorpommern",
    shortName: "LfDI M-V",
    country: "DE",
    complaintUrl: "https://www.datenschutz-mv.de/kontakt/online-beschwerdeformular-mitteilung-ueber-einen-datenschutzverstoss/",
    address: "Schloss Schwerin\nLennéstraße 1\n19053 Schwerin\nDeutschland",
    email: "info@datenschutz-mv.de",
    language: "de",
    names: ["Landesbeauftragte für Datenschutz und Informationsfreiheit Mecklenburg-Vorpommern"],
  },
  {
    id: "dendslfd",
    name: "Der Landesbeauftragte für den Datenschutz Niedersachsen",
    shortName: "LfD Niedersachsen",
    country: "DE",
    complaintUrl: "https://www.navo.niedersachsen.de/navo2/portal/csend/8915/fileget/dsbeschwerdeformular.html",
    address: "Postfach 221\n30002 Hannover\nDeutschland",
    email: "poststelle@lfd.niedersachsen.de",
    language: "de",
    names: ["Landesbeauftragte für den Datenschutz Niedersachsen"],
  },
  {
    id: "denrwldi",
    name: "Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen",
    shortName: "LDI NRW",
    country: "DE",
    complaintUrl: "https://www.ldi.nrw.de/",
    address: "Kavalleriestraße 2 - 4\n40213 Düsseldorf\nDeutschland",
    email: "poststelle@ldi.nrw.de",
    language: "de",
    names: ["Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen", "Commissioner for Data Protection North Rhine-Westphalia", "Commissioner for Data Protection and Freedom of Information North Rhine-Westphalia"],
    acronyms: ["LDI NRW"],
  },
  {
    id: "derlpbdi",
    name: "Der Landesbeauftragte für den Datenschutz und die Informationsfreiheit Rheinland-Pfalz",
    shortName: "LfDI RLP",
    country: "DE",
    complaintUrl: "https://www.datenschutz.rlp.de/de/themenfelder-themen/online-services/beschwerdeformular/",
    address: "Postfach 30 40\n55020 Mainz\nDeutschland",
    email: "poststelle@datenschutz.rlp.de",
    language: "de",
    names: ["Landesbeauftragte für den Datenschutz und die Informationsfreiheit Rheinland-Pfalz"],
  },
  {
    id: "desaarudz",
    name: "Unabhängiges Datenschutzzentrum Saarland",
    shortName: "UDZ Saarland",
    country: "DE",
    complaintUrl: "https://www.datenschutz.saarland.de/online-dienste/beschwerdeformular",
    address: "Fritz-Dobisch-Straße 12\n66111 Saarbrücken\nDeutschland",
    email: "poststelle@datenschutz.saarland.de",
    language: "de",
    names: ["Unabhängiges Datenschutzzentrum Saarland"],
  },
  {
    id: "desaechsdsb",
    name: "Sächsische Datenschutz- und Transparenzbeauftragte",
    shortName: "SDTB",
    country: "DE",
    complaintUrl: "https://formulare.datenschutz.sachsen.de/form/provide/53/",
    address: "Postfach 11 01 32\n01330 Dresden\nDeutschland",
    email: "post@sdtb.sachsen.de",
    language: "de",
    names: ["Sächsische Datenschutz- und Transparenzbeauftragte", "Sächsische Datenschutzbeauftragte"],
  },
  {
    id: "desalbd",
    name: "Landesbeauftragter für den Datenschutz Sachsen-Anhalt",
    shortName: "LfD Sachsen-Anhalt",
    country: "DE",
    complaintUrl: "https://datenschutz.sachsen-anhalt.de/service/online-formulare/beschwerde-anfrage",
    address: "Postfach 1947\n39009 Magdeburg\nDeutschland",
    email: "poststelle@lfd.sachsen-anhalt.de",
    language: "de",
    names: ["Landesbeauftragter für den Datenschutz Sachsen-Anhalt"],
  },
  {
    id: "deshuld",
    name: "Unabhängiges Landeszentrum für Datenschutz Schleswig-Holstein",
    shortName: "ULD",
    country: "DE",
    complaintUrl: "https://www.datenschutzzentrum.de/formular/beschwerde.php",
    address: "Postfach 71 16\n24171 Kiel\nDeutschland",
    email: "mail@datenschutzzentrum.de",
    language: "de",
    names: ["Unabhängiges Landeszentrum für Datenschutz Schleswig-Holstein"],
    acronyms: ["ULD"],
  },
  {
    id: "detlfdi",
    name: "Thüringer Landesbeauftragter für den Datenschutz und die Informationsfreiheit",
    shortName: "TLfDI",
    country: "DE",
    complaintUrl: "https://www.tlfdi.de",
    address: "Postfach 900455\n99107 Erfurt\nDeutschland",
    email: "poststelle@datenschutz.thueringen.de",
    language: "de",
    names: ["Thüringer Landesbeauftragter für den Datenschutz und die Informationsfreiheit"],
    acronyms: ["TLfDI"],
  },
  {
    id: "dkdi",
    name: "Datatilsynet (Data Inspectorate of Denmark)",
    shortName: "Datatilsynet",
    country: "DK",
    complaintUrl: "https://www.datatilsynet.dk/",
    address: "Carl Jacobsens Vej 35\n2500 Valby\nDenmark",
    email: "dt@datatilsynet.dk",
    language: "da",
    names: ["Danish Data Protection Agency", "autorité danoise de protection des données"],
    acronyms: ["Datatilsynet"],
    context: /danemark|denmark|danish|danois/,
  },
  {
    id: "eeaki",
    name: "Andmekaitse Inspektsioon (Estonian Data Protection Inspectorate)",
    shortName: "AKI",
    country: "EE",
    complaintUrl: "http://www.aki.ee/",
    address: "39 Tatari St.\n10134 Tallinn\nEstonia",
    email: "info@aki.ee",
    language: "et",
    names: ["Andmekaitse Inspektsioon", "Estonian Data Protection Inspectorate"],
  },
  {
    id: "esaepa",
    name: "Agencia Española de Protección de Datos (Spanish Agency for Data Protection)",
    shortName: "AEPD",
    country: "ES",
    complaintUrl: "https://sedeagpd.gob.es/sede-electronica-web/vistas/infoSede/tramitesCiudadano.jsf",
    address: "C/ Jorge Juan, 6\n28001 Madrid\nSpain",
    email: null,
    language: "es",
    names: ["Agencia Española de Protección de Datos", "Spanish Data Protection Agency", "Agence espagnole de protection des données"],
    acronyms: ["AEPD"],
  },
  {
    id: "fitst",
    name: "Tietosuojavaltuutetun toimisto (Office of the Data Protection Ombudsman of Finland)",
    shortName: "Tietosuojavaltuutettu",
    country: "FI",
    complaintUrl: "https://tietosuoja.fi/ilmoitus-tietosuojavaltuutetulle",
    address: "PL 800\n00531 Helsinki\nFinland",
    email: "tietosuoja@om.fi",
    language: "fi",
    names: ["Tietosuojavaltuutetun toimisto", "Office of the Data Protection Ombudsman", "Data Protection Ombudsman"],
  },
  {
    id: "frcnil",
    name: "Commission Nationale de l'Informatique et des Libertés – CNIL (French National Commission on Informatics and Liberty)",
    shortName: "CNIL",
    country: "FR",
    complaintUrl: "https://www.cnil.fr/fr/plaintes",
    address: "3 Place de Fontenoy\nTSA 80715\n75334 PARIS CEDEX 07\nFrance",
    email: null,
    language: "fr",
    names: ["Commission Nationale de l'Informatique et des Libertés", "French National Commission on Informatics and Liberty"],
    acronyms: ["CNIL"],
  },
  {
    id: "gbico",
    name: "The Information Commissioner’s Office",
    shortName: "ICO",
    country: "GB",
    complaintUrl: "https://ico.org.uk/make-a-complaint/data-protection-complaints/data-protection-complaints/",
    address: "Wycliffe House\nWater Lane\nWilmslow\nCheshire\nSK9 5AF\nUnited Kingdom",
    email: null,
    language: "en",
    names: ["Information Commissioner's Office", "UK Information Commissioner", "Information Commissioner", "Bureau du commissaire à l'information"],
    acronyms: ["ICO"],
  },
  {
    id: "grdpa",
    name: "Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα (Hellenic Data Protection Authority)",
    shortName: "HDPA",
    country: "GR",
    complaintUrl: "https://www.dpa.gr/",
    address: "Kifissias 1 – 3\n115 23 Athens\nGreece",
    email: "complaints@dpa.gr",
    language: "el",
    names: ["Hellenic Data Protection Authority", "Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα", "autorité hellénique de protection des données"],
    acronyms: ["HDPA"],
  },
  {
    id: "hrazop",
    name: "Agencija za zaštitu osobnih podataka (Croatian Personal Data Protection Agency)",
    shortName: "AZOP",
    country: "HR",
    complaintUrl: "https://azop.hr/zahtjev-za-utvrdivanje-povrede-prava/",
    address: "Selska cesta 136\n10 000 Zagreb\nCroatia",
    email: "azop@azop.hr",
    language: "hr",
    names: ["Agencija za zaštitu osobnih podataka", "Croatian Personal Data Protection Agency"],
    acronyms: ["AZOP"],
  },
  {
    id: "hunaih",
    name: "Nemzeti Adatvédelmi és Információszabadság Hatóság (Hungarian National Authority for Data Protection and Freedom of Information)",
    shortName: "NAIH",
    country: "HU",
    complaintUrl: "https://www.naih.hu/",
    address: "Budapest\nPf.: 9.\n1363\nHungary",
    email: "ugyfelszolgalat@naih.hu",
    language: "hu",
    names: ["Nemzeti Adatvédelmi és Információszabadság Hatóság", "Hungarian National Authority for Data Protection and Freedom of Information"],
    acronyms: ["NAIH"],
  },
  {
    id: "iedpc",
    name: "Irish Data Protection Commission",
    shortName: "DPC",
    country: "IE",
    complaintUrl: "https://forms.dataprotection.ie/contact",
    address: "21 Fitzwilliam Square South\nDublin 2\nD02 RD28\nIreland",
    email: "info@dataprotection.ie",
    language: "en",
    names: ["Irish Data Protection Commission", "Data Protection Commission", "Data Protection Commissioner", "Commission irlandaise de protection des données", "Commission de protection des données"],
    acronyms: ["DPC"],
    context: /irland|ireland|irish|dataprotection\.ie/,
  },
  {
    id: "isdpa",
    name: "Persónuvernd (Icelandic Data Protection Authority)",
    shortName: "Persónuvernd",
    country: "IS",
    complaintUrl: "https://www.personuvernd.is/",
    address: "Rauðarárstígur 10\n105 Reykjavík\nIceland",
    email: "postur@personuvernd.is",
    language: "is",
    names: ["Persónuvernd", "Icelandic Data Protection Authority"],
  },
  {
    id: "itgpdp",
    name: "Garante per la protezione dei dati personali (Italian Data Protection Authority)",
    shortName: "Garante",
    country: "IT",
    complaintUrl: "https://www.garanteprivacy.it/",
    address: "Piazza Venezia 11\n00187 Roma\nItaly",
    email: "protocollo@pec.gpdp.it",
    language: "it",
    names: ["Garante per la protezione dei dati personali", "Italian Data Protection Authority", "autorité italienne de protection des données"],
    acronyms: ["Garante"],
  },
  {
    id: "lidss",
    name: "Datenschutzstelle (DSS) Fürstentum Liechtenstein",
    shortName: "DSS",
    country: "LI",
    complaintUrl: "http://formulare.llv.li/formserver_DSS/start.do?generalid=DSS_BF",
    address: "Städtle 38\nPostfach 684\n9490 Vaduz\nLiechtenstein",
    email: "info.dss@llv.li",
    language: "de",
    names: ["Datenschutzstelle Fürstentum Liechtenstein", "Datenschutzstelle Liechtenstein", "Liechtenstein Data Protection Office"],
  },
  {
    id: "ltada",
    name: "Valstybinė duomenų apsaugos inspekcija (State Data Protection Inspectorate of Lithuania)",
    shortName: "VDAI",
    country: "LT",
    complaintUrl: "https://vdai.lrv.lt/",
    address: "L. Sapiegos str. 17\n10312 Vilnius\nLithuania",
    email: "ada@ada.lt",
    language: "lt",
    names: ["Valstybinė duomenų apsaugos inspekcija", "State Data Protection Inspectorate"],
    acronyms: ["VDAI"],
  },
  {
    id: "lucnpd",
    name: "Commission nationale pour la protection des données (National Commission for Data Protection, Grand-Duchy of Luxembourg)",
    shortName: "CNPD",
    country: "LU",
    complaintUrl: "https://cnpd.public.lu/en/particuliers/faire-valoir/formulaire-plainte.html",
    address: "15, Boulevard du Jazz\nL-4370 Belvaux\nLuxembourg",
    email: "info@cnpd.lu",
    language: "fr",
    names: ["Commission nationale pour la protection des données", "National Commission for Data Protection"],
    acronyms: ["CNPD"],
    context: /luxembourg|cnpd\.lu|cnpd\.public\.lu/,
  },
  {
    id: "lvdvi",
    name: "Datu valsts inspekcija (Data State Inspectorate of Latvia)",
    shortName: "DVI",
    country: "LV",
    complaintUrl: "https://www.dvi.gov.lv/",
    address: "Elijas iela 17\nRiga\nLV-1050\nLatvia",
    email: "pasts@dvi.gov.lv",
    language: "lv",
    names: ["Datu valsts inspekcija", "Data State Inspectorate"],
  },
  {
    id: "mtidpc",
    name: "Office of the Information and Data Protection Commissioner of Malta",
    shortName: "IDPC",
    country: "MT",
    complaintUrl: "https://register.idpc.org.mt/report-breach/complaint/",
    address: "Floor 2, Airways House\nTriq Il-Kbira\nTas-Sliema SLM 1549\nMalta",
    email: "idpc.info@idpc.org.mt",
    language: "en",
    names: ["Information and Data Protection Commissioner"],
    acronyms: ["IDPC"],
  },
  {
    id: "nlap",
    name: "Autoriteit Persoonsgegevens (Dutch Data Protection Authority)",
    shortName: "AP",
    country: "NL",
    complaintUrl: "https://autoriteitpersoonsgegevens.nl/nl/meldingsformulier-klachten",
    address: "Postbus 93374\n2509 AJ DEN HAAG\nThe Netherlands",
    email: "info@autoriteitpersoonsgegevens.nl",
    language: "nl",
    names: ["Autoriteit Persoonsgegevens", "Dutch Data Protection Authority", "autorité néerlandaise de protection des données"],
  },
  {
    id: "nods",
    name: "Datatilsynet (Norwegian Data Protection Authority)",
    shortName: "Datatilsynet",
    country: "NO",
    complaintUrl: "https://www.datatilsynet.no/",
    address: "Postboks 458 Sentrum\n0105 Oslo\nNorway",
    email: "postkasse@datatilsynet.no",
    language: "no",
    names: ["Norwegian Data Protection Authority", "autorité norvégienne de protection des données"],
    acronyms: ["Datatilsynet"],
    context: /norv[eè]g|norway|norwegian/,
  },
  {
    id: "plgiodo",
    name: "UODO – Urząd Ochrony Danych Osobowych (Personal Data Protection Office of Poland)",
    shortName: "UODO",
    country: "PL",
    complaintUrl: "https://www.uodo.gov.pl/",
    address: "ul. Stawki 2\n00-193 Warszawa\nPoland",
    email: "kancelaria@uodo.gov.pl",
    language: "pl",
    names: ["Urząd Ochrony Danych Osobowych", "Personal Data Protection Office", "Generalny Inspektor Ochrony Danych Osobowych"],
    acronyms: ["UODO", "GIODO"],
  },
  {
    id: "ptcnpd",
    name: "CNPD – Comissão Nacional de Protecção de Dados",
    shortName: "CNPD",
    country: "PT",
    complaintUrl: "https://www.cnpd.pt",
    address: "Av. D. Carlos I, 134 - 1.º\n1200-651 Lisboa\nPortugal",
    email: "geral@cnpd.pt",
    language: "pt",
    names: ["Comissão Nacional de Protecção de Dados", "Comissão Nacional de Proteção de Dados", "Portuguese Data Protection Authority", "National Data Protection Commission"],
    acronyms: ["CNPD"],
    context: /portug|cnpd\.pt|comiss[ãa]o|lisbo/,
  },
  {
    id: "roanspdcp",
    name: "Autoritatea Naţională de Supraveghere a Prelucrării Datelor cu Caracter Personal (The National Supervisory Authority For Personal Data Processing of Romania)",
    shortName: "ANSPDCP",
    country: "RO",
    complaintUrl: "https://www.dataprotection.ro/index.jsp?page=Plangeri_pagina_principala",
    address: "B-dul G-ral. Gheorghe Magheru 28-30\nSector 1, cod postal 010336\nBucuresti\nRomania",
    email: "anspdcp@dataprotection.ro",
    language: null,
    names: ["Autoritatea Naţională de Supraveghere a Prelucrării Datelor cu Caracter Personal", "Autoritatea Națională de Supraveghere a Prelucrării Datelor cu Caracter Personal", "National Supervisory Authority for Personal Data Processing"],
    acronyms: ["ANSPDCP"],
  },
  {
    id: "sedi",
    name: "Integritetsskyddsmyndigheten (Swedish Data Protection Authority)",
    shortName: "IMY",
    country: "SE",
    complaintUrl: "https://www.imy.se/",
    address: "Box 8114\n104 20 Stockholm\nSweden",
    email: "imy@imy.se",
    language: "sv",
    names: ["Integritetsskyddsmyndigheten", "Swedish Authority for Privacy Protection", "Swedish Data Protection Authority", "Datainspektionen"],
    acronyms: ["IMY"],
  },
  {
    id: "siiprs",
    name: "Informacijski pooblaščenec (Information Commissioner of the Republic of Slovenia)",
    shortName: "IP RS",
    country: "SI",
    complaintUrl: "https://www.ip-rs.si/",
    address: "Dunajska cesta 22\n1000 Ljubljana\nSlovenia",
    email: "gp.ip@ip-rs.si",
    language: "sl",
    names: ["Informacijski pooblaščenec", "Information Commissioner of the Republic of Slovenia"],
  },
  {
    id: "skunoou",
    name: "Úrad na ochranu osobných údajov Slovenskej republiky (Office for Personal Data Protection of the Slovak Republic)",
    shortName: "ÚOOÚ SR",
    country: "SK",
    complaintUrl: "https://dataprotection.gov.sk/uoou/",
    address: "Hraničná 12\n820 07 Bratislava 27\nSlovakia",
    email: "statny.dozor@pdp.gov.sk",
    language: "sk",
    names: ["Úrad na ochranu osobných údajov Slovenskej republiky", "Office for Personal Data Protection of the Slovak Republic"],
  },
];

/** Authorities outside Europe that notices name; names only (no complaint letter is drafted to them). */
const NAMED_ELSEWHERE: Array<Pick<Authority, 'id' | 'name' | 'shortName' | 'country' | 'names' | 'acronyms' | 'context'>> = [
  { id: 'ar-aaip', name: 'Agencia de Acceso a la Información Pública', shortName: 'AAIP', country: 'AR', names: ['Agencia de Acceso a la Información Pública', "Agence d'Accès à l'Information Publique", 'Agency for Access to Public Information'], acronyms: ['AAIP'] },
  { id: 'br-anpd', name: 'Autoridade Nacional de Proteção de Dados', shortName: 'ANPD', country: 'BR', names: ['Autoridade Nacional de Proteção de Dados', 'Autorité nationale brésilienne de protection des données', 'Brazilian National Data Protection Authority'], acronyms: ['ANPD'], context: /brésil|brazil|brasil/ },
  { id: 'ca-opc', name: 'Office of the Privacy Commissioner of Canada', shortName: 'OPC', country: 'CA', names: ['Office of the Privacy Commissioner of Canada', 'Commissariat à la protection de la vie privée du Canada'] },
  { id: 'ca-qc-cai', name: "Commission d'accès à l'information du Québec", shortName: 'CAI', country: 'CA', names: ["Commission d'accès à l'information"], context: /qu[ée]bec/ },
  { id: 'co-sic', name: 'Superintendencia de Industria y Comercio', shortName: 'SIC', country: 'CO', names: ['Superintendencia de Industria y Comercio', "Surintendance de l'Industrie et du Commerce", 'Superintendence of Industry and Commerce'] },
  { id: 'eg-pdpc', name: 'Personal Data Protection Center', shortName: 'PDPC', country: 'EG', names: ['Personal Data Protection Center', 'Centre de Protection des Données Personnelles'] },
  { id: 'jp-ppc', name: 'Personal Information Protection Commission', shortName: 'PPC', country: 'JP', names: ['Personal Information Protection Commission', 'Commission de protection des informations personnelles'], context: /japon|japan|appi/ },
  { id: 'kr-pipc', name: 'Personal Information Protection Commission', shortName: 'PIPC', country: 'KR', names: ['Personal Information Protection Commission', 'Commission de protection des informations personnelles'], acronyms: ['PIPC'], context: /corée|korea|pipc/ },
  { id: 'mx-inai', name: 'Instituto Nacional de Transparencia, Acceso a la Información y Protección de Datos Personales', shortName: 'INAI', country: 'MX', names: ['Instituto Nacional de Transparencia, Acceso a la Información y Protección de Datos Personales', "Institut national pour la transparence, l'accès à l'information et la protection des données personnelles"], acronyms: ['INAI'] },
  { id: 'ng-ndpc', name: 'Nigeria Data Protection Commission', shortName: 'NDPC', country: 'NG', names: ['Nigeria Data Protection Commission', 'Commission de protection des données du Nigeria', 'Commission nigériane de protection des données'], acronyms: ['NDPC'] },
  { id: 'pe-anpd', name: 'Autoridad Nacional de Protección de Datos Personales', shortName: 'ANPD', country: 'PE', names: ['Autoridad Nacional de Protección de Datos Personales', 'Autorité nationale pour la protection des données personnelles', 'Autorité nationale de protection des données personnelles'], acronyms: ['ANPD'], context: /pérou|peru|perú|gob\.pe/ },
  { id: 'ph-npc', name: 'National Privacy Commission', shortName: 'NPC', country: 'PH', names: ['National Privacy Commission', 'Commission nationale philippine de la protection de la vie privée', 'Commission nationale de la protection de la vie privée', 'Commission nationale pour la protection de la vie privée'], context: /philippin|privacy\.gov\.ph/ },
  { id: 'sg-pdpc', name: 'Personal Data Protection Commission', shortName: 'PDPC', country: 'SG', names: ['Personal Data Protection Commission', 'Commission de protection des données personnelles'], acronyms: ['PDPC'], context: /singapo|pdpc\.gov\.sg/ },
  { id: 'th-pdpc', name: 'Personal Data Protection Committee', shortName: 'PDPC', country: 'TH', names: ['Personal Data Protection Committee', 'Comité de protection des données personnelles'], context: /tha[ïi]land/ },
  { id: 'za-ir', name: 'Information Regulator', shortName: 'Information Regulator', country: 'ZA', names: ['Information Regulator', "Régulateur de l'information", "organisme de réglementation de l'information", "autorité de réglementation de l'information"] },
  { id: 'au-oaic', name: 'Office of the Australian Information Commissioner', shortName: 'OAIC', country: 'AU', names: ['Office of the Australian Information Commissioner'], acronyms: ['OAIC'] },
  { id: 'nz-opc', name: 'Office of the Privacy Commissioner', shortName: 'OPC', country: 'NZ', names: ['Office of the Privacy Commissioner', 'Privacy Commissioner'], context: /new zealand|nouvelle-zélande|privacy\.org\.nz/ },
  { id: 'us-cppa', name: 'California Privacy Protection Agency', shortName: 'CPPA', country: 'US', names: ['California Privacy Protection Agency'], acronyms: ['CPPA'] },
  { id: 'tr-kvkk', name: 'Kişisel Verileri Koruma Kurumu', shortName: 'KVKK', country: 'TR', names: ['Kişisel Verileri Koruma Kurumu', 'Personal Data Protection Authority of Turkey'], acronyms: ['KVKK'] },
];

interface Matcher {
  authority: Pick<Authority, 'id' | 'name' | 'shortName' | 'country' | 'context' | 'names'> & { complaintUrl?: string | null };
  /** acronyms, matched case-sensitively on the original text */
  acronyms: string[];
}

/** A name as it reads in a `norm`ed passage: lower case, one space between words, straight apostrophes. */
function normName(name: string): string {
  return name.toLowerCase().replace(/\s+/g, ' ').replace(/’/g, "'");
}

/** Whether `word` occurs in `text` as a whole word. */
function hasWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) if (isWholeWord(text, at, at + word.length)) return true;
  return false;
}

interface NameEntry {
  /** see `normName` */
  name: string;
  /** index of the authority in `matchers` */
  owner: number;
}

let matchers: Matcher[] | null = null;
/**
 * Every name of every authority by its first word, longest name first: at a given position the longest name
 * wins ("Commission de protection des données du Nigeria" over "Commission de protection des données"), and
 * of two authorities sharing a name, the first one listed. A word lookup instead of one pattern of all the
 * names: compiling that pattern cost more than the rest of the facts on the first notice of a session.
 */
let namesByFirstWord: Map<string, NameEntry[]> | null = null;
/** one pass over the passage before the per-authority acronyms: most passages name none */
let anyAcronym: RegExp | null = null;

function buildMatchers(): Matcher[] {
  return [...AUTHORITIES, ...NAMED_ELSEWHERE].map((a) => ({ authority: a, acronyms: a.acronyms ?? [] }));
}

function buildNameIndex(all: Matcher[]): Map<string, NameEntry[]> {
  const entries = all
    .flatMap((m, owner) => m.authority.names.map((n) => ({ name: normName(n), owner })))
    .sort((x, y) => y.name.length - x.name.length);
  const index = new Map<string, NameEntry[]>();
  for (const e of entries) {
    const first = FIRST_WORD.exec(e.name)?.[0] ?? '';
    const list = index.get(first);
    if (list) list.push(e);
    else index.set(first, [e]);
  }
  return index;
}

/** The authorities named in a `norm`ed text, left to right, a name never counted inside a longer one found first. */
function namedIn(text: string, index: Map<string, NameEntry[]>): Set<number> {
  const named = new Set<number>();
  let next = 0;
  const bounds = wordBounds(text);
  for (let b = 0; b < bounds.length; b += 2) {
    const at = bounds[b];
    if (at < next) continue;
    const found = index.get(text.slice(at, bounds[b + 1]))?.find((e) => text.startsWith(e.name, at) && isWholeWord(text, at, at + e.name.length));
    if (!found) continue;
    named.add(found.owner);
    next = at + found.name.length;
  }
  return named;
}

/** The official name without the English gloss the reference adds in parentheses, with the short name. */
export function displayName(a: Pick<Authority, 'name' | 'shortName'>): string {
  const official = a.name.replace(/\s*\([^)]*\)\s*$/, '');
  return official.includes(a.shortName) ? official : `${official} (${a.shortName})`;
}

/**
 * Every authority's name contains one of these words: a plain pattern (no boundaries, no look-behinds) that
 * is a cheap first test, since a passage that contains none of them names no authority by name.
 * tests/unit/facts/authorities.test.ts checks that every name has one.
 */
export const NAME_TRIGGERS = cue(
  /autorit|authorit|autoridad|autoridade|commission|commissaire|commissariat|commissioner|comissão|comité|committee|agence|agency|agencia|agencija|institut|office|bureau|préposé|beauftragte|behörde|landesamt|zentrum|datenschutz|inspe[ck]t|inspekcija|ombudsman|toimisto|garante|persónuvernd|persoonsgegevens|gegevensbescherming|datatilsynet|integritetsskydd|datainspektionen|úřad|urząd|úrad|pooblaščenec|hatóság|regulat|régulat|réglementation|superinten|surintendance|centre|center|kurumu|andmekaitse|datu valsts|γραφείο|αρχή|комисия|autoritatea/);

/** Supervisory authorities named in one passage. */
export function extractAuthorities(ctx: PassageContext): AuthorityFact[] {
  matchers ??= buildMatchers();
  anyAcronym ??= new RegExp(`(?:^|[^A-Za-z])(?:${matchers.flatMap((m) => m.acronyms).map(escapeRegExp).join('|')})(?![A-Za-z])`);
  const out: AuthorityFact[] = [];
  const byName = cueTest(NAME_TRIGGERS, ctx.text);
  const byAcronym = nativeTest(anyAcronym, ctx.raw);
  if (!byName && !byAcronym) return out;
  const named = byName ? namedIn(ctx.text, (namesByFirstWord ??= buildNameIndex(matchers))) : new Set<number>();
  for (const [i, m] of matchers.entries()) {
    const a = m.authority;
    if (!named.has(i) && !(byAcronym && m.acronyms.some((acronym) => hasWord(ctx.raw, acronym)))) continue;
    if (a.context && !a.context.test(ctx.text) && ctx.jurisdiction !== a.country) continue;
    out.push({ name: displayName(a), country: a.country, url: a.complaintUrl ?? null });
  }
  return out;
}

/** The authorities of a country a complaint can be sent to (several for DE: federal and Länder). */
export function authoritiesFor(country: string): Authority[] {
  const code = country.toUpperCase();
  return AUTHORITIES.filter((a) => a.country === code);
}

/** The national authority of a country: for DE the federal one (BfDI). */
export function nationalAuthority(country: string): Authority | null {
  const list = authoritiesFor(country);
  if (list.length === 0) return null;
  return list.find((a) => a.id === 'debfdi') ?? list[0];
}
