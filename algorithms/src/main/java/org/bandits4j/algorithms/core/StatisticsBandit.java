    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
k    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
g    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
g    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
b    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
4    return Merging.compatible(name, state, type, spec, arms);
  }
j    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
g    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
;    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
j    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
v    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
A    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
y    return Merging.compatible(name, state, type, spec, arms);
  }
L    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
;    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
j    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
v    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
H    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
S    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
;    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
j    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
v    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
L    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
;    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
j    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
v    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
O    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
;    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
g    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
b    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
4    return Merging.compatible(name, state, type, spec, arms);
  }
j    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
A    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
;    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
g    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
b    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
4    return Merging.compatible(name, state, type, spec, arms);
  }
j    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
A    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
E    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
;    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
g    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
b    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
4    return Merging.compatible(name, state, type, spec, arms);
  }
j    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
A    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
E    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
;    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
g    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
b    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
4    return Merging.compatible(name, state, type, spec, arms);
  }
j    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
A    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
S    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
;    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
g    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
b    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
4    return Merging.compatible(name, state, type, spec, arms);
  }
j    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
B    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
;    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
g    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
b    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
4    return Merging.compatible(name, state, type, spec, arms);
  }
j    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
E    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
;    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
g    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
b    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
4    return Merging.compatible(name, state, type, spec, arms);
  }
j    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
P    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
y    return Merging.compatible(name, state, type, spec, arms);
  }
S    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
;    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
g    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
b    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
4    return Merging.compatible(name, state, type, spec, arms);
  }
j    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
P    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
y    return Merging.compatible(name, state, type, spec, arms);
  }
S    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
;    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
g    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
b    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
4    return Merging.compatible(name, state, type, spec, arms);
  }
j    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
S    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
;    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
/    return Merging.compatible(name, state, type, spec, arms);
  }
*    return Merging.compatible(name, state, type, spec, arms);
  }
*    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
*    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
B    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
f    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
x    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
f    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
k    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
:    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
w    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
,    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
,    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
*    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
w    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
g    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
,    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
v    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
f    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
b    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
k    return Merging.compatible(name, state, type, spec, arms);
  }
,    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
v    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
b    return Merging.compatible(name, state, type, spec, arms);
  }
y    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
*    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
,    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
v    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
g    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
f    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
k    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
g    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
*    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
S    return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
b    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
w    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
:    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
w    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
w    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
,    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
w    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
'    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
*    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
v    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
,    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
g    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
*    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
*    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
<    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
>    return Merging.compatible(name, state, type, spec, arms);
  }
T    return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
f    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
y    return Merging.compatible(name, state, type, spec, arms);
  }
:    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
f    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
g    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
w    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
;    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
{    return Merging.compatible(name, state, type, spec, arms);
  }
@    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
P    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
y    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
z    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
V    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
w    return Merging.compatible(name, state, type, spec, arms);
  }
}    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
*    return Merging.compatible(name, state, type, spec, arms);
  }
/    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
b    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
b    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
S    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
B    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
B    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
{    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
v    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
f    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
P    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
y    return Merging.compatible(name, state, type, spec, arms);
  }
S    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
<    return Merging.compatible(name, state, type, spec, arms);
  }
?    return Merging.compatible(name, state, type, spec, arms);
  }
>    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
;    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
v    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
f    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
b    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
w    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
M    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
;    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
v    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
f    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
b    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
w    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
M    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
x    return Merging.compatible(name, state, type, spec, arms);
  }
;    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
v    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
A    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
S    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
;    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
v    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
g    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
;    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
/    return Merging.compatible(name, state, type, spec, arms);
  }
*    return Merging.compatible(name, state, type, spec, arms);
  }
*    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
*    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
A    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
y    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
v    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
*    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
*    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
@    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
w    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
M    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
w    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
{    return Merging.compatible(name, state, type, spec, arms);
  }
