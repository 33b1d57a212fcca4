import { people } from "@kelias/db";

/**
 * What a list of people shows of each (the people list, the name search for household links), and
 * the case page of its person.
 */
export const personSummary = {
  id: people.id,
  givenName: people.givenName,
  familyName: people.familyName,
  dateOfBirth: people.dateOfBirth,
  estimatedAge: people.estimatedAge,
  ageEstimatedOn: people.ageEstimatedOn,
  citizenships: people.citizenships,
};
