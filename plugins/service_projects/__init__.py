"""Secretary projects and service projects (书记项目 / 为民服务项目) with the three lists (三清单).

Each community keeps three lists: residents' needs (需求清单), the resources it can
draw on (资源清单) and the projects (项目清单) that answer needs with resources. A
project is a secretary project (led by the community party secretary) or a service
project; it has a budget for its year and records its spending, of which what comes
from the community's party service fund (200,000 yuan a year) never exceeds the fund.
A district may run a cycle of monthly reports, half-year checks and a yearly
evaluation with scores (Yandu's); reports past their due day are overdue. Needs are
offered to other programmes through the ``gridgov_service_needs`` hook (a dual-report
member claims and answers one) and their answers come back through
``gridgov_need_responses``. See README.md.
"""