@    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
}    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
y    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
b    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
∞    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
*    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
@    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
w    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
M    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
x    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
g    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
w    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
{    return Merging.compatible(name, state, type, spec, arms);
  }
@    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
}    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
y    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
b    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
+    return Merging.compatible(name, state, type, spec, arms);
  }
∞    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
*    return Merging.compatible(name, state, type, spec, arms);
  }
/    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
S    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
B    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
P    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
y    return Merging.compatible(name, state, type, spec, arms);
  }
S    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
<    return Merging.compatible(name, state, type, spec, arms);
  }
?    return Merging.compatible(name, state, type, spec, arms);
  }
>    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
,    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
A    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
S    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
,    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
b    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
w    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
M    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
,    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
b    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
w    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
M    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
x    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
{    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
=    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
C    return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
k    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
N    return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
"    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
"    return Merging.compatible(name, state, type, spec, arms);
  }
,    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
;    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
=    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
C    return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
k    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
N    return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
"    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
"    return Merging.compatible(name, state, type, spec, arms);
  }
,    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
;    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
w    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
M    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
=    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
w    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
M    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
;    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
w    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
M    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
x    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
=    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
w    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
M    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
x    return Merging.compatible(name, state, type, spec, arms);
  }
;    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
}    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
/    return Merging.compatible(name, state, type, spec, arms);
  }
/    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
b    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
k    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
/    return Merging.compatible(name, state, type, spec, arms);
  }
*    return Merging.compatible(name, state, type, spec, arms);
  }
*    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
*    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
L    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
w    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
y    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
k    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
g    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
g    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
;    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
v    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
y    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
g    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
v    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
f    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
w    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
*    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
b    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
f    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
g    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
g    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
w    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
{    return Merging.compatible(name, state, type, spec, arms);
  }
@    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
k    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
I    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
g    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
A    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
g    return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
E    return Merging.compatible(name, state, type, spec, arms);
  }
x    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
}    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
g    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
v    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
*    return Merging.compatible(name, state, type, spec, arms);
  }
/    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
b    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
v    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
,    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
b    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
w    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
;    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
/    return Merging.compatible(name, state, type, spec, arms);
  }
*    return Merging.compatible(name, state, type, spec, arms);
  }
*    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
A    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
y    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
f    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
w    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
;    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
{    return Merging.compatible(name, state, type, spec, arms);
  }
@    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
k    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
#    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
}    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
y    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
*    return Merging.compatible(name, state, type, spec, arms);
  }
/    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
b    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
v    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
A    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
;    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
/    return Merging.compatible(name, state, type, spec, arms);
  }
*    return Merging.compatible(name, state, type, spec, arms);
  }
*    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
D    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
f    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
{    return Merging.compatible(name, state, type, spec, arms);
  }
@    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
x    return Merging.compatible(name, state, type, spec, arms);
  }
}    return Merging.compatible(name, state, type, spec, arms);
  }
;    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
{    return Merging.compatible(name, state, type, spec, arms);
  }
@    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
k    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
#    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
}    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
y    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
x    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
*    return Merging.compatible(name, state, type, spec, arms);
  }
/    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
b    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
v    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
v    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
A    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
x    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
;    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
/    return Merging.compatible(name, state, type, spec, arms);
  }
*    return Merging.compatible(name, state, type, spec, arms);
  }
*    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
T    return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
{    return Merging.compatible(name, state, type, spec, arms);
  }
@    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
k    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
E    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
}    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
f    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
f    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
*    return Merging.compatible(name, state, type, spec, arms);
  }
/    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
b    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
A    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
E    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
;    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
/    return Merging.compatible(name, state, type, spec, arms);
  }
/    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
f    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
b    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
/    return Merging.compatible(name, state, type, spec, arms);
  }
*    return Merging.compatible(name, state, type, spec, arms);
  }
*    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
S    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
w    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
*    return Merging.compatible(name, state, type, spec, arms);
  }
/    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
f    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
b    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
w    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
M    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
{    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
w    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
M    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
;    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
}    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
/    return Merging.compatible(name, state, type, spec, arms);
  }
