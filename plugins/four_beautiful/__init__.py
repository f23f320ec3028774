"""Four Beautiful Communities co-creation (四美小区·共同缔造), Yandu district's programme.

An estate (小区) or rural settlement becomes beautiful in organisation, environment,
service and life (组织美、环境美、服务美、生活美) through a co-creation project in which
residents take part in the five "co-"s (五共): co-plan, co-build, co-manage,
co-evaluate and co-share. The plugin models the project and its bodies (project
headquarters, property management committee, estate or co-creation party branch),
the records of each stage, the order the stages follow, who took part, and the
programme's indicators. See README.md.
"""
