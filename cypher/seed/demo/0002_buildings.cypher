// Demo dataset, see docs/demo-data.md. Idempotent: MERGE on ids, SET properties.
// Buildings of the three hubs. floors = storeys above ground, basements = levels below,
// a valid floor is 1..floors or -basements..-1. Building names are illustrative.
// smc-phase-2 has one basement level, used by a compute room.
UNWIND [
  {id: 'smc-phase-1', hub: 'smc-xuhui', name: 'Model Speed Space Phase 1', nameZh: '模速空间一期', floors: 10, basements: 0},
  {id: 'smc-phase-2', hub: 'smc-xuhui', name: 'Model Speed Space Phase 2', nameZh: '模速空间二期', floors: 8, basements: 1},
  {id: 'mc-tower-a', hub: 'model-community-zhangjiang', name: 'Model Community Tower A', nameZh: '模力社区A座', floors: 12, basements: 0},
  {id: 'mc-tower-b', hub: 'model-community-zhangjiang', name: 'Model Community Tower B', nameZh: '模力社区B座', floors: 9, basements: 0},
  {id: 'mc-life-science', hub: 'model-community-zhangjiang', name: 'Model Community Life Science Building', nameZh: '模力社区生命科学楼', floors: 6, basements: 0},
  {id: 'yp-wujiaochang-tower', hub: 'yangpu-ai-hub', name: 'Wujiaochang AI Innovation Tower', nameZh: '五角场人工智能创新大厦', floors: 15, basements: 0},
  {id: 'yp-university-road', hub: 'yangpu-ai-hub', name: 'University Road Innovation Building', nameZh: '大学路创新楼', floors: 7, basements: 0}
] AS row
MATCH (h:Hub {id: row.hub})
MERGE (b:Building {id: row.id})
SET b.name = row.name, b.nameZh = row.nameZh, b.floors = row.floors, b.basements = row.basements
MERGE (h)-[:HAS_BUILDING]->(b);