*    return Merging.compatible(name, state, type, spec, arms);
  }
*    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
L    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
g    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
w    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
*    return Merging.compatible(name, state, type, spec, arms);
  }
/    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
f    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
b    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
w    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
M    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
x    return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
{    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
w    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
M    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
x    return Merging.compatible(name, state, type, spec, arms);
  }
;    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
}    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
/    return Merging.compatible(name, state, type, spec, arms);
  }
*    return Merging.compatible(name, state, type, spec, arms);
  }
*    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
T    return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
*    return Merging.compatible(name, state, type, spec, arms);
  }
/    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
f    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
g    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
{    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
;    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
}    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
/    return Merging.compatible(name, state, type, spec, arms);
  }
*    return Merging.compatible(name, state, type, spec, arms);
  }
*    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
S    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
*    return Merging.compatible(name, state, type, spec, arms);
  }
/    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
f    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
v    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
g    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
v    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
{    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
=    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
C    return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
k    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
N    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
g    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
v    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
"    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
"    return Merging.compatible(name, state, type, spec, arms);
  }
,    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
v    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
;    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
}    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
/    return Merging.compatible(name, state, type, spec, arms);
  }
*    return Merging.compatible(name, state, type, spec, arms);
  }
*    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
R    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
:    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
*    return Merging.compatible(name, state, type, spec, arms);
  }
/    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
f    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
S    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
,    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
b    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
y    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
{    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
w    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
S    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
g    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
,    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
y    return Merging.compatible(name, state, type, spec, arms);
  }
,    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
+    return Merging.compatible(name, state, type, spec, arms);
  }
+    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
;    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
}    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
/    return Merging.compatible(name, state, type, spec, arms);
  }
*    return Merging.compatible(name, state, type, spec, arms);
  }
*    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
*    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
T    return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
x    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
f    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
'    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
*    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
*    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
@    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
w    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
I    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
g    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
A    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
g    return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
E    return Merging.compatible(name, state, type, spec, arms);
  }
x    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
f    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
*    return Merging.compatible(name, state, type, spec, arms);
  }
/    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
f    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
x    return Merging.compatible(name, state, type, spec, arms);
  }
O    return Merging.compatible(name, state, type, spec, arms);
  }
f    return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
S    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
{    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
f    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
=    return Merging.compatible(name, state, type, spec, arms);
  }
=    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
{    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
w    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
w    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
I    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
g    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
A    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
g    return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
E    return Merging.compatible(name, state, type, spec, arms);
  }
x    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
"    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
b    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
"    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
;    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
}    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
=    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
v    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
;    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
f    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
<    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
0    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
{    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
w    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
w    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
I    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
g    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
A    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
g    return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
E    return Merging.compatible(name, state, type, spec, arms);
  }
x    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
"    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
'    return Merging.compatible(name, state, type, spec, arms);
  }
"    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
+    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
+    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
"    return Merging.compatible(name, state, type, spec, arms);
  }
'    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
"    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
+    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
+    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
"    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
v    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
,    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
f    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
y    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
"    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
;    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
}    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
;    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
}    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
/    return Merging.compatible(name, state, type, spec, arms);
  }
*    return Merging.compatible(name, state, type, spec, arms);
  }
*    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
*    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
T    return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
f    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
,    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
k    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
b    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
f    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
k    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
f    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
y    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
*    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
*    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
@    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
w    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
I    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
g    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
A    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
g    return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
E    return Merging.compatible(name, state, type, spec, arms);
  }
x    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
w    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
*    return Merging.compatible(name, state, type, spec, arms);
  }
/    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
<    return Merging.compatible(name, state, type, spec, arms);
  }
S    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
x    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
P    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
y    return Merging.compatible(name, state, type, spec, arms);
  }
S    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
>    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
S    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
b    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
C    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
<    return Merging.compatible(name, state, type, spec, arms);
  }
