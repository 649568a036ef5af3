MATCH (:Company {id: $companyId})-[partnership:PARTNERS_WITH]-(:Company {id: $partnerId})
DELETE partnership
