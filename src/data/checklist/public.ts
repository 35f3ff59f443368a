/**
 * Signs checklist for the general public. Items, ids and source ids come from the reference
 * `indicators.json` (audience `general_public`); every text is the project's own paraphrase, not a
 * quotation. `gp-urgent-1` is our own item, sourced from presentation guidance `pg-3`.
 */

import type { ChecklistContent, ChecklistEvidence } from './types.js';

export const publicChecklist: ChecklistContent = {
  audience: 'public',
  intro:
    'These are signs that someone may be exploited or controlled by another person. No single sign is proof, and having none of them does not rule it out.',
  categories: [
    {
      title: 'How they seem',
      items: [
        {
          id: 'gp-beh-1',
          text: 'Often seems frightened or on edge, more so when police or other officials are around.',
        },
        {
          id: 'gp-beh-6',
          text: 'Seems to be saying and doing only what someone else has told them to.',
        },
      ],
    },
    {
      title: 'Health and injuries',
      items: [
        {
          id: 'gp-phy-1',
          text: 'Has unexplained or untreated injuries, or marks suggesting they have been held against their will.',
        },
      ],
    },
    {
      title: 'Who is in control',
      items: [
        {
          id: 'gp-con-1',
          text: 'Is nearly always accompanied by another person who appears to make their choices for them.',
        },
        {
          id: 'gp-con-2',
          text: 'Someone else answers for them, or insists on staying close and interpreting whenever they talk.',
        },
      ],
    },
    {
      title: 'Documents and money',
      items: [
        {
          id: 'gp-doc-1',
          text: 'Another person holds on to their passport or identity papers.',
        },
        {
          id: 'gp-doc-2',
          text: 'Cannot use, or decide about, their own earnings or bank card.',
        },
      ],
    },
    {
      title: 'Freedom to come and go',
      items: [
        {
          id: 'gp-mov-1',
          text: 'Cannot leave their home or workplace freely, or the locks and fences seem meant to keep people inside.',
        },
        {
          id: 'gp-mov-3',
          text: 'Cannot say where they are living, or even what town they are in.',
        },
      ],
    },
    {
      title: 'Work and pay',
      items: [
        {
          id: 'gp-wrk-1',
          text: 'Gets little or no pay for their work, or has to live on tips alone.',
        },
        {
          id: 'gp-wrk-5',
          text: "Sells sex under someone else's control, or has to bring in a set amount of money or clients.",
        },
      ],
    },
    {
      title: 'Debts and recruitment',
      items: [
        {
          id: 'gp-rec-1',
          text: 'Has to keep working to repay a boss or job agent, and the debt never seems to go down.',
        },
        {
          id: 'gp-rec-2',
          text: 'Was offered one job but, once there, had to do very different work.',
        },
      ],
    },
    {
      title: 'Where they live',
      items: [
        {
          id: 'gp-liv-2',
          text: 'Lives packed in with many others in poor housing, sometimes arranged by whoever employs them.',
        },
      ],
    },
    {
      title: 'Threats and danger',
      items: [
        {
          id: 'gp-urgent-1',
          text: 'Someone seems to be in danger right now.',
          urgent: 'immediate-danger',
        },
        {
          id: 'gp-thr-1',
          text: 'Has been told that they, or people they love, will be hurt.',
        },
      ],
    },
    {
      title: 'Children and young people',
      items: [
        {
          id: 'gp-min-1',
          text: 'Someone under 18 is being used for sex in exchange for money, a place to stay or anything else.',
          urgent: 'child-sexual-exploitation',
        },
      ],
    },
  ],
};

/**
 * The evidence for the items above: the ids of each item's sources, every
 * source by id, and the date the content was last compared with them. Not shipped: nothing imports it at run time.
 */