S    return Merging.compatible(name, state, type, spec, arms);
  }
>    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
y    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
,    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
P    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
y    return Merging.compatible(name, state, type, spec, arms);
  }
S    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
<    return Merging.compatible(name, state, type, spec, arms);
  }
?    return Merging.compatible(name, state, type, spec, arms);
  }
>    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
,    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
P    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
y    return Merging.compatible(name, state, type, spec, arms);
  }
S    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
{    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
C    return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
k    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
N    return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
"    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
"    return Merging.compatible(name, state, type, spec, arms);
  }
,    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
;    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
f    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
!    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
y    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
I    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
{    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
w    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
w    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
I    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
g    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
A    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
g    return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
E    return Merging.compatible(name, state, type, spec, arms);
  }
x    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
"    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
f    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
y    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
"    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
+    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
g    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
C    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
g    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
S    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
N    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
+    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
"    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
y    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
'    return Merging.compatible(name, state, type, spec, arms);
  }
"    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
+    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
+    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
"    return Merging.compatible(name, state, type, spec, arms);
  }
'    return Merging.compatible(name, state, type, spec, arms);
  }
"    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
;    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
}    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
f    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
!    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
y    return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
q    return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
{    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
w    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
w    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
I    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
g    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
A    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
g    return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
E    return Merging.compatible(name, state, type, spec, arms);
  }
x    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
"    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
f    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
y    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
'    return Merging.compatible(name, state, type, spec, arms);
  }
"    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
+    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
y    return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
+    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
"    return Merging.compatible(name, state, type, spec, arms);
  }
'    return Merging.compatible(name, state, type, spec, arms);
  }
,    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
'    return Merging.compatible(name, state, type, spec, arms);
  }
"    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
+    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
+    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
"    return Merging.compatible(name, state, type, spec, arms);
  }
'    return Merging.compatible(name, state, type, spec, arms);
  }
"    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
;    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
}    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
y    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
;    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
}    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
/    return Merging.compatible(name, state, type, spec, arms);
  }
*    return Merging.compatible(name, state, type, spec, arms);
  }
*    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
*    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
A    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
g    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
,    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
k    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
b    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
f    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
k    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
,    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
y    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
*    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
*    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
@    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
w    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
g    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
"    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
"    return Merging.compatible(name, state, type, spec, arms);
  }
,    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
"    return Merging.compatible(name, state, type, spec, arms);
  }
b    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
"    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
*    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
@    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
w    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
I    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
g    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
A    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
g    return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
E    return Merging.compatible(name, state, type, spec, arms);
  }
x    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
w    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
*    return Merging.compatible(name, state, type, spec, arms);
  }
/    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
f    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
<    return Merging.compatible(name, state, type, spec, arms);
  }
S    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
x    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
P    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
y    return Merging.compatible(name, state, type, spec, arms);
  }
S    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
>    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
S    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
g    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
b    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
C    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
<    return Merging.compatible(name, state, type, spec, arms);
  }
S    return Merging.compatible(name, state, type, spec, arms);
  }
>    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
y    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
,    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
S    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
g    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
,    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
P    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
y    return Merging.compatible(name, state, type, spec, arms);
  }
S    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
{    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
C    return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
k    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
N    return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
,    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
;    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
f    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
!    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
y    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
I    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
|    return Merging.compatible(name, state, type, spec, arms);
  }
|    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
!    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
y    return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
q    return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
|    return Merging.compatible(name, state, type, spec, arms);
  }
|    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
!    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
q    return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
{    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
w    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
w    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
I    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
g    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
A    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
g    return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
E    return Merging.compatible(name, state, type, spec, arms);
  }
x    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
"    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
g    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
:    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
"    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
+    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
+    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
"    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
f    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
"    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
+    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
+    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
"    return Merging.compatible(name, state, type, spec, arms);
  }
,    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
y    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
"    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
+    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
;    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
}    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
f    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
!    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
w    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
H    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
S    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
<    return Merging.compatible(name, state, type, spec, arms);
  }
