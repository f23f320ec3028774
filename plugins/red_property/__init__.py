"""Red property (红色物业): party-led property management, Tinghu district's programme.

Property companies serving residential estates are rated every year against a
written red-property work standard; the best estates and companies become
demonstration sites; community workers are posted into companies as
party-affairs managers and onto owners' committees; estates get council halls and
mutual-help corners; old-estate renovation is run by co-governance committees that
hold "ten thousand evaluate and discuss" sessions. See ``README.md``.
"""