export const publicChecklistEvidence: ChecklistEvidence = {
  checked: '2026-11-25',
  items: {
    'gp-beh-1': ['NHTH-SIGNS', 'DHS-IND', 'UNODC-IND'],
    'gp-beh-6': ['UNODC-IND'],
    'gp-phy-1': ['DHS-IND', 'NHTH-SIGNS', 'UNSEEN-SPOT'],
    'gp-con-1': ['DHS-IND'],
    'gp-con-2': ['NHTH-SIGNS', 'UNODC-IND', 'STATE-ID'],
    'gp-doc-1': ['NHTH-SIGNS', 'DHS-JKO', 'POLARIS-LABOR', 'UNODC-IND'],
    'gp-doc-2': ['NHTH-SIGNS'],
    'gp-mov-1': ['NHTH-SIGNS', 'DHS-IND'],
    'gp-mov-3': ['NHTH-SIGNS', 'UNODC-IND', 'UNSEEN-SPOT'],
    'gp-wrk-1': ['NHTH-SIGNS', 'STATE-ID'],
    'gp-wrk-5': ['NHTH-SIGNS', 'TAT'],
    'gp-rec-1': ['NHTH-SIGNS', 'DHS-JKO', 'POLARIS-LABOR'],
    'gp-rec-2': ['NHTH-SIGNS', 'DHS-JKO'],
    'gp-liv-2': ['STATE-ID', 'UNSEEN-SPOT', 'POLARIS-LABOR'],
    'gp-urgent-1': ['DHS-WDAT', 'WILBERFORCE', 'AU-MS', 'GLAA-SIGNS'],
    'gp-thr-1': ['DHS-JKO', 'UNODC-IND'],
    'gp-min-1': ['DHS-HELP', 'DHS-IND', 'POLARIS-RECOG'],
  },
  sources: {
    'NHTH-SIGNS': {
      title: 'Recognizing the Signs',
      publisher: 'US National Human Trafficking Hotline (Polaris)',
      url: 'https://www.humantraffickinghotline.org/human-trafficking/recognizing-signs',
    },
    'DHS-IND': {
      title: 'Indicators of Human Trafficking',
      publisher: 'US DHS Blue Campaign',
      url: 'https://www.dhs.gov/blue-campaign/indicators-human-trafficking',
    },
    'UNODC-IND': {
      title: 'Human Trafficking Indicators (general + sexual exploitation lists)',
      publisher: 'UNODC',
      url: 'https://www.unodc.org (HT indicators leaflet; original not in store)',
    },
    'UNSEEN-SPOT': {
      title: 'Spot the signs of modern slavery',
      publisher: 'UK Modern Slavery & Exploitation Helpline (Unseen)',
      url: 'https://www.modernslaveryhelpline.org/about/spot-the-signs',
    },
    'STATE-ID': {
      title: 'Identify and Assist a Trafficking Victim (red flags + questions)',
      publisher: 'US Department of State',
      url: 'https://www.state.gov/identify-and-assist-a-trafficking-victim',
    },
    'DHS-JKO': {
      title: 'DHS List of Indicators (Labor/Service, Control, Living Conditions, Travel)',
      publisher: 'US DoD CTIP toolkit reproducing DHS',
      url: 'https://jko.jten.mil/courses/CTIP_JA_Toolkit/courseFiles/ContentPages/CoursePages/platform_2/action-card-4.html',
    },
    'POLARIS-LABOR': {
      title: 'Understanding and Recognizing Labor Trafficking',
      publisher: 'Polaris',
      url: 'https://polarisproject.org/labor-trafficking/',
    },
    'TAT': {
      title: 'Truckers Against Trafficking red flags / wallet card',
      publisher: 'Truckers Against Trafficking (as reproduced)',
      url: 'https://cdllife.com/2024/here-are-the-human-trafficking-red-flags-that-truckers-need-to-know/',
    },
    'DHS-WDAT': {
      title: 'Do your part this World Day Against Trafficking in Persons (Blue Campaign blog)',
      publisher: 'US DHS Blue Campaign',
      url: 'https://usfraorg.hiveflare.com/groups/DhsBlueCampaign/blogs/do-your-part-this-world-day-against-trafficking-in-persons',
    },
    'WILBERFORCE': {
      title: 'Know Your Rights (Wilberforce pamphlet for temporary work-visa applicants)',
      publisher: 'US Department of State',
      url: 'https://shoppinglist.wikileaks.org/docs/mm_Wilberforce-ENG-100116-2',
    },
    'AU-MS': {
      title: 'What is modern slavery (continuum: decent work / poor conditions / modern slavery)',
      publisher: 'Australian Government modernslavery.gov.au',
      url: 'https://modernslavery.gov.au/about-modern-slavery/what-modern-slavery',
    },
    'GLAA-SIGNS': {
      title: 'Labour Exploitation: Spotting the signs (2015)',
      publisher: 'Gangmasters (Labour Abuse/Licensing) Authority',
      url: 'https://www.scribd.com/document/612812206/human-trafficking-spotting-the-signs-v5-all-amends',
    },
    'DHS-HELP': {
      title: 'How You Can Help',
      publisher: 'US DHS Blue Campaign',
      url: 'http://www.dhs.gov/blue-campaign/government-roles',
    },
    'POLARIS-RECOG': {
      title: "Recognizing Human Trafficking – It's Not Knowing the Signs, It's Knowing the Story",
      publisher: 'Polaris',
      url: 'https://polarisproject.org/recognizing-human-trafficking/',
    },
  },
};