>    return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
q    return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
w    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
H    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
S    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
<    return Merging.compatible(name, state, type, spec, arms);
  }
>    return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
{    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
w    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
w    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
I    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
g    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
A    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
g    return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
E    return Merging.compatible(name, state, type, spec, arms);
  }
x    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
"    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
g    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
:    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
"    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
+    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
+    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
"    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
"    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
+    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
+    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
"    return Merging.compatible(name, state, type, spec, arms);
  }
,    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
y    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
"    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
+    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
;    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
}    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
y    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
;    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
}    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
/    return Merging.compatible(name, state, type, spec, arms);
  }
*    return Merging.compatible(name, state, type, spec, arms);
  }
*    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
*    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
C    return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
k    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
g    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
g    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
w    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
g    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
*    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
*    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
@    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
w    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
I    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
g    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
A    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
g    return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
E    return Merging.compatible(name, state, type, spec, arms);
  }
x    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
g    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
v    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
*    return Merging.compatible(name, state, type, spec, arms);
  }
/    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
f    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
v    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
k    return Merging.compatible(name, state, type, spec, arms);
  }
S    return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
S    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
g    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
,    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
g    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
,    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
b    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
{    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
f    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
<    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
0    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
{    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
w    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
w    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
I    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
g    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
A    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
g    return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
E    return Merging.compatible(name, state, type, spec, arms);
  }
x    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
"    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
f    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
'    return Merging.compatible(name, state, type, spec, arms);
  }
"    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
+    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
+    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
"    return Merging.compatible(name, state, type, spec, arms);
  }
'    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
b    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
>    return Merging.compatible(name, state, type, spec, arms);
  }
=    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
0    return Merging.compatible(name, state, type, spec, arms);
  }
,    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
w    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
"    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
+    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
;    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
}    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
f    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
!    return Merging.compatible(name, state, type, spec, arms);
  }
D    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
b    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
F    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
{    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
w    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
w    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
I    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
g    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
A    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
g    return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
E    return Merging.compatible(name, state, type, spec, arms);
  }
x    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
"    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
f    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
'    return Merging.compatible(name, state, type, spec, arms);
  }
"    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
+    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
+    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
"    return Merging.compatible(name, state, type, spec, arms);
  }
'    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
b    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
f    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
,    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
w    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
"    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
+    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
;    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
}    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
b    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
=    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
w    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
M    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
*    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
;    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
b    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
=    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
w    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
M    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
x    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
*    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
;    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
b    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
k    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
=    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
1    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
9    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
*    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
M    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
x    return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
1    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
0    return Merging.compatible(name, state, type, spec, arms);
  }
,    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
M    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
x    return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
M    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
b    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
,    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
M    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
b    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
;    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
f    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
=    return Merging.compatible(name, state, type, spec, arms);
  }
=    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
0    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
&    return Merging.compatible(name, state, type, spec, arms);
  }
&    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
!    return Merging.compatible(name, state, type, spec, arms);
  }
=    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
0    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
0    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
|    return Merging.compatible(name, state, type, spec, arms);
  }
|    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
>    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
0    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
&    return Merging.compatible(name, state, type, spec, arms);
  }
&    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
<    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
k    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
|    return Merging.compatible(name, state, type, spec, arms);
  }
|    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
>    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
+    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
k    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
{    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
w    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
w    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
I    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
g    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
A    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
g    return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
E    return Merging.compatible(name, state, type, spec, arms);
  }
x    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
"    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
f    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
'    return Merging.compatible(name, state, type, spec, arms);
  }
"    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
+    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
+    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
"    return Merging.compatible(name, state, type, spec, arms);
  }
'    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
"    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
+    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
+    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
"    return Merging.compatible(name, state, type, spec, arms);
  }
,    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
b    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
f    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
"    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
+    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
+    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
w    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
I    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
R    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
g    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
;    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
}    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
}    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
/    return Merging.compatible(name, state, type, spec, arms);
  }
