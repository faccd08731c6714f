/*
 * The words the page uses for the API's codes. None of them states or implies a level of risk: a force that holds
 * no record says only that.
 */
export const ROUTES = {
  RIGHT_TO_ASK: 'Right to Ask',
  RIGHT_TO_KNOW: 'Right to Know'
};

export const APPLICATION_STATUS = {
  DRAFT: 'Draft: complete it and start the checks',
  CHECKS: 'Checks sent to the other forces',
  AWAITING_ANSWERS: 'Waiting for answers from other forces',
  READY_FOR_DECISION: 'Ready for a decision',
  DECIDED: 'Decided'
};

export const FORCE_STATUS = {
  ASKED: 'Asked: waiting for an answer to the check',
  NO_HIT: 'No hit: holds no matching record',
  HIT: 'Hit: holds a matching record; asking what it may release',
  REQUESTED: 'Requested: waiting for its DVDS officer to answer',
  ANSWERED: 'Answered',
  REFUSED: 'Refused',
  NOT_REACHABLE: 'Not reachable: no answer could be obtained'
};

export const CONCLUSIONS = {
  RECORDS_RELEASED: 'Records were released. Read each one with its spent flag before the decision.',
  NO_RECORD_HELD_BY_RESPONDING_FORCES: 'No record is held by the forces that answered.',
  AWAITING_ANSWERS: 'Not concluded yet: answers are still awaited.'
};

export const CATEGORIES = {
  CONVICTIONS: 'Convictions',
  CAUTIONS_AND_DISPOSALS: 'Cautions and out-of-court disposals',
  MARAC_AND_PANEL_HISTORY: 'MARAC and panel history',
  ORDERS: 'Orders',
  INTELLIGENCE: 'Intelligence'
};

export const RECORD_KINDS = {
  CONVICTION: 'Conviction',
  CAUTION: 'Caution',
  OUT_OF_COURT_DISPOSAL: 'Out-of-court disposal',
  ORDER: 'Order',
  MARKER: 'Marker',
  MARAC_HEARING: 'MARAC hearing',
  PANEL_HEARING: 'Panel hearing'
};

export const LEGAL_BASES = {
  COMMON_LAW_POLICING_PURPOSE: 'Common law policing purpose',
  DPA2018_PART3_LAW_ENFORCEMENT: 'Data Protection Act 2018, Part 3 (law enforcement)',
  CRIME_AND_DISORDER_ACT_1998_S115: 'Crime and Disorder Act 1998, section 115',
  DOMESTIC_ABUSE_ACT_2021_DAPO: 'Domestic Abuse Act 2021 (protection order)',
  STALKING_PROTECTION_ACT_2019_SPO: 'Stalking Protection Act 2019 (protection order)'
};

export const CONSENT = {
  GIVEN: 'Given',
  NOT_SOUGHT_THRESHOLD_MET: 'Not sought: the threshold is met',
  REFUSED_OVERRIDDEN: 'Refused, and overridden'
};

export const APPLICANT_KINDS = {
  PERSON_AT_RISK: 'The person at risk',
  THIRD_PARTY: 'A third party'
};

export const RELATIONSHIPS = {
  SELF: 'Self',
  PARENT: 'Parent',
  SIBLING: 'Sibling',
  FRIEND: 'Friend',
  OTHER_FAMILY: 'Other family',
  PROFESSIONAL: 'Professional',
  PARTNER: 'Partner',
  EX_PARTNER: 'Ex-partner',
  FAMILY: 'Family',
  NONE: 'None',
  OTHER: 'Other'
};

export const FORUMS = {
  LOCAL_DECISION_MAKING_PANEL: 'Local decision-making panel',
  MARAC: 'MARAC',
  SENIOR_OFFICER: 'Senior officer'
};

export const RECIPIENTS = {
  PERSON_AT_RISK: 'The person at risk',
  PERSON_PLACED_TO_PROTECT: 'A person best placed to protect them'
};

export const REQUEST_STATUS = {
  OPEN: 'Open: waiting for your answer',
  ANSWERED: 'Answered: records released',
  REFUSED: 'Refused'
};

export function categoryList(codes) {
  return (codes || []).map((code) => CATEGORIES[code] || code).join(', ');
}
