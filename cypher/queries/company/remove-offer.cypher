// Removes an offer, verified or still a claim.
MATCH (c:Company {id: $companyId})
OPTIONAL MATCH (c)-[offer:OFFERS|CLAIMS_OFFER]->(:Capability {id: $capabilityId})
WITH c, collect(offer) AS offers
FOREACH (offer IN offers | DELETE offer)
FOREACH (_ IN CASE WHEN size(offers) > 0 THEN [1] ELSE [] END | SET c.updatedAt = datetime())
RETURN c