*    return Merging.compatible(name, state, type, spec, arms);
  }
*    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
{    return Merging.compatible(name, state, type, spec, arms);
  }
@    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
"    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
w    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
[    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
,    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
x    return Merging.compatible(name, state, type, spec, arms);
  }
]    return Merging.compatible(name, state, type, spec, arms);
  }
"    return Merging.compatible(name, state, type, spec, arms);
  }
}    return Merging.compatible(name, state, type, spec, arms);
  }
,    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
f    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
g    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
*    return Merging.compatible(name, state, type, spec, arms);
  }
/    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
f    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
S    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
g    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
w    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
I    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
R    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
g    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
{    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
"    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
w    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
[    return Merging.compatible(name, state, type, spec, arms);
  }
"    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
+    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
w    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
M    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
+    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
"    return Merging.compatible(name, state, type, spec, arms);
  }
,    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
"    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
+    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
w    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
M    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
x    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
+    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
"    return Merging.compatible(name, state, type, spec, arms);
  }
]    return Merging.compatible(name, state, type, spec, arms);
  }
"    return Merging.compatible(name, state, type, spec, arms);
  }
;    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
}    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
/    return Merging.compatible(name, state, type, spec, arms);
  }
/    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
-    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
B    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
@    return Merging.compatible(name, state, type, spec, arms);
  }
O    return Merging.compatible(name, state, type, spec, arms);
  }
v    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
b    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
f    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
A    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
S    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
{    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
;    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
}    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
@    return Merging.compatible(name, state, type, spec, arms);
  }
O    return Merging.compatible(name, state, type, spec, arms);
  }
v    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
b    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
f    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
P    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
y    return Merging.compatible(name, state, type, spec, arms);
  }
S    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
<    return Merging.compatible(name, state, type, spec, arms);
  }
?    return Merging.compatible(name, state, type, spec, arms);
  }
>    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
{    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
;    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
}    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
/    return Merging.compatible(name, state, type, spec, arms);
  }
*    return Merging.compatible(name, state, type, spec, arms);
  }
*    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
*    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
{    return Merging.compatible(name, state, type, spec, arms);
  }
@    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
D    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
}    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
*    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
*    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
<    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
>    return Merging.compatible(name, state, type, spec, arms);
  }
C    return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
k    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
w    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
g    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
g    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
,    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
O    return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
1    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
f    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
b    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
y    return Merging.compatible(name, state, type, spec, arms);
  }
'    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
*    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
;    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
y    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
*    return Merging.compatible(name, state, type, spec, arms);
  }
/    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
@    return Merging.compatible(name, state, type, spec, arms);
  }
O    return Merging.compatible(name, state, type, spec, arms);
  }
v    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
b    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
f    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
v    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
S    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
,    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
b    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
w    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
{    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
=    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
x    return Merging.compatible(name, state, type, spec, arms);
  }
O    return Merging.compatible(name, state, type, spec, arms);
  }
f    return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
;    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
f    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
!    return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
D    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
b    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
F    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
w    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
&    return Merging.compatible(name, state, type, spec, arms);
  }
&    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
w    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
>    return Merging.compatible(name, state, type, spec, arms);
  }
=    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
w    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
M    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
&    return Merging.compatible(name, state, type, spec, arms);
  }
&    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
w    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
<    return Merging.compatible(name, state, type, spec, arms);
  }
=    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
w    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
M    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
x    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
{    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
S    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
g    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
g    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
=    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
w    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
M    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
=    return Merging.compatible(name, state, type, spec, arms);
  }
=    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
D    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
b    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
N    return Merging.compatible(name, state, type, spec, arms);
  }
E    return Merging.compatible(name, state, type, spec, arms);
  }
G    return Merging.compatible(name, state, type, spec, arms);
  }
A    return Merging.compatible(name, state, type, spec, arms);
  }
T    return Merging.compatible(name, state, type, spec, arms);
  }
I    return Merging.compatible(name, state, type, spec, arms);
  }
V    return Merging.compatible(name, state, type, spec, arms);
  }
E    return Merging.compatible(name, state, type, spec, arms);
  }
_    return Merging.compatible(name, state, type, spec, arms);
  }
I    return Merging.compatible(name, state, type, spec, arms);
  }
N    return Merging.compatible(name, state, type, spec, arms);
  }
F    return Merging.compatible(name, state, type, spec, arms);
  }
I    return Merging.compatible(name, state, type, spec, arms);
  }
N    return Merging.compatible(name, state, type, spec, arms);
  }
I    return Merging.compatible(name, state, type, spec, arms);
  }
T    return Merging.compatible(name, state, type, spec, arms);
  }
Y    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
&    return Merging.compatible(name, state, type, spec, arms);
  }
&    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
w    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
M    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
x    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
=    return Merging.compatible(name, state, type, spec, arms);
  }
=    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
D    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
b    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
P    return Merging.compatible(name, state, type, spec, arms);
  }
O    return Merging.compatible(name, state, type, spec, arms);
  }
S    return Merging.compatible(name, state, type, spec, arms);
  }
I    return Merging.compatible(name, state, type, spec, arms);
  }
T    return Merging.compatible(name, state, type, spec, arms);
  }
I    return Merging.compatible(name, state, type, spec, arms);
  }
V    return Merging.compatible(name, state, type, spec, arms);
  }
E    return Merging.compatible(name, state, type, spec, arms);
  }
_    return Merging.compatible(name, state, type, spec, arms);
  }
I    return Merging.compatible(name, state, type, spec, arms);
  }
N    return Merging.compatible(name, state, type, spec, arms);
  }
F    return Merging.compatible(name, state, type, spec, arms);
  }
I    return Merging.compatible(name, state, type, spec, arms);
  }
N    return Merging.compatible(name, state, type, spec, arms);
  }
I    return Merging.compatible(name, state, type, spec, arms);
  }
T    return Merging.compatible(name, state, type, spec, arms);
  }
Y    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
?    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
"    return Merging.compatible(name, state, type, spec, arms);
  }
f    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
"    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
:    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
"    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
[    return Merging.compatible(name, state, type, spec, arms);
  }
"    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
+    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
w    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
M    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
+    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
"    return Merging.compatible(name, state, type, spec, arms);
  }
,    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
"    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
+    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
w    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
M    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
x    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
+    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
"    return Merging.compatible(name, state, type, spec, arms);
  }
]    return Merging.compatible(name, state, type, spec, arms);
  }
"    return Merging.compatible(name, state, type, spec, arms);
  }
;    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
w    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
w    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
I    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
g    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
A    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
g    return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
E    return Merging.compatible(name, state, type, spec, arms);
  }
x    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
"    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
w    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
b    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
"    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
+    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
g    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
+    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
"    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
f    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
y    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
'    return Merging.compatible(name, state, type, spec, arms);
  }
"    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
+    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
+    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
"    return Merging.compatible(name, state, type, spec, arms);
  }
'    return Merging.compatible(name, state, type, spec, arms);
  }
,    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
w    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
"    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
+    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
w    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
+    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
"    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
'    return Merging.compatible(name, state, type, spec, arms);
  }
"    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
+    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
+    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
"    return Merging.compatible(name, state, type, spec, arms);
  }
'    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
"    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
;    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
}    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
,    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
w    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
;    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
}    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
@    return Merging.compatible(name, state, type, spec, arms);
  }
O    return Merging.compatible(name, state, type, spec, arms);
  }
v    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
b    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
f    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
O    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
<    return Merging.compatible(name, state, type, spec, arms);
  }
E    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
>    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
{    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
O    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
f    return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
w    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
E    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
V    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
w    return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
;    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
}    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
@    return Merging.compatible(name, state, type, spec, arms);
  }
O    return Merging.compatible(name, state, type, spec, arms);
  }
v    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
b    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
f    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
O    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
<    return Merging.compatible(name, state, type, spec, arms);
  }
A    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
E    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
>    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
E    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
{    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
O    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
f    return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
w    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
E    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
;    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
}    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
v    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
f    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
E    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
V    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
w    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
E    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
{    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
@    return Merging.compatible(name, state, type, spec, arms);
  }
O    return Merging.compatible(name, state, type, spec, arms);
  }
v    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
b    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
L    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
<    return Merging.compatible(name, state, type, spec, arms);
  }
A    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
E    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
>    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
{    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
L    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
<    return Merging.compatible(name, state, type, spec, arms);
  }
A    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
E    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
>    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
=    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
w    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
A    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
y    return Merging.compatible(name, state, type, spec, arms);
  }
L    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
<    return Merging.compatible(name, state, type, spec, arms);
  }
>    return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
z    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
;    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
f    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
=    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
0    return Merging.compatible(name, state, type, spec, arms);
  }
;    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
<    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
z    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
;    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
+    return Merging.compatible(name, state, type, spec, arms);
  }
+    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
{    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
;    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
}    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
L    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
y    return Merging.compatible(name, state, type, spec, arms);
  }
O    return Merging.compatible(name, state, type, spec, arms);
  }
f    return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
;    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
}    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
@    return Merging.compatible(name, state, type, spec, arms);
  }
O    return Merging.compatible(name, state, type, spec, arms);
  }
v    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
b    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
A    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
E    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
f    return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
A    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
{    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
x    return Merging.compatible(name, state, type, spec, arms);
  }
O    return Merging.compatible(name, state, type, spec, arms);
  }
f    return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
S    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
f    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
;    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
}    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
}    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
v    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
f    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
E    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
A    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
E    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
{    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
@    return Merging.compatible(name, state, type, spec, arms);
  }
O    return Merging.compatible(name, state, type, spec, arms);
  }
v    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
b    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
v    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
A    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
S    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
g    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
{    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
=    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
w    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
;    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
A    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
;    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
}    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
@    return Merging.compatible(name, state, type, spec, arms);
  }
O    return Merging.compatible(name, state, type, spec, arms);
  }
v    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
p    return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
b    return Merging.compatible(name, state, type, spec, arms);
  }
l    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
v    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
v    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
A    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
S    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
g    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
{    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
A    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
S    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
k    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
=    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
w    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
;    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
g    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
=    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
x    return Merging.compatible(name, state, type, spec, arms);
  }
O    return Merging.compatible(name, state, type, spec, arms);
  }
f    return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
;    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
=    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
u    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
k    return Merging.compatible(name, state, type, spec, arms);
  }
;    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
S    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
c    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
B    return Merging.compatible(name, state, type, spec, arms);
  }
a    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
d    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
t    return Merging.compatible(name, state, type, spec, arms);
  }
h    return Merging.compatible(name, state, type, spec, arms);
  }
i    return Merging.compatible(name, state, type, spec, arms);
  }
s    return Merging.compatible(name, state, type, spec, arms);
  }
.    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
v    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
A    return Merging.compatible(name, state, type, spec, arms);
  }
r    return Merging.compatible(name, state, type, spec, arms);
  }
m    return Merging.compatible(name, state, type, spec, arms);
  }
(    return Merging.compatible(name, state, type, spec, arms);
  }
g    return Merging.compatible(name, state, type, spec, arms);
  }
o    return Merging.compatible(name, state, type, spec, arms);
  }
n    return Merging.compatible(name, state, type, spec, arms);
  }
e    return Merging.compatible(name, state, type, spec, arms);
  }
)    return Merging.compatible(name, state, type, spec, arms);
  }
;    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
}    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
     return Merging.compatible(name, state, type, spec, arms);
  }
}    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
}    return Merging.compatible(name, state, type, spec, arms);
  }

    return Merging.compatible(name, state, type, spec, arms);
  }
